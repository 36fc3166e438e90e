package org.schemadiscovery.api.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One privilege granted on an object (a GRANT), e.g. {@code SELECT} on a table to {@code reporting}, or
 * {@code UPDATE (email)} with grant option.
 *
 * <pre>{@code
 * new Privilege("reporting", "SELECT", false, List.of())     // GRANT SELECT ON t TO reporting
 * new Privilege("app", "UPDATE", true, List.of("email"))     // GRANT UPDATE (email) ON t TO app WITH GRANT OPTION
 * }</pre>
 *
 * @param grantee   the role or user it is granted to, as the database names it ({@code PUBLIC} for everyone; MySQL
 *                  and MariaDB accounts as {@code 'user'@'host'})
 * @param privilege the privilege in upper case, e.g. {@code SELECT}, {@code EXECUTE}, {@code USAGE}
 * @param grantable WITH GRANT OPTION
 * @param columns   the columns a column privilege covers, in order; empty for a privilege on the whole object
 */
public record Privilege(String grantee, String privilege, boolean grantable, List<String> columns) {
    /** Orders privileges by grantee, privilege, columns, then grant option: the order the model keeps them in. */
    public static final Comparator<Privilege> ORDER = Comparator.comparing(Privilege::grantee)
            .thenComparing(Privilege::privilege)
            .thenComparing(p -> String.join(",", p.columns()))
            .thenComparing(Privilege::grantable);

    public Privilege {
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(privilege, "privilege");
        columns = Copies.list(columns);
    }

    /** A privilege on the whole object. */
    public static Privilege of(String grantee, String privilege, boolean grantable) {
        return new Privilege(grantee, privilege, grantable, List.of());
    }
}
