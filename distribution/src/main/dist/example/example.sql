-- The example shop database of schema-discovery. The build turns this file into example.db (SQLite) so that
--   bin/schema-discovery discover jdbc:sqlite:example/example.db
-- has something realistic to describe: keys, checks, a junction table, a view, partial and expression indexes,
-- and foreign keys without an index (which `recommend` points out).

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    email       TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY,
    sku          TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    price_cents  INTEGER NOT NULL CHECK (price_cents >= 0),
    discontinued INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT uq_products_sku UNIQUE (sku)
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status       TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped', 'cancelled')),
    placed_at    TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- product_id is the second key column: no index starts with it.
CREATE TABLE order_items (
    order_id          INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id        INTEGER NOT NULL REFERENCES products (id),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents  INTEGER NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT    NOT NULL UNIQUE COLLATE NOCASE
);

-- Junction table: products <-> tags.
CREATE TABLE product_tags (
    product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX idx_orders_customer ON orders (customer_id);
-- Partial index: only orders still in progress.
CREATE INDEX idx_orders_open ON orders (placed_at) WHERE status IN ('new', 'paid');
-- Expression index: case-insensitive e-mail look-ups.
CREATE INDEX idx_customers_email_lower ON customers (lower(email));
CREATE INDEX idx_products_name ON products (name COLLATE NOCASE, price_cents DESC);

CREATE VIEW order_totals AS
SELECT o.id AS order_id,
       o.customer_id,
       SUM(i.quantity * i.unit_price_cents) AS total_cents
FROM orders o
JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, o.customer_id;

INSERT INTO customers (id, email, name) VALUES (1, 'ada@example.org', 'Ada'), (2, 'alan@example.org', 'Alan');
INSERT INTO products (id, sku, name, price_cents) VALUES (1, 'KB-01', 'Keyboard', 4900), (2, 'MS-01', 'Mouse', 1900);
INSERT INTO tags (id, name) VALUES (1, 'input'), (2, 'wireless');
INSERT INTO product_tags (product_id, tag_id) VALUES (1, 1), (2, 1), (2, 2);
INSERT INTO orders (id, customer_id, status) VALUES (1, 1, 'paid'), (2, 2, 'new');
INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES (1, 1, 1, 4900), (1, 2, 2, 1900),
    (2, 2, 1, 1900);
