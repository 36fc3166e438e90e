package org.schemadiscovery.cli.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of everything the CLI prints: the password values it was given or found in a URL (drivers echo
 * them in their own messages, e.g. {@code Incorrect port value : <password>@host}), {@code password=} style URL
 * parameters and the password part of {@code user:password@host}. One per run; safe to use from several threads
 * (drivers and loggers write from their own).
 */
public final class Redactor {
    /** What replaces a secret. */
    public static final String MASK = "***";
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@?;:\\s]*):[^@/?;\\s]*@");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("//[^/@?;:\\s]*:([^@/?;\\s]+)@");
    /** password, sslpassword, keyStorePassword, trustStorePassword, passwd, pwd and alike. */
    private static final String PASSWORD_KEYS = "(?:[a-z]*(?:password|passwd)|pwd)";
    private static final Pattern PASSWORD_PARAM = Pattern.compile(
            "(?i)([?&;:]\\s*" + PASSWORD_KEYS + "\\s*=)[^&;\\s]*");
    private static final Pattern PASSWORD_PARAM_VALUE = Pattern.compile(
            "(?i)[?&;:]\\s*" + PASSWORD_KEYS + "\\s*=([^&;\\s]+)");

    private final List<String> secrets = new CopyOnWriteArrayList<>();

    /** Remembers a secret value to mask wherever it appears. */
    public void addSecret(String secret) {
        if (secret != null && !secret.isEmpty() && !secrets.contains(secret)) {
            secrets.add(secret);
            // Longest first, so a secret that contains another is masked whole.
            secrets.sort(Comparator.comparingInt(String::length).reversed());
        }
    }

    /**
     * Remembers the password values a JDBC URL carries ({@code user:password@}, {@code password=},
     * {@code sslpassword=} and alike), as written and URL-decoded, so that they are masked even where a driver
     * quotes them out of context.
     */
    public void addSecretsOf(String url) {
        if (url == null) {
            return;
        }
        for (Pattern p : List.of(USER_INFO_PASSWORD, PASSWORD_PARAM_VALUE)) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                String value = m.group(1);
                addSecret(value);
                addSecret(decoded(value));
            }
        }
    }

    /** True when a secret value is known, so output must be filtered. */
    public boolean hasSecrets() {
        return !secrets.isEmpty();
    }

    /** The text with every known secret and URL password masked; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String s = redactSecrets(text);
        s = USER_INFO.matcher(s).replaceAll("$1:" + MASK + "@");
        return PASSWORD_PARAM.matcher(s).replaceAll("$1" + MASK);
    }

    /** The text with every known secret value masked (cheap enough for every line of output). */
    public String redactSecrets(String text) {
        String s = text;
        for (String secret : secrets) {
            if (s.contains(secret)) {
                s = s.replace(secret, MASK);
            }
        }
        return s;
    }

    private static String decoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }
}
