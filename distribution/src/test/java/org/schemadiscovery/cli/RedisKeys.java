package org.schemadiscovery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The keys a test wrote in the machine's shared Redis (127.0.0.1:6379), under a prefix of its own: counted and
 * deleted with one server-side script each, over a plain socket (the tests run inside the CLI module, which does
 * not read Jedis).
 */
public final class RedisKeys {
    public static final String HOST = "127.0.0.1";
    public static final int PORT = 6379;
    private static final String COUNT = "return #redis.call('KEYS', ARGV[1])";
    private static final String DELETE = "local n = 0 for _, k in ipairs(redis.call('KEYS', ARGV[1])) do"
            + " n = n + redis.call('DEL', k) end return n";

    private final String prefix = "sd-cli-test-" + UUID.randomUUID() + ":";

    /** This test's prefix. */
    public String prefix() {
        return prefix;
    }

    /** {@code redis://127.0.0.1:6379/?prefix=<prefix>}. */
    public String uri() {
        return "redis://" + HOST + ":" + PORT + "/?prefix=" + prefix;
    }

    /** How many keys start with the prefix. */
    public long count() throws IOException {
        return eval(COUNT);
    }

    /** Deletes the keys that start with the prefix, and only those; returns how many. */
    public long delete() throws IOException {
        return eval(DELETE);
    }

    private long eval(String script) throws IOException {
        String[] args = {"EVAL", script, "0", prefix + "*"};
        StringBuilder command = new StringBuilder("*").append(args.length).append("\r\n");
        for (String a : args) {
            command.append('$').append(a.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(a)
                    .append("\r\n");
        }
        try (Socket socket = new Socket(HOST, PORT)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(command.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder reply = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                reply.append((char) c);
            }
            String line = reply.toString().strip();
            if (!line.startsWith(":")) {
                throw new IOException("unexpected Redis reply: " + line);
            }
            return Long.parseLong(line.substring(1));
        }
    }
}
