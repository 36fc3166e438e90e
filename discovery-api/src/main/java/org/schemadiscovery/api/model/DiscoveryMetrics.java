package org.schemadiscovery.api.model;

import java.util.List;

/**
 * What a discovery run cost, counted by core's connection proxy (never by plugins).
 *
 * @param phases             per-phase figures in execution order
 * @param totalNanos         wall time of the whole run
 * @param statementsExecuted statements executed, metadata calls included
 * @param rowsRead           result rows read
 * @param statementTexts     the SQL texts in execution order (metadata calls as {@code metadata:getColumns})
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
