package org.schemadiscovery.core.health;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schemadiscovery.api.model.ErrorClass;

/**
 * What a health check found. Details hold strings, numbers and booleans only, so that the result maps onto Spring
 * Boot's {@code HealthIndicator} or MicroProfile's {@code HealthCheckResponse} without depending on either.
 *
 * @param status          the verdict
 * @param connectLatency  time to open the connection and identify the server, or null when it did not connect
 * @param fingerprintLatency time to take the schema fingerprint, or null when none was taken
 * @param serverVersion   the server's product and version, or null when it did not connect
 * @param snapshotOpened  whether a read-only snapshot (the dialect's discovery session) could be opened
 * @param details         further facts: {@code dialect}, {@code schemas}, {@code statements}, {@code fingerprint},
 *                        warnings as {@code warning.N}, ...
 * @param errorClass      what kind of failure made it DOWN (or UNKNOWN), or null
 * @param message         one line saying why the status is not UP, or null when it is
 */
public record HealthResult(HealthStatus status, Duration connectLatency, Duration fingerprintLatency,
                           String serverVersion, boolean snapshotOpened, Map<String, Object> details,
                           ErrorClass errorClass, String message) {
    public HealthResult {
        Objects.requireNonNull(status, "status");
        Map<String, Object> copy = new LinkedHashMap<>();
        Objects.requireNonNull(details, "details").forEach((k, v) -> {
            Objects.requireNonNull(k, "detail key");
            if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw new IllegalArgumentException("detail " + k + " must be a string, number or boolean: " + v);
            }
            copy.put(k, v);
        });
        details = Collections.unmodifiableMap(copy);
    }

    /** The connect latency, if it connected. */
    public Optional<Duration> connectTime() {
        return Optional.ofNullable(connectLatency);
    }

    /** The fingerprint latency, if one was taken. */
    public Optional<Duration> fingerprintTime() {
        return Optional.ofNullable(fingerprintLatency);
    }
}
