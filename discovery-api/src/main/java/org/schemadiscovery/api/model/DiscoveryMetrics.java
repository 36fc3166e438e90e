package org.schemadiscovery.api.model;

import java.util.List;

/**
 * What a discovery run cost, counted by core's connection proxy (never by plugins).
 *
 * @param phases             per-phase figures in execution order (a plugin that reads ahead on a second connection
 *                           counts those statements and rows in the phase during which they ran)
 * @param totalNanos         wall time of the whole run
 * @param statementsExecuted statements executed, metadata calls included
 * @param rowsRead           result rows read
 * @param statementTexts     the SQL texts (metadata calls as {@code metadata:getColumns}): each connection's in
 *                           execution order, the connections in the order they were opened, so that reading on two
 *                           connections at once still gives the same list every time
 * @param retries            retries performed
 */
public record DiscoveryMetrics(List<PhaseMetric> phases, long totalNanos, long statementsExecuted, long rowsRead,
                               List<String> statementTexts, int retries) {
    public DiscoveryMetrics {
        phases = Copies.list(phases);
        statementTexts = Copies.list(statementTexts);
    }

    /** Nothing measured. */
    public static DiscoveryMetrics empty() {
        return new DiscoveryMetrics(List.of(), 0, 0, 0, List.of(), 0);
    }
}
