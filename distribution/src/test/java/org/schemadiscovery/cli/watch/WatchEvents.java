package org.schemadiscovery.cli.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The JSON-line events a watch has written so far, read while it is still writing. */
public final class WatchEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WatchEvents() {
    }

    /** Every event in {@code text}; only whole lines, as the last one may be half written. */
    public static List<JsonNode> parse(String text) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        return events;
    }

    /** The events of one kind ({@code started}, {@code change}, ...). */
    public static List<JsonNode> parse(String text, String kind) throws IOException {
        return parse(text).stream().filter(e -> e.get("event").asText().equals(kind)).toList();
    }
}
