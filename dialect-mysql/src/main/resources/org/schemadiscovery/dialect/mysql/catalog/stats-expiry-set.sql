-- MySQL 8: 0 = read table statistics from the storage engine, not from the day-old cache.
SET SESSION information_schema_stats_expiry = ?
