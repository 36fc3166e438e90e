package org.schemadiscovery.cli.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of everything the CLI prints: the password values it was given, {@code password=} style URL
 * parameters and the password part of {@code user:password@host}. Not thread-safe; one per run.
 */
public final class Redactor {
    /** What replaces a secret. */
    public static final String MASK = "***";
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@?;:\\s]*):[^@/?;\\s]*@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile(
            "(?i)([?&;:]\\s*(?:password|passwd|pwd|sslpassword|sslkeypassword)\\s*=)[^&;\\s]*");

    private final List<String> secrets = new ArrayList<>();

    /** Remembers a secret value to mask wherever it appears. */
    public void addSecret(String secret) {
        if (secret != null && !secret.isEmpty()) {
            secrets.add(secret);
        }
    }

    /** The text with every known secret and URL password masked; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String s = text;
        for (String secret : secrets) {
            s = s.replace(secret, MASK);
        }
        s = USER_INFO.matcher(s).replaceAll("$1:" + MASK + "@");
        return PASSWORD_PARAM.matcher(s).replaceAll("$1" + MASK);
    }
}
