package com.example.schemadiscovery.h2.catalog;

import java.sql.SQLException;
import org.schemadiscovery.api.model.ErrorClass;

/** What an H2 error means for discovery: SQLSTATE class, and H2's codes for a missing database and a lock timeout. */
public final class H2Errors {
    private H2Errors() {
    }

    /** The error's class. */
    public static ErrorClass classify(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return state.startsWith("08") || e.getErrorCode() == 90146 ? ErrorClass.CONNECTION
                : e.getErrorCode() == 50200 ? ErrorClass.LOCKED
                : state.startsWith("42") ? ErrorClass.SYNTAX
                : state.startsWith("28") ? ErrorClass.PERMISSION : ErrorClass.OTHER;
    }
}
