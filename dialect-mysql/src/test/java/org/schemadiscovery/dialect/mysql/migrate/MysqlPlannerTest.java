package org.schemadiscovery.dialect.mysql.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.core.diff.SchemaDiff;
import org.schemadiscovery.core.migration.MigrationScript;
import org.schemadiscovery.dialect.mysql.MysqlMigrationPlanner;

/** The planner on hand-built models: order, hazards, left-out steps and the script's DELIMITER blocks. */
class MysqlPlannerTest {
    private static final TableRef OWNER = TableRef.of("app", "owner");
    private static final TableRef ITEMS = TableRef.of("app", "items");
    private static final TableRef OTHER = TableRef.of("app", "other");

    private static DataType type(String declared) {
        String base = declared.replaceAll("\\(.*", "");
        return DataType.builder(declared, base).jdbcType(Types.OTHER).build();
    }

    private static ColumnInfo column(String name, int ordinal, String type, boolean nullable) {
        return ColumnInfo.builder(name, type(type)).ordinal(ordinal).nullable(nullable).build();
    }

    private static SchemaInfo schema(TableInfo... tables) {
        return SchemaInfo.builder(DatabaseIdentity.builder("MariaDB", "10.11.19-MariaDB").build())
                .schemas(List.of("app")).tables(List.of(tables)).build();
    }

    private static TableInfo owner(String idType) {
        return TableInfo.builder(OWNER, TableKind.TABLE).columns(List.of(column("id", 1, idType, false)))
                .constraints(List.of(new PrimaryKey("PRIMARY", OWNER, List.of("id"), null))).build();
    }

    private static TableInfo items(String ownerIdType, List<ColumnInfo> more, List<TriggerInfo> triggers) {
        List<ColumnInfo> columns = new java.util.ArrayList<>(List.of(column("id", 1, "int(11)", false),
                column("owner_id", 2, ownerIdType, true)));
        columns.addAll(more);
        ForeignKey fk = ForeignKey.builder(ITEMS, OWNER).name("items_owner_fk").columns(List.of("owner_id"))
                .referencedColumns(List.of("id")).build();
        return TableInfo.builder(ITEMS, TableKind.TABLE).columns(columns).constraints(List.of(fk))
                .triggers(triggers).build();
    }

    private static MigrationPlan plan(SchemaInfo from, SchemaInfo to, boolean destructive) {
        return new MysqlMigrationPlanner().plan(from, to, SchemaDiff.compare(from, to, DiffOptions.defaults()),
                PlannerOptions.builder().allowDestructive(destructive).build());
    }

    private static int indexOf(List<MigrationStep> steps, String text) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).sql().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no step holds " + text + ": " + steps);
    }

    @Test
    @DisplayName("a foreign key is dropped before its columns change type and added again after both tables")
    void foreignKeyAroundColumnChange() {
        MigrationPlan plan = plan(schema(owner("int(11)"), items("int(11)", List.of(), List.of())),
                schema(owner("bigint(20)"), items("bigint(20)", List.of(), List.of())), false);
        List<MigrationStep> steps = plan.steps();
        int drop = indexOf(steps, "DROP FOREIGN KEY `items_owner_fk`");
        int ownerAlter = indexOf(steps, "MODIFY COLUMN `id` bigint(20)");
        int itemsAlter = indexOf(steps, "MODIFY COLUMN `owner_id` bigint(20)");
        int add = indexOf(steps, "ADD CONSTRAINT `items_owner_fk` FOREIGN KEY");
        assertThat(drop).isLessThan(ownerAlter).isLessThan(itemsAlter);
        assertThat(add).isGreaterThan(ownerAlter).isGreaterThan(itemsAlter);
        assertThat(plan.complete()).isTrue();
        assertThat(steps.get(ownerAlter).has(HazardKind.TABLE_REBUILD)).isTrue();
        assertThat(steps.get(ownerAlter).hazards()).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(HazardKind.BLOCKS_WRITES);
            assertThat(h.lockLevel()).isEqualTo("LOCK=SHARED");
        });
        assertThat(steps.get(ownerAlter).has(HazardKind.DATA_LOSS)).as("int to bigint widens").isFalse();
    }

    private static TableInfo itemsReferencing(TableRef target, String indexName) {
        ForeignKey fk = ForeignKey.builder(ITEMS, target).name("items_ibfk_1").columns(List.of("owner_id"))
                .referencedColumns(List.of("id")).build();
        IndexInfo index = IndexInfo.builder(indexName, ITEMS).elements(List.of(IndexElement.column("owner_id")))
                .build();
        return TableInfo.builder(ITEMS, TableKind.TABLE).columns(List.of(column("id", 1, "int(11)", false),
                column("owner_id", 2, "int(11)", true))).constraints(List.of(fk)).indexes(List.of(index)).build();
    }

    private static TableInfo other() {
        return TableInfo.builder(OTHER, TableKind.TABLE).columns(List.of(column("id", 1, "int(11)", false)))
                .constraints(List.of(new PrimaryKey("PRIMARY", OTHER, List.of("id"), null))).build();
    }

    @Test
    @DisplayName("a re-added foreign key keeps the index MariaDB generated for it under the column's name")
    void reAddedForeignKeyKeepsGeneratedIndexName() {
        MigrationPlan plan = plan(schema(owner("int(11)"), other(), itemsReferencing(OWNER, "owner_id")),
                schema(owner("int(11)"), other(), itemsReferencing(OTHER, "owner_id")), true);
        MigrationStep add = plan.steps().get(indexOf(plan.steps(), "ADD CONSTRAINT `items_ibfk_1`"));
        assertThat(add.sql()).contains("RENAME INDEX `owner_id` TO `owner_id`");
        assertThat(plan.steps()).noneSatisfy(s -> assertThat(s.sql()).contains("DROP INDEX"));
    }

    @Test
    @DisplayName("an index the user named otherwise is left alone when its foreign key is added again")
    void namedIndexIsNotPinned() {
        MigrationPlan plan = plan(schema(owner("int(11)"), other(), itemsReferencing(OWNER, "by_owner")),
                schema(owner("int(11)"), other(), itemsReferencing(OTHER, "by_owner")), true);
        MigrationStep add = plan.steps().get(indexOf(plan.steps(), "ADD CONSTRAINT `items_ibfk_1`"));
        assertThat(add.sql()).doesNotContain("RENAME INDEX");
    }

    @Test
    @DisplayName("every step is its own group outside a transaction, with lock_wait_timeout")
    void notTransactional() {
        MigrationPlan plan = plan(schema(owner("int(11)"), items("int(11)", List.of(), List.of())),
                schema(owner("bigint(20)"), items("bigint(20)", List.of(), List.of())), false);
        assertThat(plan.groups()).isNotEmpty().allSatisfy(g -> {
            assertThat(g.transactional()).isFalse();
            assertThat(g.settings()).containsExactly("SET SESSION lock_wait_timeout = 5");
        });
        assertThat(plan.steps()).allSatisfy(s -> assertThat(s.has(HazardKind.NOT_TRANSACTIONAL)).isTrue());
    }

    @Test
    @DisplayName("a narrowing type change is DATA_LOSS; a dropped column is left out unless allowed, the rest runs")
    void dataLossAndDestructive() {
        SchemaInfo from = schema(owner("bigint(20)"), items("bigint(20)", List.of(column("gone", 3, "text", true)),
                List.of()));
        SchemaInfo to = schema(owner("int(11)"), items("int(11)", List.of(column("note", 3, "varchar(10)", true)),
                List.of()));
        MigrationPlan kept = plan(from, to, false);
        assertThat(kept.leftOut()).extracting(l -> l.step().sql()).anySatisfy(sql ->
                assertThat(sql).contains("DROP COLUMN `gone`"));
        assertThat(kept.steps()).extracting(MigrationStep::sql).anySatisfy(sql ->
                assertThat(sql).contains("ADD COLUMN `note` varchar(10) NULL AFTER `owner_id`"));
        assertThat(kept.steps()).noneSatisfy(s -> assertThat(s.sql()).contains("DROP COLUMN"));
        MigrationStep narrowing = kept.steps().get(indexOf(kept.steps(), "MODIFY COLUMN `id` int(11)"));
        assertThat(narrowing.has(HazardKind.DATA_LOSS)).isTrue();

        MigrationPlan all = plan(from, to, true);
        MigrationStep drop = all.steps().get(indexOf(all.steps(), "DROP COLUMN `gone`"));
        assertThat(drop.has(HazardKind.DESTRUCTIVE)).isTrue();
        assertThat(drop.has(HazardKind.DATA_LOSS)).isTrue();
        assertThat(all.leftOut()).isEmpty();
    }

    @Test
    @DisplayName("a trigger body is written between DELIMITER lines, after the column it uses is added")
    void triggerInDelimiterBlock() {
        String body = "CREATE DEFINER=`root`@`localhost` TRIGGER `items_touch` BEFORE INSERT ON `items` FOR EACH ROW"
                + " BEGIN SET NEW.note = 'x'; SET NEW.id = NEW.id; END";
        TriggerInfo trigger = new TriggerInfo("items_touch", ITEMS, "BEFORE", List.of("INSERT"), List.of(), true,
                null, body, null);
        SchemaInfo from = schema(owner("int(11)"), items("int(11)", List.of(), List.of()));
        SchemaInfo to = schema(owner("int(11)"), items("int(11)", List.of(column("note", 3, "varchar(10)", true)),
                List.of(trigger)));
        MigrationPlan plan = plan(from, to, false);
        assertThat(indexOf(plan.steps(), "ADD COLUMN `note`")).isLessThan(indexOf(plan.steps(), "TRIGGER"));
        String script = MigrationScript.sql(plan);
        assertThat(script).contains("DELIMITER ;;\n" + body + ";;\nDELIMITER ;\n");
    }
}
