-- The session's snapshot, for a second connection to import (SET TRANSACTION SNAPSHOT) and read indexes and
-- constraints in parallel, as pg_dump -j does. The transaction must stay open until the import is done.
SELECT pg_catalog.pg_export_snapshot() AS snapshot
