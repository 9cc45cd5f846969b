package io.techpool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail server for tests on 127.0.0.1 that accepts every message and keeps its recipients and subject. It can be
 * stopped and started again on the same port: an SMTP outage, as the app sees it (connection refused).
 */
public final class FakeSmtp implements AutoCloseable {

    /** A message as delivered: one per recipient. */
    public record Delivered(String to, String subject) {}

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?=");

    private final int port;
    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    private FakeSmtp(int port) {
        this.port = port;
    }

    public static FakeSmtp start(int port) {
        FakeSmtp smtp = new FakeSmtp(port);
        smtp.up();
        return smtp;
    }

    public int port() {
        return port;
    }

    public List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    public long deliveredTo(String to, String subjectPart) {
        return delivered.stream()
                .filter(d -> d.to().equalsIgnoreCase(to) && d.subject().contains(subjectPart))
                .count();
    }

    /** Accepts connections (again). */
    public synchronized void up() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
            Thread.ofPlatform().daemon().name("fake-smtp-" + port).start(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses connections and drops the open ones, as a mail server that went away. */
    public synchronized void down() {
        try {
            if (server != null) {
                server.close();
            }
            for (Socket socket : open) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        down();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Thread.ofPlatform().daemon().start(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 fake-smtp ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO")) {
                    reply(out, "250-fake-smtp\r\n250 8BITMIME");
                } else if (command.startsWith("RCPT TO:")) {
                    recipients.add(line.substring(8).trim().replaceAll("^<|>$", ""));
                    reply(out, "250 OK");
                } else if (command.equals("DATA")) {
                    reply(out, "354 go ahead");
                    String subject = readMessage(in);
                    recipients.forEach(to -> delivered.add(new Delivered(to, subject)));
                    recipients.clear();
                    reply(out, "250 OK queued");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else if (command.startsWith("RSET")) {
                    recipients.clear();
                    reply(out, "250 OK");
                } else {
                    reply(out, "250 OK"); // HELO, MAIL FROM, NOOP
                }
            }
        } catch (IOException dropped) {
            // the connection went away (or down() closed it)
        } finally {
            open.remove(client);
        }
    }

    /** Reads the message up to the lone dot; answers its decoded subject. */
    private static String readMessage(BufferedReader in) throws IOException {
        StringBuilder subject = new StringBuilder();
        boolean headers = true;
        boolean inSubject = false;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (!headers) {
                continue;
            }
            if (line.isEmpty()) {
                headers = false;
            } else if (line.startsWith(" ") || line.startsWith("\t")) {
                if (inSubject) {
                    subject.append(line.substring(1)); // a folded subject goes on
                }
            } else {
                inSubject = line.regionMatches(true, 0, "Subject:", 0, 8);
                if (inSubject) {
                    subject.append(line.substring(8).trim());
                }
            }
        }
        return decode(subject.toString().replaceAll("\\?=\\s*=\\?", "?==?"));
    }

    /** RFC 2047 encoded words, as mail clients write non-ASCII subjects. */
    static String decode(String header) {
        Matcher m = ENCODED_WORD.matcher(header);
        StringBuilder text = new StringBuilder();
        int last = 0;
        while (m.find()) {
            text.append(header, last, m.start());
            byte[] bytes =
                    m.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(m.group(3)) : quoted(m.group(3));
            text.append(new String(bytes, java.nio.charset.Charset.forName(m.group(1))));
            last = m.end();
        }
        return text.append(header.substring(last)).toString();
    }

    private static byte[] quoted(String word) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '=' && i + 2 < word.length()) {
                bytes.write(HexFormat.fromHexDigits(word, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c == '_' ? ' ' : c);
            }
        }
        return bytes.toByteArray();
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
