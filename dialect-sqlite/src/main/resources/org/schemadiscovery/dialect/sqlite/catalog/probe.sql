-- Runtime state in one round trip: settings of the main database, compile options, loaded modules and the
-- functions that reveal optional features.
SELECT 'setting' AS kind, 'foreign_keys' AS name, CAST(foreign_keys AS TEXT) AS value FROM pragma_foreign_keys
UNION ALL SELECT 'setting', 'journal_mode', journal_mode FROM pragma_journal_mode
UNION ALL SELECT 'setting', 'page_size', CAST(page_size AS TEXT) FROM pragma_page_size
UNION ALL SELECT 'setting', 'encoding', encoding FROM pragma_encoding
UNION ALL SELECT 'setting', 'sqlite_version', sqlite_version()
UNION ALL SELECT 'compile_option', compile_options, NULL FROM pragma_compile_options
UNION ALL SELECT 'module', name, NULL FROM pragma_module_list
UNION ALL SELECT 'function', name, NULL FROM pragma_function_list
  WHERE name IN ('json', 'jsonb', 'sin', 'sqrt', 'percentile', 'unistr')
