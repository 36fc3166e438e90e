package org.schemadiscovery.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4, standing in for {@code promtool check metrics}: every line is
 * a HELP, a TYPE or a sample; a family's HELP and TYPE come once, before its samples; names and labels are valid;
 * values are numbers; no series repeats; counters end in {@code _total}; summaries have {@code _count} and
 * {@code _sum}.
 */
final class PrometheusParser {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|summary|histogram|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{([^}]*)\\})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\[\\\\\"n])*)\"");

    record Parsed(Map<String, String> types, Map<String, Double> samples) {
        /** The sample of this name with exactly these labels ({@code a="x",b="y"} in key order), or fails. */
        double value(String name, String labels) {
            Double v = samples.get(name + "{" + labels + "}");
            assertThat(v).as("sample %s{%s} in %s", name, labels, samples.keySet()).isNotNull();
            return v;
        }
    }

    private PrometheusParser() {
    }

    static Parsed parse(String text) {
        assertThat(text).endsWith("\n");
        Map<String, String> types = new HashMap<>();
        Set<String> helps = new HashSet<>();
        Map<String, Double> samples = new HashMap<>();
        Set<String> familiesWithSamples = new HashSet<>();
        for (String line : text.split("\n")) {
            Matcher m;
            if ((m = HELP.matcher(line)).matches()) {
                assertThat(helps.add(m.group(1))).as("one HELP for %s", m.group(1)).isTrue();
                assertThat(familiesWithSamples).as("HELP before samples of %s", m.group(1))
                        .doesNotContain(m.group(1));
            } else if ((m = TYPE.matcher(line)).matches()) {
                assertThat(types.put(m.group(1), m.group(2))).as("one TYPE for %s", m.group(1)).isNull();
                assertThat(familiesWithSamples).doesNotContain(m.group(1));
                if (m.group(2).equals("counter")) {
                    assertThat(m.group(1)).endsWith("_total");
                }
            } else if ((m = SAMPLE.matcher(line)).matches()) {
                String name = m.group(1);
                String family = family(name, types);
                assertThat(family).as("sample %s has a TYPE", name).isNotNull();
                familiesWithSamples.add(family);
                String labels = m.group(3) == null ? "" : m.group(3);
                if (!labels.isEmpty()) {
                    for (String pair : labels.split(",(?=[a-zA-Z_][a-zA-Z0-9_]*=\")")) {
                        assertThat(LABEL.matcher(pair).matches()).as("label %s", pair).isTrue();
                    }
                }
                double value = Double.parseDouble(m.group(4));
                assertThat(samples.put(name + "{" + labels + "}", value)).as("series %s{%s} once", name, labels)
                        .isNull();
            } else {
                throw new AssertionError("not a Prometheus text line: '" + line + "'");
            }
        }
        for (Map.Entry<String, String> t : types.entrySet()) {
            if (t.getValue().equals("summary")) {
                assertThat(samples.keySet()).anyMatch(k -> k.startsWith(t.getKey() + "_count{"))
                        .anyMatch(k -> k.startsWith(t.getKey() + "_sum{"));
            }
        }
        return new Parsed(types, samples);
    }

    private static String family(String sample, Map<String, String> types) {
        if (types.containsKey(sample)) {
            return sample;
        }
        for (String suffix : new String[] {"_count", "_sum"}) {
            if (sample.endsWith(suffix)) {
                String base = sample.substring(0, sample.length() - suffix.length());
                if ("summary".equals(types.get(base)) || "histogram".equals(types.get(base))) {
                    return base;
                }
            }
        }
        return null;
    }
}
