wanted(schema_name, name) AS MATERIALIZED (
    -- the table restriction (?1, a JSON array of [schema, name] pairs; empty = none): the named tables and views,
    -- plus the tables their foreign keys reference (same schema), whose names and key columns a foreign key resolves
    SELECT json_extract(w.value, '$[0]'), json_extract(w.value, '$[1]')
    FROM json_each(?1) w
    UNION
    SELECT json_extract(w.value, '$[0]'), fk."table"
    FROM json_each(?1) w
    CROSS JOIN pragma_foreign_key_list(json_extract(w.value, '$[1]'), json_extract(w.value, '$[0]')) fk
    WHERE json_extract(w.value, '$[0]') IN (SELECT d.name FROM pragma_database_list d)
)
