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

    /**
     * A builder; every other component starts empty (null, false, 0 or an empty collection). Plugins build models this
     * way, so that a component added later does not break them.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this DiscoveryMetrics's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().phases(phases).totalNanos(totalNanos).statementsExecuted(statementsExecuted)
                .rowsRead(rowsRead).statementTexts(statementTexts).retries(retries);
    }

    /** Builds a {@link DiscoveryMetrics}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private List<PhaseMetric> phases;
        private long totalNanos;
        private long statementsExecuted;
        private long rowsRead;
        private List<String> statementTexts;
        private int retries;

        private Builder() {
        }

        /** Sets {@link DiscoveryMetrics#phases()}. */
        public Builder phases(List<PhaseMetric> phases) {
            this.phases = phases;
            return this;
        }

        /** Sets {@link DiscoveryMetrics#totalNanos()}. */
        public Builder totalNanos(long totalNanos) {
            this.totalNanos = totalNanos;
            return this;
        }

        /** Sets {@link DiscoveryMetrics#statementsExecuted()}. */
        public Builder statementsExecuted(long statementsExecuted) {
            this.statementsExecuted = statementsExecuted;
            return this;
        }

        /** Sets {@link DiscoveryMetrics#rowsRead()}. */
        public Builder rowsRead(long rowsRead) {
            this.rowsRead = rowsRead;
            return this;
        }

        /** Sets {@link DiscoveryMetrics#statementTexts()}. */
        public Builder statementTexts(List<String> statementTexts) {
            this.statementTexts = statementTexts;
            return this;
        }

        /** Sets {@link DiscoveryMetrics#retries()}. */
        public Builder retries(int retries) {
            this.retries = retries;
            return this;
        }

        /** The DiscoveryMetrics; the canonical constructor validates and copies as usual. */
        public DiscoveryMetrics build() {
            return new DiscoveryMetrics(phases, totalNanos, statementsExecuted, rowsRead, statementTexts, retries);
        }
    }
}
