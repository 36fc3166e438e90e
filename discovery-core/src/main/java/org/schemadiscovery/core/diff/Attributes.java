package org.schemadiscovery.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schemadiscovery.api.diff.AttributeChange;
import org.schemadiscovery.api.diff.DiffAspect;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.model.Privilege;

/** Collects the attributes of one object pair that differ, in the order they are offered. */
final class Attributes {
    private final DiffOptions options;
    private List<AttributeChange> changes;

    Attributes(DiffOptions options) {
        this.options = options;
    }

    /** Adds {@code name} when the values differ. */
    Attributes add(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            if (changes == null) {
                changes = new ArrayList<>(4);
            }
            changes.add(new AttributeChange(name, before, after));
        }
        return this;
    }

    /** Adds {@code name} when the values compared as {@code beforeKey} and {@code afterKey} differ. */
    Attributes addCompared(String name, Object before, Object after, Object beforeKey, Object afterKey) {
        if (!Objects.equals(beforeKey, afterKey)) {
            if (changes == null) {
                changes = new ArrayList<>(4);
            }
            changes.add(new AttributeChange(name, before, after));
        }
        return this;
    }

    Attributes owner(String before, String after) {
        return options.ignores(DiffAspect.OWNERS) ? this : add("owner", before, after);
    }

    Attributes comment(String before, String after) {
        return options.ignores(DiffAspect.COMMENTS) ? this : add("comment", before, after);
    }

    /** Grants compared as sets: the order a catalog lists them in means nothing. */
    Attributes privileges(List<Privilege> before, List<Privilege> after) {
        if (options.ignores(DiffAspect.PRIVILEGES) || before.equals(after)) {
            return this;
        }
        return addCompared("privileges", before, after, sorted(before), sorted(after));
    }

    private static List<Privilege> sorted(List<Privilege> privileges) {
        List<Privilege> out = new ArrayList<>(privileges);
        out.sort(Privilege.ORDER);
        return out;
    }

    List<AttributeChange> list() {
        return changes == null ? List.of() : changes;
    }
}
