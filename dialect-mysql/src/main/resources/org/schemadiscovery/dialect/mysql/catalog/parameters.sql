-- Parameters of the routines in scope (position 0 is a function's return value and is skipped).
SELECT p.SPECIFIC_SCHEMA AS routine_schema,
       p.SPECIFIC_NAME AS routine_name,
       p.ROUTINE_TYPE AS routine_type,
       p.ORDINAL_POSITION AS ordinal_position,
       p.PARAMETER_MODE AS parameter_mode,
       p.PARAMETER_NAME AS parameter_name,
       p.DTD_IDENTIFIER AS data_type
FROM information_schema.PARAMETERS p
WHERE LOCATE(CONCAT('|', HEX(p.SPECIFIC_SCHEMA), '|'), ?) > 0
  AND p.ORDINAL_POSITION > 0
ORDER BY p.SPECIFIC_SCHEMA, p.SPECIFIC_NAME, p.ROUTINE_TYPE, p.ORDINAL_POSITION
