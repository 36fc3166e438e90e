package org.schemadiscovery.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UrlsTest {
    @ParameterizedTest(name = "{0}")
    @DisplayName("redact drops passwords and keeps everything else")
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://h:5432/db?user=u&password=p|jdbc:postgresql://h:5432/db?user=u",
        "jdbc:postgresql://h/db?password=p&user=u|jdbc:postgresql://h/db?user=u",
        "jdbc:postgresql://h/db?user=u&PASSWORD=p&ssl=true|jdbc:postgresql://h/db?user=u&ssl=true",
        "jdbc:mysql://root:s3cr3t@localhost:3306/x|jdbc:mysql://root@localhost:3306/x",
        "jdbc:sqlserver://h;user=u;password=p;databaseName=x|jdbc:sqlserver://h;user=u;databaseName=x",
        "jdbc:oracle:thin:scott/tiger@host:1521:orcl|jdbc:oracle:thin:scott@host:1521:orcl",
        "jdbc:sqlite:/tmp/a.db|jdbc:sqlite:/tmp/a.db",
        "jdbc:postgresql://h/db?sslpassword=x|jdbc:postgresql://h/db"
    })
    void redacts(String url, String expected) {
        assertThat(Urls.redact(url)).isEqualTo(expected);
    }

    @Test
    void nullStaysNull() {
        assertThat(Urls.redact(null)).isNull();
    }

    @Test
    @DisplayName("oneLine keeps the first line of a message")
    void oneLine() {
        assertThat(Urls.oneLine(new SQLException("first\nsecond"))).isEqualTo("first");
        assertThat(Urls.oneLine(new SQLException())).isEqualTo("SQLException");
    }
}
