package bench;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * Runs a peer's {@code main} in this JVM behind {@link CountingDriver} and prints what it cost:
 * {@code measure statements=.. rows=.. heap_mb=.. wall_ms=..}. Usage: {@code Measure MAIN_CLASS ARGS...}.
 */
public final class Measure {
    private Measure() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            System.err.println("usage: Measure MAIN_CLASS [ARGS...]");
            System.exit(1);
        }
        boolean count = !Boolean.getBoolean("bench.noCount");
        CountingDriver driver = count ? CountingDriver.install() : null;
        Heap.resetPeaks();
        long t0 = System.nanoTime();
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Sample r = new Sample().put("measure", "ok");
        if (driver != null) {
            r.put("statements", driver.statements.get()).put("rows", driver.rows.get());
        }
        System.out.println(r.put("heap_mb", Heap.peakMb()).put("wall_ms", ms));
        System.out.flush();
        // Peers may leave non-daemon threads (connection pools) behind.
        System.exit(0);
    }
}
