package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Typed, null-aware access to the current row of a catalog query. */
public final class Row {
    private final ResultSet rs;

    Row(ResultSet rs) {
        this.rs = rs;
    }

    /** A text column, or null. */
    public String str(String column) throws SQLException {
        return rs.getString(column);
    }

    /** An int column; 0 when null. */
    public int integer(String column) throws SQLException {
        return rs.getInt(column);
    }

    /** A bigint column; 0 when null. */
    public long lng(String column) throws SQLException {
        return rs.getLong(column);
    }

    /** A bigint column, or null. */
    public Long nullableLong(String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A boolean column; false when null. */
    public boolean bool(String column) throws SQLException {
        return rs.getBoolean(column);
    }

    /** A boolean column, or null. */
    public Boolean nullableBool(String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    /** A {@code text[]::text} column as a list; empty when null. */
    public List<String> list(String column) throws SQLException {
        return PgArrays.parse(rs.getString(column));
    }

    /** Like {@link #str} but an empty string becomes null. */
    public String nonEmpty(String column) throws SQLException {
        String s = rs.getString(column);
        return s == null || s.isEmpty() ? null : s;
    }
}
