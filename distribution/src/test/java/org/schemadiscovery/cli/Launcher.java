package org.schemadiscovery.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a packaged layout in a new process: through {@code bin/schema-discovery} or plain {@code java}. */
final class Launcher {
    /**
     * What the process printed and returned.
     *
     * @param exitCode exit code
     * @param out      standard output
     * @param err      standard error
     */
    record Result(int exitCode, String out, String err) {
    }

    private Launcher() {
    }

    /** {@code sh <layout>/bin/schema-discovery args...} with {@code JAVA_HOME=javaHome}, in {@code workDir}. */
    static Result script(Path layout, Path javaHome, Path workDir, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", layout.resolve("bin/schema-discovery").toString()));
        command.addAll(List.of(args));
        return run(command, Map.of("JAVA_HOME", javaHome.toString()), workDir);
    }

    /** Like {@link #script(Path, Path, Path, String...)} with extra environment variables. */
    static Result script(Path layout, Path javaHome, Path workDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", layout.resolve("bin/schema-discovery").toString()));
        command.addAll(List.of(args));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("JAVA_HOME", javaHome.toString());
        return run(command, all, workDir);
    }

    /** Like {@link #script(Path, Path, Path, String...)} with standard output sent to {@code stdout} (not captured). */
    static Result scriptTo(java.io.File stdout, Path layout, Path javaHome, Path workDir, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", layout.resolve("bin/schema-discovery").toString()));
        command.addAll(List.of(args));
        return run(command, Map.of("JAVA_HOME", javaHome.toString()), workDir, stdout);
    }

    /** {@code <javaHome>/bin/java jvmArgs...} in {@code workDir}. */
    static Result java(Path javaHome, Path workDir, List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString()));
        command.addAll(jvmArgs);
        return run(command, Map.of(), workDir);
    }

    private static Result run(List<String> command, Map<String, String> env, Path workDir)
            throws IOException, InterruptedException {
        return run(command, env, workDir, null);
    }

    private static Result run(List<String> command, Map<String, String> env, Path workDir, java.io.File stdout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("sd-out", ".txt");
        Path err = Files.createTempFile("sd-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(stdout != null ? stdout : out.toFile()).redirectError(err.toFile());
            pb.environment().remove("JAVA_OPTS");
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            pb.environment().remove("SCHEMA_DISCOVERY_PLUGINS");
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
