-- a comment line, dropped
SELECT a
  -- an indented comment, dropped
FROM t
-- @include shared-where.sql
