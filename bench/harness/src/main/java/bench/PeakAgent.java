package bench;

/**
 * A Java agent ({@code -javaagent:harness.jar}, e.g. through the CLI launcher's JAVA_OPTS) that prints the process's
 * peak heap on standard error at exit, so the cold CLI run reports peak heap the way the in-process runs do.
 */
public final class PeakAgent {
    static final String PREFIX = "sd-bench-peak ";

    private PeakAgent() {
    }

    public static void premain(String args) {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> System.err.println(PREFIX + new Sample().put("heap_mb", Heap.peakMb())), "sd-bench-peak"));
    }
}
