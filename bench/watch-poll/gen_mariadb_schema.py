#!/usr/bin/env python3
"""MariaDB workload comparable to gen_pg_schema.py: N tables over DATABASES (default 4) databases sd_bench_my_<i>,
each with an auto-increment key, 8 columns (varchar, decimal, datetime, json, enum, generated), a unique and a
composite index, a check, a foreign key to a table created earlier, comments; one view per 10 tables. It drops and
recreates those databases. Usage: python3 gen_mariadb_schema.py 5000 4 | mysql -h 127.0.0.1 -u root"""
import sys
n = int(sys.argv[1]); s = int(sys.argv[2]) if len(sys.argv) > 2 else 4
print("SET foreign_key_checks = 0;")
for d in range(s):
    print(f"DROP DATABASE IF EXISTS sd_bench_my_{d}; CREATE DATABASE sd_bench_my_{d};")
for i in range(n):
    d = i % s; db = f"sd_bench_my_{d}"
    fk = f", CONSTRAINT t{i}_fk FOREIGN KEY (parent_id) REFERENCES {db}.t{i - s} (id)" if i >= s else ""
    print(f"CREATE TABLE {db}.t{i} (id BIGINT AUTO_INCREMENT PRIMARY KEY, parent_id BIGINT,"
          f" code VARCHAR(40) NOT NULL, amount DECIMAL(12,2) DEFAULT 0, created DATETIME DEFAULT CURRENT_TIMESTAMP,"
          f" doc JSON, state ENUM('a','b','c') DEFAULT 'a', total DECIMAL(14,2) AS (amount * 2) VIRTUAL,"
          f" note TEXT COMMENT 'note {i}', UNIQUE KEY t{i}_code (code), KEY t{i}_pc (parent_id, created),"
          f" CONSTRAINT t{i}_chk CHECK (amount >= 0){fk}) COMMENT 'table {i}';")
    if i % 10 == 9:
        print(f"CREATE VIEW {db}.v{i} AS SELECT id, code, amount FROM {db}.t{i} WHERE amount > 0;")
