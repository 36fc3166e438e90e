package org.schemadiscovery.cli.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A GET with java.base only (tests run patched into the CLI module, which does not read java.net.http).
 *
 * @param status      HTTP status
 * @param contentType the Content-Type header
 * @param body        the body as UTF-8
 */
public record HttpGet(int status, String contentType, String body) {
    /** GETs the URL. */
    public static HttpGet of(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(5000);
        try (InputStream in = c.getInputStream()) {
            return new HttpGet(c.getResponseCode(), c.getContentType(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            c.disconnect();
        }
    }
}
