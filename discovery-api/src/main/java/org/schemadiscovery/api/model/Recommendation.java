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
}
