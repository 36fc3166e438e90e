-- Fallback for one object the set-based columns.sql had to leave out (?1 = object name, ?2 = schema); same shape.
SELECT ?2, ?1,
       (SELECT group_concat(quote(c.cid) || ',' || quote(c.name) || ',' || quote(c.type) || ',' || quote(c."notnull")
                            || ',' || quote(c.dflt_value) || ',' || quote(c.pk) || ',' || quote(c.hidden), ',')
        FROM pragma_table_xinfo(?1, ?2) c)
