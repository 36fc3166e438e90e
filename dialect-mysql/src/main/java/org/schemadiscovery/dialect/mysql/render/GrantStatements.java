package org.schemadiscovery.dialect.mysql.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * GRANT statements for the privileges of a model: databases, tables, views, columns and routines. Grantees are
 * written as the server prints them ({@code 'user'@'host'}); the accounts must exist where the script runs.
 */
final class GrantStatements {
    private final Function<TableRef, String> name;
    private final String home;

    /**
     * @param name how the script names a table or routine (unqualified in a one-database model)
     * @param home the one database of the model, or null when it spans several
     */
    GrantStatements(Function<TableRef, String> name, String home) {
        this.name = name;
        this.home = home;
    }

    List<String> statements(SchemaInfo schema) {
        List<String> out = new ArrayList<>();
        for (SchemaDetails d : schema.schemaDetails()) {
            // "*" is the database the script runs in, as every other name of a one-database script
            String target = d.name().equals(home) ? "*" : Quoting.id(d.name()) + ".*";
            grants(out, target, d.privileges());
        }
        for (TableInfo t : schema.tables()) {
            grants(out, name.apply(t.ref()), t.privileges());
        }
        for (ViewInfo v : schema.views()) {
            grants(out, name.apply(v.ref()), v.privileges());
        }
        for (RoutineInfo r : schema.routines()) {
            grants(out, (r.kind() == RoutineKind.PROCEDURE ? "PROCEDURE " : "FUNCTION ") + name.apply(r.ref()),
                    r.privileges());
        }
        return out;
    }

    private static void grants(List<String> out, String target, List<Privilege> privileges) {
        for (Privilege p : privileges) {
            String columns = p.columns().isEmpty() ? ""
                    : " (" + String.join(", ", p.columns().stream().map(Quoting::id).toList()) + ")";
            out.add("GRANT " + p.privilege() + columns + " ON " + target + " TO " + p.grantee()
                    + (p.grantable() ? " WITH GRANT OPTION" : ""));
        }
    }
}
