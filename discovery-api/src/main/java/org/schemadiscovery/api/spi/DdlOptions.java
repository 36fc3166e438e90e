package org.schemadiscovery.api.spi;

/**
 * What a {@link DdlRenderer} writes beside the objects themselves. Owners and privileges name roles (users) that may
 * not exist where the script is applied, so both are off unless asked for.
 *
 * <pre>{@code
 * renderer.script(schema, new DdlOptions(true, true));   // ALTER ... OWNER TO and GRANTs too
 * }</pre>
 *
 * @param owners     write each object's owner ({@code ALTER ... OWNER TO})
 * @param privileges write the privileges granted on each object ({@code GRANT}, and {@code REVOKE} where the
 *                   database grants by default what the model does not hold)
 */
public record DdlOptions(boolean owners, boolean privileges) {
    private static final DdlOptions DEFAULTS = new DdlOptions(false, false);

    /** Neither owners nor privileges. */
    public static DdlOptions defaults() {
        return DEFAULTS;
    }
}
