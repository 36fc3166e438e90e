-- Functions and procedures in scope; ROUTINE_DEFINITION is NULL when the account may not see the body.
SELECT r.ROUTINE_SCHEMA AS routine_schema,
       r.ROUTINE_NAME AS routine_name,
       r.ROUTINE_TYPE AS routine_type,
       r.DTD_IDENTIFIER AS return_type,
       r.ROUTINE_BODY AS routine_body,
       r.EXTERNAL_LANGUAGE AS external_language,
       r.ROUTINE_DEFINITION AS routine_definition,
       r.IS_DETERMINISTIC AS is_deterministic,
       r.SQL_DATA_ACCESS AS sql_data_access,
       r.SECURITY_TYPE AS security_type,
       r.ROUTINE_COMMENT AS routine_comment,
       r.DEFINER AS definer
FROM information_schema.ROUTINES r
WHERE LOCATE(CONCAT('|', HEX(r.ROUTINE_SCHEMA), '|'), ?) > 0
  AND r.ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')
ORDER BY r.ROUTINE_SCHEMA, r.ROUTINE_NAME, r.ROUTINE_TYPE
