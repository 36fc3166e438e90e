package org.schemadiscovery.tck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs only the named kit groups for this kit subclass (by class or display name, case-insensitive, as
 * {@code tck.groups}); the others are reported as skipped, naming the subclass. For a subclass that repeats part of
 * the kit against another server version, where the version-independent groups (registration, architecture) and the
 * slow ones (scale) already ran against the main server.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface KitGroups {
    /** The groups that run. */
    String[] value();
}
