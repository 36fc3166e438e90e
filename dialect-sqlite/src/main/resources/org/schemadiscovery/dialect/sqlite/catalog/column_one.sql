-- Fallback for one object the set-based columns.sql had to leave out (?1 = object name, ?2 = schema); same shape.
SELECT ?2, ?1,
       (SELECT json_group_array(json_array(c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden))
        FROM pragma_table_xinfo(?1, ?2) c)
