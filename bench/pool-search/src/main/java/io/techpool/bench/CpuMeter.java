package io.techpool.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU time used by each party of the bench (app, OpenSearch, PostgreSQL, the bench's own clients),
 * read from Linux's /proc: on a shared 2-core machine, latency under load is mostly CPU per request,
 * so this says where a request's time goes. Only this app's services count: the OpenSearch node and the
 * PostgreSQL server (with its backends) whose command line names the app's data folder, not those of
 * other builds' tests on the same machine. Empty where /proc is missing (not Linux).
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux this runs on

    private final long appPid;
    private final String dataDir;

    /** {@code dataDir}: the app's {@code techpool.data-dir}, which its services' command lines name. */
    CpuMeter(long appPid, Path dataDir) {
        this.appPid = appPid;
        this.dataDir = dataDir.toAbsolutePath().toString();
    }

    private record Proc(long pid, long ppid, String comm, String cmdline, double cpu) {}

    /** Seconds of CPU used so far, per party. */
    Map<String, Double> snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String party : new String[] {"app", "opensearch", "postgres", "bench"}) {
            seconds.put(party, 0.0);
        }
        long self = ProcessHandle.current().pid();
        List<Proc> all;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            all = procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(CpuMeter::read)
                    .filter(Objects::nonNull)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        Set<Long> postmasters = new HashSet<>();
        for (Proc p : all) {
            if (p.comm.equals("postgres") && p.cmdline.contains(dataDir)) {
                postmasters.add(p.pid);
            }
        }
        for (Proc p : all) {
            String party = p.pid == appPid
                    ? "app"
                    : p.pid == self
                            ? "bench"
                            : p.cmdline.contains("opensearch") && p.cmdline.contains(dataDir)
                                    ? "opensearch"
                                    : postmasters.contains(p.pid) || postmasters.contains(p.ppid) ? "postgres" : null;
            if (party != null) {
                seconds.merge(party, p.cpu, Double::sum);
            }
        }
        return seconds;
    }

    /** CPU seconds per party between two snapshots. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((party, s) -> used.put(party, s - before.getOrDefault(party, 0.0)));
        return used;
    }

    /** A process's parent, name, command line and CPU seconds; null when it is gone. */
    private static Proc read(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            // Fields after the command name, which is in parentheses and may hold spaces.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new Proc(
                    Long.parseLong(proc.getFileName().toString()),
                    Long.parseLong(f[1]),
                    Files.readString(proc.resolve("comm")).trim(),
                    Files.readString(proc.resolve("cmdline")).replace('\0', ' '),
                    (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
