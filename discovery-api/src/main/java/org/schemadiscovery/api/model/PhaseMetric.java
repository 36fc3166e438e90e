package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * Cost of one discovery phase.
 *
 * @param phase      phase name
 * @param nanos      wall time in nanoseconds
 * @param statements SQL statements (and metadata calls) executed
 * @param rows       result rows read
 * @param items      objects produced
 */
public record PhaseMetric(String phase, long nanos, long statements, long rows, long items) {
    public PhaseMetric {
        Objects.requireNonNull(phase, "phase");
    }

    /**
     * A builder starting from {@code phase}; every other component starts empty (null, false, 0 or an empty
     * collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(String phase) {
        return new Builder().phase(phase);
    }

    /** A builder holding this PhaseMetric's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().phase(phase).nanos(nanos).statements(statements).rows(rows).items(items);
    }

    /** Builds a {@link PhaseMetric}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String phase;
        private long nanos;
        private long statements;
        private long rows;
        private long items;

        private Builder() {
        }

        /** Sets {@link PhaseMetric#phase()}. */
        public Builder phase(String phase) {
            this.phase = phase;
            return this;
        }

        /** Sets {@link PhaseMetric#nanos()}. */
        public Builder nanos(long nanos) {
            this.nanos = nanos;
            return this;
        }

        /** Sets {@link PhaseMetric#statements()}. */
        public Builder statements(long statements) {
            this.statements = statements;
            return this;
        }

        /** Sets {@link PhaseMetric#rows()}. */
        public Builder rows(long rows) {
            this.rows = rows;
            return this;
        }

        /** Sets {@link PhaseMetric#items()}. */
        public Builder items(long items) {
            this.items = items;
            return this;
        }

        /** The PhaseMetric; the canonical constructor validates and copies as usual. */
        public PhaseMetric build() {
            return new PhaseMetric(phase, nanos, statements, rows, items);
        }
    }
}
