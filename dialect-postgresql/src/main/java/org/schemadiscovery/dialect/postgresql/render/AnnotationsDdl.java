package org.schemadiscovery.dialect.postgresql.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * The statements for comments, owners and privileges of the kinds {@link DdlScript} itself does not annotate:
 * schemas, sequences, routines, indexes, constraints, triggers, policies and extensions (comments); schemas,
 * sequences and routines (owners); and the privileges of schemas, tables, views, sequences and routines.
 */
final class AnnotationsDdl {
    private final SchemaInfo schema;
    private final Set<TableRef> identitySequences;

    AnnotationsDdl(SchemaInfo schema, Set<TableRef> identitySequences) {
        this.schema = schema;
        this.identitySequences = identitySequences;
    }

    /** COMMENT ON for every kind the script does not comment itself. */
    List<String> comments() {
        List<String> out = new ArrayList<>();
        for (SchemaDetails d : schema.schemaDetails()) {
            comment(out, "SCHEMA " + Quoting.ident(d.name()), d.comment());
        }
        for (ExtensionInfo x : schema.extensions()) {
            comment(out, "EXTENSION " + Quoting.ident(x.name()), x.comment());
        }
        for (SequenceInfo s : schema.sequences()) {
            comment(out, "SEQUENCE " + q(s.ref()), s.comment());
        }
        for (RoutineInfo r : schema.routines()) {
            comment(out, routineKeyword(r) + " " + signature(r), r.comment());
        }
        for (TableInfo t : schema.tables()) {
            relationParts(out, t.ref(), t.indexes(), t.constraints(), t.triggers(), t.policies());
        }
        for (ViewInfo v : schema.views()) {
            relationParts(out, v.ref(), v.indexes(), List.of(), v.triggers(), List.of());
        }
        return out;
    }

    private void relationParts(List<String> out, TableRef ref, List<IndexInfo> indexes,
                               List<ConstraintInfo> constraints, List<TriggerInfo> triggers,
                               List<PolicyInfo> policies) {
        for (IndexInfo i : indexes) {
            comment(out, "INDEX " + q(ref.schema(), i.name()), i.comment());
        }
        for (ConstraintInfo c : constraints) {
            if (c.name() != null) {
                comment(out, "CONSTRAINT " + Quoting.ident(c.name()) + " ON " + q(ref), c.comment());
            }
        }
        for (TriggerInfo t : triggers) {
            comment(out, "TRIGGER " + Quoting.ident(t.name()) + " ON " + q(ref), t.comment());
        }
        for (PolicyInfo p : policies) {
            comment(out, "POLICY " + Quoting.ident(p.name()) + " ON " + q(ref), p.comment());
        }
    }

    /** ALTER ... OWNER TO for schemas, sequences (not those a column owns: they follow their table) and routines. */
    List<String> owners() {
        List<String> out = new ArrayList<>();
        for (SchemaDetails d : schema.schemaDetails()) {
            if (d.owner() != null) {
                out.add("ALTER SCHEMA " + Quoting.ident(d.name()) + " OWNER TO " + Quoting.ident(d.owner()));
            }
        }
        for (SequenceInfo s : schema.sequences()) {
            if (s.owner() != null && s.ownedBy() == null && !identitySequences.contains(s.ref())) {
                out.add("ALTER SEQUENCE " + q(s.ref()) + " OWNER TO " + Quoting.ident(s.owner()));
            }
        }
        for (RoutineInfo r : schema.routines()) {
            if (r.owner() != null && r.definition() != null) {
                out.add("ALTER " + routineKeyword(r) + " " + signature(r) + " OWNER TO " + Quoting.ident(r.owner()));
            }
        }
        return out;
    }

    /**
     * GRANTs as the model holds them. Routines are the one kind PostgreSQL grants to PUBLIC by default (EXECUTE):
     * a routine whose privileges lack that grant gets a REVOKE, and the default grant is not repeated. A routine
     * without an owner was not read with its privileges (a model from an older snapshot): it gets no REVOKE.
     */
    List<String> privileges() {
        List<String> out = new ArrayList<>();
        for (SchemaDetails d : schema.schemaDetails()) {
            grants(out, "SCHEMA " + Quoting.ident(d.name()), d.privileges());
        }
        for (TableInfo t : schema.tables()) {
            grants(out, "TABLE " + q(t.ref()), t.privileges());
        }
        for (ViewInfo v : schema.views()) {
            grants(out, "TABLE " + q(v.ref()), v.privileges());
        }
        for (SequenceInfo s : schema.sequences()) {
            grants(out, "SEQUENCE " + q(s.ref()), s.privileges());
        }
        for (RoutineInfo r : schema.routines()) {
            if (r.definition() == null) {
                continue;
            }
            String target = (r.kind() == RoutineKind.PROCEDURE ? "PROCEDURE " : "FUNCTION ") + signature(r);
            List<Privilege> explicit = new ArrayList<>();
            boolean publicExecute = false;
            for (Privilege p : r.privileges()) {
                if (p.grantee().equals("PUBLIC") && p.privilege().equals("EXECUTE") && p.columns().isEmpty()) {
                    publicExecute = true;
                } else {
                    explicit.add(p);
                }
            }
            if (!publicExecute && r.owner() != null) {
                out.add("REVOKE EXECUTE ON " + target + " FROM PUBLIC");
            }
            grants(out, target, explicit);
        }
        return out;
    }

    private static void grants(List<String> out, String target, List<Privilege> privileges) {
        for (Privilege p : privileges) {
            String columns = p.columns().isEmpty() ? ""
                    : " (" + String.join(", ", p.columns().stream().map(Quoting::ident).toList()) + ")";
            out.add("GRANT " + p.privilege() + columns + " ON " + target + " TO " + grantee(p.grantee())
                    + (p.grantable() ? " WITH GRANT OPTION" : ""));
        }
    }

    private static String grantee(String role) {
        return role.equals("PUBLIC") ? "PUBLIC" : Quoting.ident(role);
    }

    private static void comment(List<String> out, String target, String comment) {
        if (comment != null) {
            out.add("COMMENT ON " + target + " IS " + Quoting.literal(comment));
        }
    }

    private static String routineKeyword(RoutineInfo r) {
        return switch (r.kind()) {
            case PROCEDURE -> "PROCEDURE";
            case AGGREGATE -> "AGGREGATE";
            default -> "FUNCTION";
        };
    }

    /** {@code schema.name(arguments)} with the arguments' DEFAULT clauses cut, as COMMENT, ALTER and GRANT take it. */
    static String signature(RoutineInfo r) {
        return q(r.ref()) + "(" + String.join(", ", identityArguments(r.arguments())) + ")";
    }

    /**
     * The arguments of {@code pg_get_function_arguments} without their defaults: split at top-level commas (outside
     * quotes and parentheses), each cut at a top-level {@code " DEFAULT "}.
     */
    static List<String> identityArguments(String arguments) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        char quote = 0;
        boolean inDefault = false;
        for (int i = 0; i < arguments.length(); i++) {
            char ch = arguments.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == ']') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                add(out, current);
                current.setLength(0);
                inDefault = false;
                continue;
            } else if (depth == 0 && !inDefault && arguments.startsWith(" DEFAULT ", i)) {
                inDefault = true;
            }
            if (!inDefault) {
                current.append(ch);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder argument) {
        String a = argument.toString().strip();
        if (!a.isEmpty()) {
            out.add(a);
        }
    }

    private static String q(TableRef ref) {
        return Quoting.qualified(ref.schema(), ref.name());
    }

    private static String q(String schema, String name) {
        return Quoting.qualified(schema, name);
    }
}
