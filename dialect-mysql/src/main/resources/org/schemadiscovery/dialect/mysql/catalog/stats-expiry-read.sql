-- MySQL 8: information_schema serves cached table statistics (AUTO_INCREMENT included) for up to a day; read the
-- session's setting so close() can restore it.
SELECT @@SESSION.information_schema_stats_expiry AS stats_expiry
