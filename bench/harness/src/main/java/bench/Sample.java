package bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One sample (a measurement, or counts read from a tool's output) as a line of {@code key=value} pairs; {@code note=}
 * may only come last and runs to the end of the line, so bench/run can write samples with plain {@code echo}.
 */
final class Sample {
    private final Map<String, String> fields = new LinkedHashMap<>();

    static Sample parse(String line) {
        Sample r = new Sample();
        String rest = line.strip();
        int note = rest.startsWith("note=") ? 0 : rest.indexOf(" note=");
        if (note >= 0) {
            r.fields.put("note", rest.substring(note == 0 ? 5 : note + 6).strip());
            rest = rest.substring(0, note);
        }
        for (String token : rest.split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                r.fields.putIfAbsent(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return r;
    }

    Sample put(String key, Object value) {
        if (value != null) {
            String v = value.toString();
            fields.put(key, key.equals("note") ? v : v.replaceAll("\\s+", "_"));
        }
        return this;
    }

    Sample putAll(Sample other) {
        other.fields.forEach(this::put);
        return this;
    }

    String get(String key) {
        return fields.get(key);
    }

    String get(String key, String fallback) {
        return fields.getOrDefault(key, fallback);
    }

    OptionalLong longValue(String key) {
        String v = fields.get(key);
        if (v == null || v.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    OptionalDouble doubleValue(String key) {
        String v = fields.get(key);
        if (v == null || v.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String note = null;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getKey().equals("note")) {
                note = e.getValue();
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        if (note != null) {
            sb.append(sb.length() > 0 ? " " : "").append("note=").append(note.replace('\n', ' '));
        }
        return sb.toString();
    }
}
