package org.schemadiscovery.cli.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemadiscovery.core.metrics.MetricSeries;

/**
 * The Prometheus text exposition format (version 0.0.4): counters as {@code <name>_total}, timers as summaries in
 * seconds ({@code _count}, {@code _sum}) plus a {@code _max} gauge, dots in names and tag keys as underscores.
 */
final class PrometheusText {
    /** A gauge or counter sample the watch adds beside the view's series. */
    record Sample(String name, String help, boolean counter, Map<String, String> labels, double value) {
    }

    private final Map<String, StringBuilder> families = new LinkedHashMap<>();

    /** Adds the view's series. */
    PrometheusText series(List<MetricSeries> all) {
        for (MetricSeries s : all) {
            String base = name(s.name());
            String labels = labels(s.tags());
            if (s.kind() == MetricSeries.Kind.COUNTER) {
                family(base + "_total", "counter", s.description()).append(base).append("_total").append(labels)
                        .append(' ').append(s.cell().count()).append('\n');
            } else {
                String seconds = base.endsWith("_duration") ? base + "_seconds" : base;
                family(seconds, "summary", s.description()).append(seconds).append("_count").append(labels)
                        .append(' ').append(s.cell().count()).append('\n')
                        .append(seconds).append("_sum").append(labels).append(' ')
                        .append(number(s.cell().totalNanos() / 1e9)).append('\n');
                family(seconds + "_max", "gauge", s.description() + ", the longest").append(seconds).append("_max")
                        .append(labels).append(' ').append(number(s.cell().maxNanos() / 1e9)).append('\n');
            }
        }
        return this;
    }

    /** Adds the watch's own samples. */
    PrometheusText samples(List<Sample> samples) {
        for (Sample s : samples) {
            String name = name(s.name()) + (s.counter() ? "_total" : "");
            family(name, s.counter() ? "counter" : "gauge", s.help()).append(name).append(labels(s.labels()))
                    .append(' ').append(number(s.value())).append('\n');
        }
        return this;
    }

    /** The document. */
    String render() {
        StringBuilder out = new StringBuilder();
        families.values().forEach(out::append);
        return out.toString();
    }

    private StringBuilder family(String name, String type, String help) {
        return families.computeIfAbsent(name, n -> new StringBuilder("# HELP ").append(n).append(' ')
                .append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n')
                .append("# TYPE ").append(n).append(' ').append(type).append('\n'));
    }

    private static String name(String dotted) {
        return dotted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_:]", "_");
    }

    private static String labels(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        tags.forEach((k, v) -> parts.add(name(k) + "=\"" + v.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\""));
        return "{" + String.join(",", parts) + "}";
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
