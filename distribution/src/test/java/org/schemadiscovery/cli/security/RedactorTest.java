package org.schemadiscovery.cli.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the redactor learns password values from URLs and masks them wherever they are quoted")
class RedactorTest {
    @Test
    @DisplayName("user:pw@, ?password=, ;password=, sslpassword= and keyStorePassword= values, raw and URL-decoded")
    void valuesFromUrls() {
        Redactor r = new Redactor();
        r.addSecretsOf("jdbc:mariadb://root:Auth%40One@127.0.0.1:3306/x");
        r.addSecretsOf("jdbc:postgresql://h/db?user=u&password=QueryTwo&sslpassword=SslThree");
        r.addSecretsOf("jdbc:mariadb://h/x;password=SemiFour");
        r.addSecretsOf("jdbc:mariadb://h/x?keyStorePassword=StoreFive");
        assertThat(r.redact("Incorrect port value : Auth@One@127.0.0.1 / Auth%40One")).isEqualTo(
                "Incorrect port value : ***@127.0.0.1 / ***");
        assertThat(r.redactSecrets("QueryTwo SslThree SemiFour StoreFive")).isEqualTo("*** *** *** ***");
        assertThat(r.redactSecrets("nothing secret here")).isEqualTo("nothing secret here");
    }

    @Test
    @DisplayName("the output filter masks a secret written in pieces, and writes an unterminated last line on close")
    void outputFilter() throws IOException {
        Redactor r = new Redactor();
        r.addSecret("S3cretXYZ");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        RedactingOutputStream filter = new RedactingOutputStream(sink, r);
        PrintStream out = new PrintStream(filter, true, StandardCharsets.UTF_8);
        out.print("driver: S3c");
        out.flush();
        out.print("retXYZ@127.0.0.1\nlast S3cretXYZ é");
        out.flush();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("driver: ***@127.0.0.1\n");
        filter.close();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("driver: ***@127.0.0.1\nlast *** é");
    }
}
