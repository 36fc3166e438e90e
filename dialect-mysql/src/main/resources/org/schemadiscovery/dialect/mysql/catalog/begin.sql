-- One InnoDB read view for the whole session. information_schema is NOT covered by it: the data dictionary is read
-- as of each statement, so DDL of another session between two catalog statements can still show.
START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT
