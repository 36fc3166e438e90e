package org.schemadiscovery.tck.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Docker probe: answers quickly, never hangs or throws")
class DockerProbeTest {

    @Test
    @DisplayName("a check that hangs counts as unavailable once the limit has passed")
    void hangingCheck() {
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();
        boolean answer = DockerProbe.answersWithin(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }, Duration.ofMillis(300));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(answer).isFalse();
        assertThat(took).isBetween(Duration.ofMillis(250), Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("a check that throws counts as unavailable")
    void throwingCheck() {
        assertThat(DockerProbe.answersWithin(() -> {
            throw new IllegalStateException("Could not find a valid Docker environment");
        }, Duration.ofSeconds(5))).isFalse();
        assertThat(DockerProbe.answersWithin(() -> {
            throw new NoClassDefFoundError("com/github/dockerjava/api/DockerClient");
        }, Duration.ofSeconds(5))).isFalse();
    }

    @Test
    @DisplayName("a check's answer is passed through")
    void answer() {
        assertThat(DockerProbe.answersWithin(() -> true, Duration.ofSeconds(5))).isTrue();
        assertThat(DockerProbe.answersWithin(() -> false, Duration.ofSeconds(5))).isFalse();
    }

    @Test
    @DisplayName("the real Testcontainers probe answers within the limit, once per JVM, and providers agree with it")
    void realProbe() {
        boolean first = DockerProbe.available();
        Duration took = DockerProbe.firstAnswerTook();
        // Testcontainers itself answered: well inside the limit, so the answer is not the timeout's "false"
        assertThat(took).isLessThan(Duration.ofSeconds(5)).isLessThan(DockerProbe.LIMIT);

        long again = System.nanoTime();
        boolean second = DockerProbe.available();
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofMillis(100));
        assertThat(second).isEqualTo(first);
        assertThat(new PostgresContainerProvisioner().supports("postgresql")).isEqualTo(first);
        assertThat(new MariaDbContainerProvisioner().supports("mysql")).isEqualTo(first);
        System.out.println("Docker available: " + first + " (answered in " + took.toMillis() + " ms)");
    }
}
