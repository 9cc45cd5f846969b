package io.techpool.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by each party of the bench (app, OpenSearch, PostgreSQL, the bench's own clients),
 * read from Linux's /proc: on a shared 2-core machine, latency under load is mostly CPU per request,
 * so this says where a request's time goes. Empty where /proc is missing (not Linux).
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux this runs on

    private final long appPid;

    CpuMeter(long appPid) {
        this.appPid = appPid;
    }

    /** Seconds of CPU used so far, per party. */
    Map<String, Double> snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String party : new String[] {"app", "opensearch", "postgres", "bench"}) {
            seconds.put(party, 0.0);
        }
        long self = ProcessHandle.current().pid();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> {
                        long pid = Long.parseLong(p.getFileName().toString());
                        String party = pid == appPid
                                ? "app"
                                : pid == self ? "bench" : partyOf(p);
                        if (party != null) {
                            seconds.merge(party, cpuSeconds(p), Double::sum);
                        }
                    });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return seconds;
    }

    /** CPU seconds per party between two snapshots. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((party, s) -> used.put(party, s - before.getOrDefault(party, 0.0)));
        return used;
    }

    private static String partyOf(Path proc) {
        try {
            String cmdline = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
            if (cmdline.contains("opensearch")) {
                return "opensearch";
            }
            if (Files.readString(proc.resolve("comm")).trim().equals("postgres")) {
                return "postgres";
            }
            return null;
        } catch (IOException gone) {
            return null;
        }
    }

    private static double cpuSeconds(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            // Fields after the command name, which is in parentheses and may hold spaces.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
