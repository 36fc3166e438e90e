package org.schemadiscovery.dialect.postgresql.migrate;

import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.dialect.postgresql.render.Quoting;

/**
 * COMMENT, GRANT and REVOKE statements for an object whose comment or privileges change: privileges are compared as
 * sets, those no longer wanted revoked first (a grant option only, when only the option goes), then the new ones
 * granted.
 */
final class Annotations {
    private Annotations() {
    }

    /** {@code COMMENT ON target IS …}, or {@code IS NULL} to remove it. */
    static String comment(String target, String comment) {
        return "COMMENT ON " + target + " IS " + (comment == null ? "NULL" : Quoting.literal(comment));
    }

    /** The statements that turn {@code before} into {@code after} on {@code target} (e.g. {@code TABLE s.t}). */
    static List<String> privileges(String target, List<Privilege> before, List<Privilege> after) {
        List<String> out = new ArrayList<>();
        for (Privilege p : before) {
            if (after.contains(p)) {
                continue;
            }
            Privilege same = withOption(p, !p.grantable());
            if (p.grantable() && after.contains(same)) {
                out.add("REVOKE GRANT OPTION FOR " + what(p) + " ON " + target + " FROM " + grantee(p.grantee()));
            } else if (!(after.contains(same))) {
                out.add("REVOKE " + what(p) + " ON " + target + " FROM " + grantee(p.grantee()));
            }
        }
        for (Privilege p : after) {
            if (!before.contains(p)) {
                out.add("GRANT " + what(p) + " ON " + target + " TO " + grantee(p.grantee())
                        + (p.grantable() ? " WITH GRANT OPTION" : ""));
            }
        }
        return out;
    }

    private static Privilege withOption(Privilege p, boolean grantable) {
        return new Privilege(p.grantee(), p.privilege(), grantable, p.columns());
    }

    private static String what(Privilege p) {
        return p.privilege() + (p.columns().isEmpty() ? ""
                : " (" + String.join(", ", p.columns().stream().map(Quoting::ident).toList()) + ")");
    }

    private static String grantee(String role) {
        return role.equals("PUBLIC") ? "PUBLIC" : Quoting.ident(role);
    }
}
