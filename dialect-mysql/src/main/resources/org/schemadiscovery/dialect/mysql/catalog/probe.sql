-- Runtime settings that change what discovery sees or how the schema behaves.
SELECT DATABASE() AS current_database,
       VERSION() AS version,
       @@version_comment AS version_comment,
       CURRENT_USER() AS current_user_name,
       @@lower_case_table_names AS lower_case_table_names,
       @@sql_mode AS sql_mode,
       @@character_set_server AS character_set_server,
       @@collation_server AS collation_server,
       @@default_storage_engine AS default_storage_engine,
       @@explicit_defaults_for_timestamp AS explicit_defaults_for_timestamp,
       @@read_only AS read_only,
       ${isolation_variable} AS transaction_isolation
