-- EXECUTE and ALTER ROUTINE granted on routines in scope: information_schema has no view of them, so they come from
-- mysql.procs_priv, which only an account with SELECT on the mysql schema may read (the plugin warns otherwise).
-- Proc_priv is a SET of Execute, Alter Routine and Grant (the grant option).
SELECT p.Db AS routine_schema,
       p.Routine_name AS routine_name,
       p.Routine_type AS routine_type,
       CONCAT('''', p.User, '''@''', p.Host, '''') AS grantee,
       p.Proc_priv AS proc_priv
FROM mysql.procs_priv p
WHERE LOCATE(CONCAT('|', HEX(p.Db), '|'), ?) > 0
ORDER BY p.Db, p.Routine_name, p.Routine_type, p.User, p.Host
