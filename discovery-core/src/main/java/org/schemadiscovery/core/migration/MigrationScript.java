package org.schemadiscovery.core.migration;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.Hazard;
import org.schemadiscovery.api.migration.LeftOut;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.TransactionGroup;
import org.schemadiscovery.api.migration.Unsupported;

/**
 * A {@link MigrationPlan} as a script the database's own client runs as is ({@code psql -v ON_ERROR_STOP=1 -f}):
 * {@code BEGIN; … COMMIT;} around each transactional group, its settings first, a comment per step naming its
 * changes and hazards (statements holding a semicolon in {@code DELIMITER} blocks for the MySQL clients, see
 * {@link StatementTerminator}), and at the end the left-out steps and unsupported changes as comments — never a silent
 * skip.
 *
 * <pre>{@code
 * String script = MigrationScript.sql(plan);
 * }</pre>
 */
public final class MigrationScript {
    private MigrationScript() {
    }

    /** The whole plan as SQL text, each statement ending with {@code ;} and a newline. */
    public static String sql(MigrationPlan plan) {
        Objects.requireNonNull(plan, "plan");
        StringBuilder out = new StringBuilder();
        out.append("-- migration plan (").append(plan.dialect()).append("): ").append(plan.steps().size())
                .append(" steps in ").append(plan.groups().size()).append(" transaction groups");
        if (!plan.complete()) {
            out.append("; INCOMPLETE: ").append(plan.leftOut().size()).append(" steps left out, ")
                    .append(plan.unsupported().size()).append(" changes unsupported (listed at the end)");
        }
        out.append('\n');
        int n = 0;
        for (TransactionGroup g : plan.groups()) {
            n++;
            out.append('\n').append("-- group ").append(n).append(g.transactional() ? "" : " (outside a transaction)")
                    .append('\n');
            if (g.transactional()) {
                out.append("BEGIN;\n");
            }
            for (String setting : g.settings()) {
                out.append(setting).append(";\n");
            }
            for (MigrationStep s : g.steps()) {
                comment(out, s, "");
                out.append(StatementTerminator.terminate(plan.dialect(), s.sql())).append('\n');
            }
            if (g.transactional()) {
                out.append("COMMIT;\n");
            }
        }
        if (!plan.leftOut().isEmpty()) {
            out.append("\n-- left out (run with --allow-destructive to include them):\n");
            for (LeftOut l : plan.leftOut()) {
                out.append("-- ").append(oneLine(l.reason())).append('\n');
                comment(out, l.step(), "  ");
                for (String line : l.step().sql().split("\n", -1)) {
                    out.append("--   ").append(line).append('\n');
                }
            }
        }
        if (!plan.unsupported().isEmpty()) {
            out.append("\n-- not supported, no statement planned:\n");
            for (Unsupported u : plan.unsupported()) {
                out.append("--   ").append(oneLine(u.change().toString())).append(": ").append(oneLine(u.reason()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void comment(StringBuilder out, MigrationStep s, String indent) {
        if (!s.changes().isEmpty()) {
            out.append("-- ").append(indent).append(s.changes().stream().map(SchemaChange::toString)
                    .map(MigrationScript::oneLine).collect(Collectors.joining("; "))).append('\n');
        }
        List<Hazard> hazards = s.hazards();
        if (!hazards.isEmpty()) {
            out.append("-- ").append(indent).append("hazards: ").append(hazards.stream().map(Hazard::toString)
                    .map(MigrationScript::oneLine).collect(Collectors.joining("; "))).append('\n');
        }
    }

    private static String oneLine(String s) {
        return s.replace("\r", " ").replace("\n", " ");
    }
}
