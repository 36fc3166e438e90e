-- Read only when the schemas hold virtual tables: the modules loaded on this connection (a virtual table whose
-- module is missing would fail the set-based column query) and the shadow tables that store virtual tables' data.
-- pragma_table_list resolves every view's columns, which is why it is not part of every run.
SELECT 'module' AS kind, name, NULL AS schema FROM pragma_module_list
UNION ALL
SELECT 'shadow', name, schema FROM pragma_table_list WHERE type = 'shadow'
