package org.schemadiscovery.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What the corpus runner needs to know about a dialect: its planner's name, how seed rows are written, and how a
 * migration script is applied with the database's own client.
 *
 * @param planner the dialect name the planner is registered under
 * @param values  seed values and quoting for the rows-survive rule
 * @param client  applies a script file to a scratch database
 */
record CorpusDialect(String planner, SeedValues values, Client client) {
    /** Applies a script with the database's own client: null when it ran, else the client's first error line. */
    @FunctionalInterface
    interface Client {
        String apply(Scratch db, Path script) throws IOException, InterruptedException;
    }

    static final CorpusDialect POSTGRESQL = new CorpusDialect("postgresql", new PostgresSeedValues(),
            (db, script) -> run(new ProcessBuilder("psql", "-v", "ON_ERROR_STOP=1", "-X", "-q", "-h", "127.0.0.1",
                    "-U", "postgres", "-d", db.name(), "-f", script.toString())));

    /** Runs a client process: null when it exits 0, else its first line holding ERROR (or all its output). */
    static String run(ProcessBuilder command) throws IOException, InterruptedException {
        Process p = command.redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        if (p.exitValue() == 0) {
            return null;
        }
        return output.lines().filter(l -> l.contains("ERROR")).findFirst().orElse(output.strip());
    }
}
