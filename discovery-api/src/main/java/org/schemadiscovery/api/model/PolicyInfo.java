package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A row-level security policy.
 *
 * @param name       policy name
 * @param table      table
 * @param command    ALL, SELECT, INSERT, UPDATE or DELETE
 * @param permissive PERMISSIVE (false: RESTRICTIVE)
 * @param roles      roles it applies to
 * @param using      USING expression, or null
 * @param withCheck  WITH CHECK expression, or null
 * @param comment    comment, or null
 */
public record PolicyInfo(String name, TableRef table, String command, boolean permissive, List<String> roles,
                         String using, String withCheck, String comment) {
    public PolicyInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        roles = Copies.list(roles);
    }

    /**
     * The canonical constructor without comment; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public PolicyInfo(String name, TableRef table, String command, boolean permissive, List<String> roles,
                      String using, String withCheck) {
        this(name, table, command, permissive, roles, using, withCheck, null);
    }

    /**
     * A builder starting from {@code name} and {@code table}; every other component starts empty (null, false, 0 or an
     * empty collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(String name, TableRef table) {
        return new Builder().name(name).table(table);
    }

    /** A builder holding this PolicyInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).table(table).command(command).permissive(permissive).roles(roles)
                .using(using).withCheck(withCheck).comment(comment);
    }

    /** Builds a {@link PolicyInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String name;
        private TableRef table;
        private String command;
        private boolean permissive;
        private List<String> roles;
        private String using;
        private String withCheck;
        private String comment;

        private Builder() {
        }

        /** Sets {@link PolicyInfo#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link PolicyInfo#table()}. */
        public Builder table(TableRef table) {
            this.table = table;
            return this;
        }

        /** Sets {@link PolicyInfo#command()}. */
        public Builder command(String command) {
            this.command = command;
            return this;
        }

        /** Sets {@link PolicyInfo#permissive()}. */
        public Builder permissive(boolean permissive) {
            this.permissive = permissive;
            return this;
        }

        /** Sets {@link PolicyInfo#roles()}. */
        public Builder roles(List<String> roles) {
            this.roles = roles;
            return this;
        }

        /** Sets {@link PolicyInfo#using()}. */
        public Builder using(String using) {
            this.using = using;
            return this;
        }

        /** Sets {@link PolicyInfo#withCheck()}. */
        public Builder withCheck(String withCheck) {
            this.withCheck = withCheck;
            return this;
        }

        /** Sets {@link PolicyInfo#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The PolicyInfo; the canonical constructor validates and copies as usual. */
        public PolicyInfo build() {
            return new PolicyInfo(name, table, command, permissive, roles, using, withCheck, comment);
        }
    }
}
