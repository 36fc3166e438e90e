package org.schemadiscovery.core.jdbc;

import java.util.regex.Pattern;

/** JDBC URL helpers: credentials never leave core in a URL. */
public final class Urls {
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@?;:]*):[^@/?;]*@");
    private static final Pattern ORACLE_THIN = Pattern.compile("(?i)(:thin:[^/@:]*)/[^@]*@");
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)([?&;:])(password|passwd|pwd|sslpassword)=[^&;]*");

    private Urls() {
    }

    /**
     * The URL without passwords: drops {@code password=} parameters and the password of {@code user:pass@}.
     *
     * @param url a JDBC URL, or null
     * @return the URL without credentials, or null
     */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String s = USER_INFO.matcher(url).replaceAll("$1@");
        s = ORACLE_THIN.matcher(s).replaceAll("$1@");
        s = PASSWORD_PARAM.matcher(s).replaceAll("$1");
        s = s.replaceAll("\\?&+", "?").replaceAll("&{2,}", "&").replaceAll(";{2,}", ";")
                .replaceAll("[?&;]+$", "");
        return s;
    }

    /** The first line of a throwable's message (or its class name), for one-line exception messages. */
    public static String oneLine(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        m = m.strip();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
