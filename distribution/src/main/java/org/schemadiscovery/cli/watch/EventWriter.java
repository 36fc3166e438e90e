package org.schemadiscovery.cli.watch;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.cli.format.DiffFormatter;
import org.schemadiscovery.cli.format.JsonText;
import org.schemadiscovery.cli.format.OutputFormat;

/**
 * Writes the watch's events on standard output, one per line in JSON ({@code {"event": "change", "at": ...}}) or as
 * text, and returns what it wrote (for {@code --on-change}). Thread-safe.
 */
final class EventWriter {
    private final PrintWriter out;
    private final boolean json;
    private final Clock clock;
    private final UnaryOperator<String> redact;

    EventWriter(PrintWriter out, boolean json, Clock clock, UnaryOperator<String> redact) {
        this.out = out;
        this.json = json;
        this.clock = clock;
        this.redact = redact;
    }

    String started(String source, String dialect, boolean fingerprint, int tables) {
        return emit("started", ", \"source\": " + JsonText.string(source) + ", \"dialect\": "
                + JsonText.string(dialect) + ", \"fingerprint\": " + fingerprint + ", \"tables\": " + tables,
                "watching " + source + " (" + dialect + ", " + tables + " tables"
                        + (fingerprint ? ")" : ", no fingerprint: full discovery every poll)"));
    }

    String change(DiffFormatter.Sides sides, List<SchemaChange> changes, boolean drift) {
        String kind = drift ? "drift" : "change";
        // The diff document's own fields follow the event's: one object, one line.
        String diff = DiffFormatter.format(OutputFormat.JSON, sides, changes)
                .replaceAll("\n\\s*", "");
        String text = DiffFormatter.format(OutputFormat.TEXT, sides, changes).strip();
        return emit(kind, ", " + diff.substring(1, diff.length() - 1), kind + ": " + text.replace("\n", "\n  "));
    }

    String down(ErrorClass errorClass, String message) {
        return emit("down", ", \"errorClass\": " + JsonText.string(errorClass == null ? null : errorClass.name())
                + ", \"message\": " + JsonText.string(message), "DOWN: " + message);
    }

    String up() {
        return emit("up", "", "UP again");
    }

    String slow(Duration took, Duration median, double factor) {
        return emit("slow-discovery", ", \"millis\": " + took.toMillis() + ", \"medianMillis\": " + median.toMillis()
                + ", \"factor\": " + factor, "slow discovery: " + took.toMillis() + " ms, more than " + factor
                + " times the median of " + median.toMillis() + " ms");
    }

    private String emit(String event, String jsonFields, String text) {
        Instant at = clock.instant();
        String line = redact.apply(json
                ? "{\"event\": " + JsonText.string(event) + ", \"at\": " + JsonText.string(at.toString()) + jsonFields
                + "}"
                : at + " " + text);
        synchronized (out) {
            out.println(line);
            out.flush();
        }
        return line;
    }
}
