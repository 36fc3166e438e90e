package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A sequence.
 *
 * @param ref       name
 * @param dataType  value type, e.g. {@code bigint}
 * @param start     START WITH
 * @param increment INCREMENT BY
 * @param min       MINVALUE
 * @param max       MAXVALUE
 * @param cache     CACHE
 * @param cycle     CYCLE
 * @param ownedBy   {@code table.column} that owns it, or null
 * @param lastValue last value handed out, or null when never used or unreadable
 * @param owner     owner role, or null
 * @param comment   comment, or null
 * @param privileges privileges granted on it, ordered by {@link Privilege#ORDER}; empty when none or not known
 */
public record SequenceInfo(TableRef ref, String dataType, long start, long increment, long min, long max,
                           long cache, boolean cycle, String ownedBy, Long lastValue, String owner, String comment,
                           List<Privilege> privileges) {
    public SequenceInfo {
        Objects.requireNonNull(ref, "ref");
        privileges = Copies.list(privileges);
    }

    /**
     * The canonical constructor without owner, comment, privileges; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public SequenceInfo(TableRef ref, String dataType, long start, long increment, long min, long max,
                        long cache, boolean cycle, String ownedBy, Long lastValue) {
        this(ref, dataType, start, increment, min, max, cache, cycle, ownedBy, lastValue, null, null, List.of());
    }

    /** Fraction of the value range used so far, between 0 and 1; 0 when unknown. */
    public double usedFraction() {
        if (lastValue == null || max == min) {
            return 0;
        }
        double span = increment > 0 ? (double) max - min : (double) min - max;
        double used = increment > 0 ? (double) lastValue - min : (double) lastValue - max;
        return Math.max(0, Math.min(1, used / span));
    }

    /**
     * A builder starting from {@code ref}; every other component starts empty (null, false, 0 or an empty collection).
     * Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(TableRef ref) {
        return new Builder().ref(ref);
    }

    /** A builder holding this SequenceInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().ref(ref).dataType(dataType).start(start).increment(increment).min(min).max(max)
                .cache(cache).cycle(cycle).ownedBy(ownedBy).lastValue(lastValue).owner(owner).comment(comment)
                .privileges(privileges);
    }

    /** Builds a {@link SequenceInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private TableRef ref;
        private String dataType;
        private long start;
        private long increment;
        private long min;
        private long max;
        private long cache;
        private boolean cycle;
        private String ownedBy;
        private Long lastValue;
        private String owner;
        private String comment;
        private List<Privilege> privileges;

        private Builder() {
        }

        /** Sets {@link SequenceInfo#ref()}. */
        public Builder ref(TableRef ref) {
            this.ref = ref;
            return this;
        }

        /** Sets {@link SequenceInfo#dataType()}. */
        public Builder dataType(String dataType) {
            this.dataType = dataType;
            return this;
        }

        /** Sets {@link SequenceInfo#start()}. */
        public Builder start(long start) {
            this.start = start;
            return this;
        }

        /** Sets {@link SequenceInfo#increment()}. */
        public Builder increment(long increment) {
            this.increment = increment;
            return this;
        }

        /** Sets {@link SequenceInfo#min()}. */
        public Builder min(long min) {
            this.min = min;
            return this;
        }

        /** Sets {@link SequenceInfo#max()}. */
        public Builder max(long max) {
            this.max = max;
            return this;
        }

        /** Sets {@link SequenceInfo#cache()}. */
        public Builder cache(long cache) {
            this.cache = cache;
            return this;
        }

        /** Sets {@link SequenceInfo#cycle()}. */
        public Builder cycle(boolean cycle) {
            this.cycle = cycle;
            return this;
        }

        /** Sets {@link SequenceInfo#ownedBy()}. */
        public Builder ownedBy(String ownedBy) {
            this.ownedBy = ownedBy;
            return this;
        }

        /** Sets {@link SequenceInfo#lastValue()}. */
        public Builder lastValue(Long lastValue) {
            this.lastValue = lastValue;
            return this;
        }

        /** Sets {@link SequenceInfo#owner()}. */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** Sets {@link SequenceInfo#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** Sets {@link SequenceInfo#privileges()}. */
        public Builder privileges(List<Privilege> privileges) {
            this.privileges = privileges;
            return this;
        }

        /** The SequenceInfo; the canonical constructor validates and copies as usual. */
        public SequenceInfo build() {
            return new SequenceInfo(ref, dataType, start, increment, min, max, cache, cycle, ownedBy, lastValue,
                    owner, comment, privileges);
        }
    }
}
