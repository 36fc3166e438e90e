package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("no hidden driver queries: the server receives exactly the statements core counted")
class HiddenQueriesTest {

    @Test
    @DisplayName("enum, enum array, int2vector and oidvector columns cause no pg_type lookups by the driver")
    void onlyCountedStatementsReachTheServer() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.script("fixtures/features.sql");
            db.exec("CREATE TABLE app.enum_array (moods app.mood[], one app.mood)");
            List<String> sent = Collections.synchronizedList(new ArrayList<>());
            Logger driver = Logger.getLogger("org.postgresql");
            Level before = driver.getLevel();
            Handler capture = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    String msg = record.getMessage();
                    if (msg == null) {
                        return;
                    }
                    if (msg.startsWith(" FE=> Parse(stmt=")) {
                        int start = msg.indexOf(",query=\"") + ",query=\"".length();
                        int end = msg.lastIndexOf("\",oids=");
                        sent.add(msg.substring(start, end));
                    } else if (msg.startsWith(" FE=> SimpleQuery(query=")) {
                        sent.add(String.valueOf(record.getParameters()[0]));
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            capture.setLevel(Level.ALL);
            SchemaInfo s;
            // the connection is opened first: the driver's own start-up (SET application_name) is not discovery
            try (Connection c = db.connect()) {
                driver.setLevel(Level.FINEST);
                driver.addHandler(capture);
                s = Discovery.discover(c);
            } finally {
                driver.removeHandler(capture);
                driver.setLevel(before);
            }
            assertThat(s.warnings()).isEmpty();
            assertThat(s.table("enum_array").orElseThrow().columns()).hasSize(2);
            List<String> counted = s.metrics().statementTexts().stream().map(HiddenQueriesTest::native_).toList();
            assertThat(sent).isNotEmpty();
            assertThat(sent).containsExactlyElementsOf(counted);
        }
    }

    /** The statement as the driver sends it: {@code ?} placeholders become {@code $1}, {@code $2}, ... */
    private static String native_(String sql) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                sb.append('$').append(++n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
