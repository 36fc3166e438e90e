package org.schemadiscovery.cli.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 in front of a server, with latency switched on and off while it runs: every chunk the
 * server sends is held back by the current latency before the client gets it, so each round trip of a database
 * protocol becomes that much slower. Plain sockets, two threads per connection.
 */
public final class LatencyProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final AtomicLong latencyNanos = new AtomicLong();
    private final AtomicLong bytesToServer = new AtomicLong();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    /** Listens on a free loopback port and forwards to {@code host:port}. */
    public LatencyProxy(String host, int port) throws IOException {
        target = new InetSocketAddress(host, port);
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "latency-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port it listens on. */
    public int port() {
        return listener.getLocalPort();
    }

    /**
     * Bytes the clients have sent to the server so far (never delayed): when it grows after the latency was switched
     * on, a client is waiting for a held-back answer.
     */
    public long bytesToServer() {
        return bytesToServer.get();
    }

    /** From now on every chunk from the server waits this long (zero: none). */
    public void latency(Duration latency) {
        latencyNanos.set(latency.toNanos());
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(target, 5000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                open.add(client);
                open.add(server);
                pump(client, server, false);
                pump(server, client, true);
            } catch (IOException e) {
                // closed, or the server refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to, boolean delayed) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    long wait = delayed ? latencyNanos.get() : 0;
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    if (!delayed) {
                        bytesToServer.addAndGet(n);
                    }
                }
            } catch (IOException e) {
                // one side went away
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "latency-proxy-" + (delayed ? "down" : "up"));
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    /** Stops listening and closes every proxied connection. */
    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(LatencyProxy::closeQuietly);
    }
}
