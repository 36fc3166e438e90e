-- One schema's cookie, bumped by every schema change in that database file (and by VACUUM). Read by the fingerprint
-- token beside the file's identity, since two files with the same DDL can read the same number. A PRAGMA, so that a
-- new connection does not parse the schema for it; the first read of the session, so it starts the snapshot.
PRAGMA ${schema_identifier}.schema_version
