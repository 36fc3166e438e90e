-- Triggers on tables in scope; information_schema shows only triggers of tables the account has TRIGGER on.
SELECT g.TRIGGER_SCHEMA AS trigger_schema,
       g.TRIGGER_NAME AS trigger_name,
       g.EVENT_OBJECT_SCHEMA AS table_schema,
       g.EVENT_OBJECT_TABLE AS table_name,
       g.EVENT_MANIPULATION AS event,
       g.ACTION_TIMING AS timing,
       g.ACTION_ORIENTATION AS orientation,
       g.ACTION_ORDER AS action_order,
       g.ACTION_STATEMENT AS body,
       g.DEFINER AS definer
FROM information_schema.TRIGGERS g
WHERE LOCATE(CONCAT('|', HEX(g.EVENT_OBJECT_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR LOCATE(CONCAT('|', HEX(g.EVENT_OBJECT_SCHEMA), '.', HEX(g.EVENT_OBJECT_TABLE), '|'), ?) > 0)
ORDER BY g.EVENT_OBJECT_SCHEMA, g.EVENT_OBJECT_TABLE, g.TRIGGER_NAME
