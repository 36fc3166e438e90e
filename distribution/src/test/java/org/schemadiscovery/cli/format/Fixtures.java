package org.schemadiscovery.cli.format;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.Relationship;
import org.schemadiscovery.api.model.RelationshipKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;

/** Hand-built schemas for the formatter tests. */
final class Fixtures {
    static final TableRef CUSTOMERS = TableRef.of("main", "customers");
    static final TableRef ORDERS = TableRef.of("main", "orders");
    static final TableRef ORDER_ITEMS = TableRef.of("main", "order_items");

    private Fixtures() {
    }

    static DataType type(String declared, int jdbc) {
        return DataType.of(declared, jdbc);
    }

    /** A small shop: customers 1:N orders 1:N order_items, a view, one recommendation, one warning. */
    static SchemaInfo shop() {
        TableInfo customers = new TableInfo(CUSTOMERS, TableKind.TABLE,
                List.of(new ColumnInfo("id", 1, type("INTEGER", Types.INTEGER), false, null,
                                new ColumnIdentity(IdentityGeneration.BY_DEFAULT, null), null, null, null, false,
                                Map.of()),
                        ColumnInfo.simple("email", 2, type("TEXT", Types.VARCHAR), false),
                        new ColumnInfo("created_at", 3, type("TEXT", Types.VARCHAR), false, "CURRENT_TIMESTAMP",
                                null, null, null, "when | signed up", false, Map.of())),
                List.of(new IndexInfo("idx_customers_email_lower", CUSTOMERS, false, null,
                                List.of(IndexElement.expression("lower(email)")), List.of(), null, false, null, true,
                                Map.of()),
                        new IndexInfo("sqlite_autoindex_customers_1", CUSTOMERS, true, null,
                                List.of(IndexElement.column("email")), List.of(), null, false, null, true, Map.of())),
                List.of(new PrimaryKey(null, CUSTOMERS, List.of("id"))),
                List.of(), null, null, null, false, List.of(), Map.of());
        TableInfo orders = new TableInfo(ORDERS, TableKind.TABLE,
                List.of(ColumnInfo.simple("id", 1, type("INTEGER", Types.INTEGER), false),
                        ColumnInfo.simple("customer_id", 2, type("INTEGER", Types.INTEGER), false),
                        new ColumnInfo("status", 3, type("TEXT", Types.VARCHAR), false, "'new'", null, null, null,
                                null, false, Map.of())),
                List.of(new IndexInfo("idx_orders_customer", ORDERS, false, null,
                                List.of(IndexElement.column("customer_id")), List.of(), null, false, null, true,
                                Map.of()),
                        new IndexInfo("idx_orders_open", ORDERS, false, null,
                                List.of(new IndexElement("id", null, SortOrder.DESC, NullsOrder.DEFAULT, null, null)),
                                List.of(), "status IN ('new', 'paid')", false, null, true, Map.of())),
                List.of(new PrimaryKey(null, ORDERS, List.of("id")),
                        new CheckConstraint(null, ORDERS, List.of("status"), "status IN ('new', 'paid')", true),
                        new ForeignKey("fk_orders_customer", ORDERS, List.of("customer_id"), CUSTOMERS, List.of("id"),
                                MatchType.SIMPLE, ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, false,
                                false, true)),
                List.of(), null, null, "Orders placed", false, List.of(), Map.of(), 1200L);
        TableInfo items = new TableInfo(ORDER_ITEMS, TableKind.TABLE,
                List.of(ColumnInfo.simple("order_id", 1, type("INTEGER", Types.INTEGER), false),
                        ColumnInfo.simple("product_sku", 2, type("character varying(20)", Types.VARCHAR), true),
                        ColumnInfo.simple("price", 3, type("NUMERIC(10,2)", Types.NUMERIC), false)),
                List.of(),
                List.of(new PrimaryKey("pk_order_items", ORDER_ITEMS, List.of("order_id", "product_sku")),
                        new UniqueConstraint("uq_items_price", ORDER_ITEMS, List.of("order_id", "price"), false, false,
                                false),
                        new ForeignKey(null, ORDER_ITEMS, List.of("order_id"), ORDERS, List.of("id"), MatchType.SIMPLE,
                                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false, true)),
                List.of(), null, null, null, false, List.of(), Map.of("WITHOUT ROWID", "true"));
        ViewInfo totals = new ViewInfo(TableRef.of("main", "order_totals"),
                "SELECT o.id AS order_id, count(*) AS items\nFROM orders o\nJOIN order_items i ON i.order_id = o.id\n"
                        + "GROUP BY o.id",
                false, List.of(ColumnInfo.simple("order_id", 1, type("INTEGER", Types.INTEGER), true),
                        ColumnInfo.simple("items", 2, type("", Types.OTHER), true)),
                List.of(), List.of(), null, null);
        return new SchemaInfo(
                new DatabaseIdentity("SQLite", "3.50.4", 3, 50, "SQLite JDBC 3.54.1.0", "jdbc:sqlite:/data/shop.db",
                        "sqlite"),
                DatabaseCapabilities.none(), List.of("main"), List.of(customers, items, orders), List.of(totals),
                List.of(), List.of(), List.of(), List.of(),
                List.of(new Relationship(RelationshipKind.ONE_TO_MANY, CUSTOMERS, List.of("id"), ORDERS,
                                List.of("customer_id"), null, List.of("fk_orders_customer")),
                        new Relationship(RelationshipKind.ONE_TO_MANY, ORDERS, List.of("id"), ORDER_ITEMS,
                                List.of("order_id"), null, List.of())),
                List.of(new Recommendation("fk-without-index", Severity.WARNING, "main.order_items",
                        "Foreign key (order_id) has no index starting with its columns.",
                        "CREATE INDEX idx_order_items_order_id ON order_items (order_id)")),
                List.of(new DiscoveryWarning("main.order_totals", "views", ErrorClass.PERMISSION,
                        "cannot read the view definition")),
                DiscoveryMetrics.empty());
    }

    /**
     * Names mermaid cannot take as they are: two schemas, a space, a keyword, a leading digit, a column named pk, a
     * nullable one-to-one foreign key and a foreign key to a table outside the discovered scope.
     */
    static SchemaInfo hostile() {
        TableRef end = TableRef.of("app", "end");
        TableRef items = TableRef.of("app", "order items");
        TableRef sales = TableRef.of("audit", "2024_sales");
        TableRef outside = TableRef.of("billing", "invoices");
        TableInfo endTable = new TableInfo(end, TableKind.TABLE,
                List.of(ColumnInfo.simple("pk", 1, type("bigint", Types.BIGINT), false),
                        ColumnInfo.simple("label\"x", 2, type("double precision", Types.DOUBLE), true)),
                List.of(), List.of(new PrimaryKey("end_pkey", end, List.of("pk"))), List.of(), null, null, null,
                false, List.of(), Map.of());
        TableInfo itemsTable = new TableInfo(items, TableKind.TABLE,
                List.of(ColumnInfo.simple("end_pk", 1, type("bigint", Types.BIGINT), true),
                        ColumnInfo.simple("invoice_id", 2, type("integer[]", Types.ARRAY), false)),
                List.of(),
                List.of(new UniqueConstraint("uq_items_end", items, List.of("end_pk"), false, false, false),
                        new ForeignKey("fk_items_end", items, List.of("end_pk"), end, List.of("pk"), MatchType.SIMPLE,
                                ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL, false, false, true),
                        new ForeignKey("fk_items_invoice", items, List.of("invoice_id"), outside, List.of("id"),
                                MatchType.SIMPLE, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false,
                                false, true)),
                List.of(), null, null, null, false, List.of(), Map.of());
        TableInfo salesTable = TableInfo.of(sales, TableKind.TABLE,
                List.of(ColumnInfo.simple("Größe", 1, type("", Types.OTHER), true)));
        return new SchemaInfo(
                new DatabaseIdentity("PostgreSQL", "15.4", 15, 4, "PostgreSQL JDBC Driver 42.7.14",
                        "jdbc:postgresql://db.example:5432/shop?ssl=true", "postgresql"),
                DatabaseCapabilities.none(), List.of("app", "audit"), List.of(endTable, itemsTable, salesTable),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                DiscoveryMetrics.empty());
    }
}
