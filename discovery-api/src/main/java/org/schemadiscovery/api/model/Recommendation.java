package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * A suggested fix.
 *
 * @param ruleId       stable rule id, e.g. {@code fk-without-index}
 * @param severity     severity
 * @param object       the object it is about, as a display name
 * @param message      one readable sentence
 * @param suggestedDdl DDL that would fix it, or null
 */
public record Recommendation(String ruleId, Severity severity, String object, String message, String suggestedDdl) {
    public Recommendation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A builder starting from {@code ruleId} and {@code severity} and {@code object} and {@code message}; every other
     * component starts empty (null, false, 0 or an empty collection). Plugins build models this way, so that a
     * component added later does not break them.
     */
    public static Builder builder(String ruleId, Severity severity, String object, String message) {
        return new Builder().ruleId(ruleId).severity(severity).object(object).message(message);
    }

    /** A builder holding this Recommendation's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().ruleId(ruleId).severity(severity).object(object).message(message)
                .suggestedDdl(suggestedDdl);
    }

    /** Builds a {@link Recommendation}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String ruleId;
        private Severity severity;
        private String object;
        private String message;
        private String suggestedDdl;

        private Builder() {
        }

        /** Sets {@link Recommendation#ruleId()}. */
        public Builder ruleId(String ruleId) {
            this.ruleId = ruleId;
            return this;
        }

        /** Sets {@link Recommendation#severity()}. */
        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /** Sets {@link Recommendation#object()}. */
        public Builder object(String object) {
            this.object = object;
            return this;
        }

        /** Sets {@link Recommendation#message()}. */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** Sets {@link Recommendation#suggestedDdl()}. */
        public Builder suggestedDdl(String suggestedDdl) {
            this.suggestedDdl = suggestedDdl;
            return this;
        }

        /** The Recommendation; the canonical constructor validates and copies as usual. */
        public Recommendation build() {
            return new Recommendation(ruleId, severity, object, message, suggestedDdl);
        }
    }
}
