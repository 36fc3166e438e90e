package org.schemadiscovery.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;

/** Exact output of the text, Markdown and mermaid formats for hand-built schemas. */
class FormattersTest {

    @Nested
    @DisplayName("text: a summary, then aligned columns, keys and indexes per table, views, relationships, fixes")
    class Text {
        @Test
        @DisplayName("shop schema")
        void shop() {
            assertThat(new TextFormatter().format(Fixtures.shop())).isEqualTo("""
                Database  shop.db
                Product   SQLite 3.50.4
                Dialect   sqlite
                URL       jdbc:sqlite:/data/shop.db
                Schemas   main
                Contents  3 tables, 1 view, 2 foreign keys, 4 indexes

                TABLE customers
                  Column      Type     Nullable  Default            Key  Extra                Comment
                  id          INTEGER  no                           PK   identity by default
                  email       TEXT     no                           UK
                  created_at  TEXT     no        CURRENT_TIMESTAMP                            when | signed up
                  Keys and indexes:
                    PRIMARY KEY                                 (id)
                    INDEX         idx_customers_email_lower     (lower(email))
                    UNIQUE INDEX  sqlite_autoindex_customers_1  (email)

                TABLE order_items
                  Options: WITHOUT ROWID
                  Column       Type                   Nullable  Default  Key
                  order_id     INTEGER                no                 PK, FK
                  product_sku  character varying(20)  yes                PK
                  price        NUMERIC(10,2)          no
                  Keys and indexes:
                    PRIMARY KEY  pk_order_items  (order_id, product_sku)
                    UNIQUE       uq_items_price  (order_id, price)
                    FOREIGN KEY                  (order_id) -> orders (id)

                TABLE orders
                  Comment: Orders placed
                  Rows (estimate): 1200
                  Column       Type     Nullable  Default  Key
                  id           INTEGER  no                 PK
                  customer_id  INTEGER  no                 FK
                  status       TEXT     no        'new'
                  Keys and indexes:
                    PRIMARY KEY                       (id)
                    CHECK                             (status IN ('new', 'paid'))
                    FOREIGN KEY  fk_orders_customer   (customer_id) -> customers (id) ON DELETE CASCADE
                    INDEX        idx_orders_customer  (customer_id)
                    INDEX        idx_orders_open      (id DESC) WHERE (status IN ('new', 'paid'))

                VIEW order_totals
                  Column    Type
                  order_id  INTEGER
                  items
                  Definition:
                    SELECT o.id AS order_id, count(*) AS items
                    FROM orders o
                    JOIN order_items i ON i.order_id = o.id
                    GROUP BY o.id

                Relationships:
                  customers  1:N  orders       orders (customer_id) -> customers (id)
                  orders     1:N  order_items  order_items (order_id) -> orders (id)

                Recommendations:
                  WARNING fk-without-index on main.order_items: Foreign key (order_id) has no index starting with its columns.
                    CREATE INDEX idx_order_items_order_id ON order_items (order_id)
                """);
        }

        @Test
        @DisplayName("names are qualified when tables span several schemas")
        void severalSchemas() {
            assertThat(new TextFormatter().format(Fixtures.hostile())).isEqualTo("""
                Database  shop
                Product   PostgreSQL 15.4
                Dialect   postgresql
                URL       jdbc:postgresql://db.example:5432/shop?ssl=true
                Schemas   app, audit
                Contents  3 tables, 0 views, 2 foreign keys, 0 indexes

                TABLE app.end
                  Column   Type              Nullable  Default  Key
                  pk       bigint            no                 PK
                  label"x  double precision  yes
                  Keys and indexes:
                    PRIMARY KEY  end_pkey  (pk)

                TABLE app.order items
                  Column      Type       Nullable  Default  Key
                  end_pk      bigint     yes                FK, UK
                  invoice_id  integer[]  no                 FK
                  Keys and indexes:
                    UNIQUE       uq_items_end      (end_pk)
                    FOREIGN KEY  fk_items_end      (end_pk) -> app.end (pk) ON DELETE SET NULL
                    FOREIGN KEY  fk_items_invoice  (invoice_id) -> billing.invoices (id)

                TABLE audit.2024_sales
                  Column  Type  Nullable  Default  Key
                  Größe         yes
                """);
        }
    }

    @Nested
    @DisplayName("mermaid: an erDiagram with safe entity ids, key markers and one line per foreign key")
    class Mermaid {
        @Test
        @DisplayName("shop schema: identifying FK solid, non-identifying dashed")
        void shop() {
            assertThat(new MermaidFormatter().format(Fixtures.shop())).isEqualTo("""
                erDiagram
                    customers {
                        INTEGER id PK
                        TEXT email UK
                        TEXT created_at
                    }
                    order_items {
                        INTEGER order_id PK, FK
                        character_varying(20) product_sku PK
                        NUMERIC(10_2) price
                    }
                    orders {
                        INTEGER id PK
                        INTEGER customer_id FK
                        TEXT status
                    }
                    orders ||--o{ order_items : "order_id"
                    customers ||..o{ orders : "customer_id"
                """);
        }

        @Test
        @DisplayName("hostile names get ids with aliases; nullable unique FK is zero-or-one on both sides")
        void hostile() {
            assertThat(new MermaidFormatter().format(Fixtures.hostile())).isEqualTo("""
                erDiagram
                    app_end["app.end"] {
                        bigint pk_ PK
                        double_precision label_x
                    }
                    app_order_items["app.order items"] {
                        bigint end_pk FK, UK
                        integer[] invoice_id FK
                    }
                    audit_2024_sales["audit.2024_sales"] {
                        ANY Größe
                    }
                    billing_invoices["billing.invoices"]
                    app_end |o..o| app_order_items : "end_pk"
                    billing_invoices ||..o{ app_order_items : "invoice_id"
                """);
        }

        @Test
        @DisplayName("keywords and leading digits never reach the lexer as entity names")
        void keywords() {
            TableRef end = TableRef.of("main", "end");
            TableRef sales = TableRef.of("main", "2024 sales");
            TableInfo endTable = TableInfo.of(end, TableKind.TABLE,
                    List.of(ColumnInfo.simple("id", 1, DataType.of("INTEGER", 4), false)));
            TableInfo salesTable = TableInfo.of(sales, TableKind.TABLE,
                    List.of(ColumnInfo.simple("end_id", 1, DataType.of("INTEGER", 4), false)))
                    .withConstraints(List.of(new ForeignKey(null, sales, List.of("end_id"), end, List.of("id"), null,
                            null, null, false, false, true)));
            SchemaInfo schema = new SchemaInfo(new DatabaseIdentity("SQLite", "3", 3, 0, null, "jdbc:sqlite:x.db",
                    "sqlite"), null, List.of("main"), List.of(endTable, salesTable), null, null, null, null, null, null,
                    null, null, null);
            assertThat(new MermaidFormatter().format(schema)).isEqualTo("""
                erDiagram
                    end_["end"] {
                        INTEGER id
                    }
                    _2024_sales["2024 sales"] {
                        INTEGER end_id FK
                    }
                    end_ ||..o{ _2024_sales : "end_id"
                """);
        }
    }

    @Nested
    @DisplayName("markdown: one page, a section per table like tbls, anchors as GitHub makes them")
    class Markdown {
        @Test
        @DisplayName("shop schema")
        void shop() {
            assertThat(new MarkdownFormatter().format(Fixtures.shop())).isEqualTo("""
                # shop.db

                | | |
                | --- | --- |
                | Product | SQLite 3.50.4 |
                | Dialect | sqlite |
                | URL | `jdbc:sqlite:/data/shop.db` |
                | Schemas | main |
                | Contents | 3 tables, 1 view, 2 foreign keys, 4 indexes |

                ## Tables

                | Name | Columns | Type | Comment |
                | ---- | ------- | ---- | ------- |
                | [customers](#customers) | 3 | TABLE |  |
                | [order_items](#order_items) | 3 | TABLE |  |
                | [orders](#orders) | 3 | TABLE | Orders placed |

                ## customers

                ### Columns

                | # | Name | Type | Nullable | Default | Extra | Key | Children | Parents | Comment |
                | - | ---- | ---- | -------- | ------- | ----- | --- | -------- | ------- | ------- |
                | 1 | id | `INTEGER` | no |  | identity by default | PK | [orders](#orders) |  |  |
                | 2 | email | `TEXT` | no |  |  | UK |  |  |  |
                | 3 | created_at | `TEXT` | no | `CURRENT_TIMESTAMP` |  |  |  |  | when \\| signed up |

                ### Constraints

                | Name | Type | Definition |
                | ---- | ---- | ---------- |
                |  | PRIMARY KEY | `(id)` |

                ### Indexes

                | Name | Definition |
                | ---- | ---------- |
                | idx_customers_email_lower | `(lower(email))` |
                | sqlite_autoindex_customers_1 | `UNIQUE (email)` |

                ## order_items

                - Options: `WITHOUT ROWID`

                ### Columns

                | # | Name | Type | Nullable | Default | Extra | Key | Children | Parents | Comment |
                | - | ---- | ---- | -------- | ------- | ----- | --- | -------- | ------- | ------- |
                | 1 | order_id | `INTEGER` | no |  |  | PK, FK |  | [orders](#orders) |  |
                | 2 | product_sku | `character varying(20)` | yes |  |  | PK |  |  |  |
                | 3 | price | `NUMERIC(10,2)` | no |  |  |  |  |  |  |

                ### Constraints

                | Name | Type | Definition |
                | ---- | ---- | ---------- |
                | pk_order_items | PRIMARY KEY | `(order_id, product_sku)` |
                | uq_items_price | UNIQUE | `(order_id, price)` |

                ### Foreign keys

                | Name | Columns | References | On update | On delete |
                | ---- | ------- | ---------- | --------- | --------- |
                |  | order_id | [orders](#orders) (id) | NO ACTION | NO ACTION |

                ## orders

                Orders placed

                ### Columns

                | # | Name | Type | Nullable | Default | Extra | Key | Children | Parents | Comment |
                | - | ---- | ---- | -------- | ------- | ----- | --- | -------- | ------- | ------- |
                | 1 | id | `INTEGER` | no |  |  | PK | [order_items](#order_items) |  |  |
                | 2 | customer_id | `INTEGER` | no |  |  | FK |  | [customers](#customers) |  |
                | 3 | status | `TEXT` | no | `'new'` |  |  |  |  |  |

                ### Constraints

                | Name | Type | Definition |
                | ---- | ---- | ---------- |
                |  | PRIMARY KEY | `(id)` |
                |  | CHECK | `(status IN ('new', 'paid'))` |

                ### Foreign keys

                | Name | Columns | References | On update | On delete |
                | ---- | ------- | ---------- | --------- | --------- |
                | fk_orders_customer | customer_id | [customers](#customers) (id) | NO ACTION | CASCADE |

                ### Indexes

                | Name | Definition |
                | ---- | ---------- |
                | idx_orders_customer | `(customer_id)` |
                | idx_orders_open | `(id DESC) WHERE (status IN ('new', 'paid'))` |

                ## Views

                ### order_totals

                | # | Name | Type |
                | - | ---- | ---- |
                | 1 | order_id | `INTEGER` |
                | 2 | items |  |

                ```sql
                SELECT o.id AS order_id, count(*) AS items
                FROM orders o
                JOIN order_items i ON i.order_id = o.id
                GROUP BY o.id
                ```

                ## Relations

                ```mermaid
                erDiagram
                    customers {
                        INTEGER id PK
                        TEXT email UK
                        TEXT created_at
                    }
                    order_items {
                        INTEGER order_id PK, FK
                        character_varying(20) product_sku PK
                        NUMERIC(10_2) price
                    }
                    orders {
                        INTEGER id PK
                        INTEGER customer_id FK
                        TEXT status
                    }
                    orders ||--o{ order_items : "order_id"
                    customers ||..o{ orders : "customer_id"
                ```

                ## Recommendations

                | Severity | Rule | Object | Message | Suggested DDL |
                | -------- | ---- | ------ | ------- | ------------- |
                | WARNING | fk-without-index | main.order_items | Foreign key (order_id) has no index starting with its columns. | `CREATE INDEX idx_order_items_order_id ON order_items (order_id)` |

                ## Warnings

                | Phase | Object | Class | Message |
                | ----- | ------ | ----- | ------- |
                | views | main.order_totals | PERMISSION | cannot read the view definition |
                """);
        }

        @Test
        @DisplayName("hostile names: escaped cells, anchors without punctuation, tables outside scope unlinked")
        void hostile() {
            assertThat(new MarkdownFormatter().format(Fixtures.hostile())).isEqualTo("""
                # shop

                | | |
                | --- | --- |
                | Product | PostgreSQL 15.4 |
                | Dialect | postgresql |
                | URL | `jdbc:postgresql://db.example:5432/shop?ssl=true` |
                | Schemas | app, audit |
                | Contents | 3 tables, 0 views, 2 foreign keys, 0 indexes |

                ## Tables

                | Name | Columns | Type | Comment |
                | ---- | ------- | ---- | ------- |
                | [app.end](#append) | 2 | TABLE |  |
                | [app.order items](#apporder-items) | 2 | TABLE |  |
                | [audit.2024_sales](#audit2024_sales) | 1 | TABLE |  |

                ## app.end

                ### Columns

                | # | Name | Type | Nullable | Default | Extra | Key | Children | Parents | Comment |
                | - | ---- | ---- | -------- | ------- | ----- | --- | -------- | ------- | ------- |
                | 1 | pk | `bigint` | no |  |  | PK | [app.order items](#apporder-items) |  |  |
                | 2 | label"x | `double precision` | yes |  |  |  |  |  |  |

                ### Constraints

                | Name | Type | Definition |
                | ---- | ---- | ---------- |
                | end_pkey | PRIMARY KEY | `(pk)` |

                ## app.order items

                ### Columns

                | # | Name | Type | Nullable | Default | Extra | Key | Children | Parents | Comment |
                | - | ---- | ---- | -------- | ------- | ----- | --- | -------- | ------- | ------- |
                | 1 | end_pk | `bigint` | yes |  |  | FK, UK |  | [app.end](#append) |  |
                | 2 | invoice_id | `integer[]` | no |  |  | FK |  | billing.invoices |  |

                ### Constraints

                | Name | Type | Definition |
                | ---- | ---- | ---------- |
                | uq_items_end | UNIQUE | `(end_pk)` |

                ### Foreign keys

                | Name | Columns | References | On update | On delete |
                | ---- | ------- | ---------- | --------- | --------- |
                | fk_items_end | end_pk | [app.end](#append) (pk) | NO ACTION | SET NULL |
                | fk_items_invoice | invoice_id | billing.invoices (id) | NO ACTION | NO ACTION |

                ## audit.2024_sales

                ### Columns

                | # | Name | Type | Nullable | Default | Extra | Key | Children | Parents | Comment |
                | - | ---- | ---- | -------- | ------- | ----- | --- | -------- | ------- | ------- |
                | 1 | Größe |  | yes |  |  |  |  |  |  |

                ## Relations

                ```mermaid
                erDiagram
                    app_end["app.end"] {
                        bigint pk_ PK
                        double_precision label_x
                    }
                    app_order_items["app.order items"] {
                        bigint end_pk FK, UK
                        integer[] invoice_id FK
                    }
                    audit_2024_sales["audit.2024_sales"] {
                        ANY Größe
                    }
                    billing_invoices["billing.invoices"]
                    app_end |o..o| app_order_items : "end_pk"
                    billing_invoices ||..o{ app_order_items : "invoice_id"
                ```
                """);
        }

        @Test
        @DisplayName("repeated headings are numbered in document order")
        void slugs() {
            MarkdownFormatter.Slugs slugs = new MarkdownFormatter.Slugs();
            assertThat(List.of(slugs.add("Columns"), slugs.add("main.Columns"), slugs.add("columns"),
                    slugs.add("Order Items!"))).containsExactly("columns", "maincolumns", "columns-1", "order-items");
        }

        @Test
        @DisplayName("cells: pipes and markdown punctuation escaped, code spans survive backticks")
        void cells() {
            assertThat(MarkdownFormatter.text("a|b*c\nd")).isEqualTo("a\\|b\\*c d");
            assertThat(MarkdownFormatter.code("x = `y` | z")).isEqualTo("`` x = `y` \\| z ``");
        }
    }

    @Test
    @DisplayName("key markers: a single-column primary key and its backing index are PK only; UNIQUE columns UK")
    void keyMarkers() {
        TableRef ref = TableRef.of("public", "a");
        TableInfo table = new TableInfo(ref, TableKind.TABLE,
                List.of(ColumnInfo.simple("id", 1, DataType.of("integer", 4), false),
                        ColumnInfo.simple("name", 2, DataType.of("text", 12), false),
                        ColumnInfo.simple("note", 3, DataType.of("text", 12), true)),
                List.of(new org.schemadiscovery.api.model.IndexInfo("a_pkey", ref, true, "btree",
                                List.of(org.schemadiscovery.api.model.IndexElement.column("id")), List.of(), null,
                                false, "a_pkey", true, java.util.Map.of()),
                        new org.schemadiscovery.api.model.IndexInfo("a_note_partial", ref, true, "btree",
                                List.of(org.schemadiscovery.api.model.IndexElement.column("note")), List.of(),
                                "note IS NOT NULL", false, null, true, java.util.Map.of())),
                List.of(new org.schemadiscovery.api.model.PrimaryKey("a_pkey", ref, List.of("id")),
                        new org.schemadiscovery.api.model.UniqueConstraint("a_name_key", ref, List.of("name"), false,
                                false, false)),
                List.of(), null, null, null, false, List.of(), java.util.Map.of());
        assertThat(table.columns().stream().map(c -> ModelText.keyMarkers(table, c)).toList())
                .containsExactly(List.of("PK"), List.of("UK"), List.of());
    }
}
