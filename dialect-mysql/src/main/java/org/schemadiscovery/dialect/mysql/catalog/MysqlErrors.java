package org.schemadiscovery.dialect.mysql.catalog;

import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.schemadiscovery.api.model.ErrorClass;

/**
 * What a MySQL or MariaDB error means for discovery. Vendor codes first, because SQLSTATE 42000 covers both syntax
 * errors and "access denied" (1044, 1142), and HY000 covers almost anything; then SQLSTATE classes and the JDBC
 * exception types Connector/J picks from them.
 */
public final class MysqlErrors {
    /** Login refused, server gone, connection killed or lost: reconnecting may help, nothing else does. */
    private static final Set<Integer> CONNECTION = Set.of(
            1040, // too many connections
            1043, // bad handshake
            1045, // access denied for user (login)
            1049, // unknown database (at connect)
            1053, 1077, 1078, 1079, 1080, 1081, // server shutdown in progress / normal shutdown / forced close
            1129, // host blocked because of many connection errors
            1130, // host not allowed to connect
            1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1184, // aborted connection, network errors
            1698, // access denied (unix_socket / no password)
            1862, // password expired
            1927, // connection was killed
            2002, 2003, 2005, 2006, 2013, 2055, // client: cannot connect, server gone away, lost connection
            3032, // server offline mode
            3118, // account locked
            4031, 4151 // disconnected for inactivity; account locked (MariaDB)
    );
    /** The account may not read something: warn and go on. */
    private static final Set<Integer> PERMISSION = Set.of(
            1044, // access denied to database
            1142, // command denied to user for table
            1143, // column command denied
            1227, // needs SUPER / PROCESS / ... privilege
            1370, // routine command denied
            1448, // no privilege to create/alter a view referencing ...
            1449, // the definer of an object does not exist
            3530 // role not granted
    );
    /** The statement does not fit this server: fall back to generic discovery. */
    private static final Set<Integer> SYNTAX = Set.of(
            1054, // unknown column (an information_schema column this version lacks)
            1064, // syntax error
            1109, // unknown table in information_schema
            1146, // table does not exist
            1149, // syntax error (old servers)
            1193, // unknown system variable
            1235, // not supported by this version
            1305, // function does not exist
            1584 // incorrect parameters in a call to a stored function
    );
    /** Waited on a lock. */
    private static final Set<Integer> LOCKED = Set.of(
            1099, 1100, // table locked with a READ lock / not locked with LOCK TABLES
            1205, // lock wait timeout
            1213, // deadlock
            1223, // conflicting read lock
            3572 // NOWAIT: lock not available
    );
    /** A statement ran out of time. */
    private static final Set<Integer> TIMEOUT = Set.of(
            1317, // query execution was interrupted (the way Connector/J enforces a timeout on MySQL)
            1969, // max_statement_time exceeded (MariaDB)
            3024 // max_execution_time exceeded (MySQL)
    );

    private MysqlErrors() {
    }

    /** The class of an error from a MySQL-family server. */
    public static ErrorClass classify(SQLException error) {
        int code = error.getErrorCode();
        if (CONNECTION.contains(code)) {
            return ErrorClass.CONNECTION;
        }
        if (PERMISSION.contains(code)) {
            return ErrorClass.PERMISSION;
        }
        if (TIMEOUT.contains(code)) {
            return ErrorClass.TIMEOUT;
        }
        if (LOCKED.contains(code)) {
            return ErrorClass.LOCKED;
        }
        if (SYNTAX.contains(code)) {
            return ErrorClass.SYNTAX;
        }
        if (error instanceof SQLNonTransientConnectionException || error instanceof SQLTransientConnectionException
                || error instanceof SQLInvalidAuthorizationSpecException) {
            return ErrorClass.CONNECTION;
        }
        if (error instanceof SQLTimeoutException) {
            return ErrorClass.TIMEOUT;
        }
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        if (state.startsWith("08") || state.startsWith("28")) {
            return ErrorClass.CONNECTION;
        }
        if (state.equals("40001")) {
            return ErrorClass.LOCKED;
        }
        if (state.startsWith("42")) {
            return ErrorClass.SYNTAX;
        }
        return ErrorClass.OTHER;
    }
}
