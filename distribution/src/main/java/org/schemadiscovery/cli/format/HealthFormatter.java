package org.schemadiscovery.cli.format;

import java.time.Duration;
import java.util.Map;
import org.schemadiscovery.core.health.HealthResult;

/** A health check's result as text (one fact per line) or as one JSON object. */
public final class HealthFormatter {
    private HealthFormatter() {
    }

    /** The result in {@code format}: text or JSON. */
    public static String format(OutputFormat format, HealthResult r) {
        return format == OutputFormat.JSON ? json(r) + "\n" : text(r);
    }

    static String text(HealthResult r) {
        TextTable t = new TextTable().row("status", r.status().name());
        if (r.message() != null) {
            t.row("reason", r.message());
        }
        if (r.errorClass() != null) {
            t.row("error class", r.errorClass().name());
        }
        if (r.serverVersion() != null) {
            t.row("server", r.serverVersion());
        }
        r.connectTime().ifPresent(d -> t.row("connect", millis(d) + " ms"));
        r.fingerprintTime().ifPresent(d -> t.row("fingerprint", millis(d) + " ms"));
        t.row("snapshot", r.snapshotOpened() ? "opened" : "not opened");
        r.details().forEach((k, v) -> t.row(k, String.valueOf(v)));
        StringBuilder out = new StringBuilder();
        t.appendTo(out, "");
        return out.toString();
    }

    /** One line of JSON: status, latencies in milliseconds, server, snapshot, error class, message, details. */
    public static String json(HealthResult r) {
        StringBuilder out = new StringBuilder("{\"status\": ").append(JsonText.string(r.status().name()))
                .append(", \"connectMillis\": ").append(r.connectTime().map(d -> String.valueOf(millis(d)))
                        .orElse("null"))
                .append(", \"fingerprintMillis\": ").append(r.fingerprintTime().map(d -> String.valueOf(millis(d)))
                        .orElse("null"))
                .append(", \"serverVersion\": ").append(JsonText.string(r.serverVersion()))
                .append(", \"snapshotOpened\": ").append(r.snapshotOpened())
                .append(", \"errorClass\": ").append(JsonText.string(r.errorClass() == null ? null
                        : r.errorClass().name()))
                .append(", \"message\": ").append(JsonText.string(r.message()))
                .append(", \"details\": {");
        boolean first = true;
        for (Map.Entry<String, Object> e : r.details().entrySet()) {
            out.append(first ? "" : ", ").append(JsonText.string(e.getKey())).append(": ").append(value(e.getValue()));
            first = false;
        }
        return out.append("}}").toString();
    }

    private static String value(Object v) {
        return v instanceof String s ? JsonText.string(s) : String.valueOf(v);
    }

    private static double millis(Duration d) {
        return Math.round(d.toNanos() / 10_000.0) / 100.0;
    }
}
