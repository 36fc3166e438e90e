package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A server that accepts connections and never says a word: {@code --timeout} still holds, as a connection error. */
@DisplayName("--timeout against a server that never answers")
class SilentServerTest {
    private ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    accepted.add(server.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
        for (Socket s : accepted) {
            s.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:%d/x", "jdbc:mariadb://127.0.0.1:%d/x",
            "jdbc:mysql://127.0.0.1:%d/x"})
    @DisplayName("exit 2 within the timeout + 1 s, with a plain message")
    void connectionErrorInTime(String pattern) {
        String url = pattern.formatted(server.getLocalPort());
        long t0 = System.nanoTime();
        CliRunner.Result r = CliRunner.run("discover", url, "--timeout", "3s");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: cannot connect to " + url + ": no answer within 3 s\n");
        assertThat(r.out()).isEmpty();
        assertThat(millis).isBetween(2900L, 4000L);
        assertThat(accepted).as("the driver reached the server").isNotEmpty();
    }
}
