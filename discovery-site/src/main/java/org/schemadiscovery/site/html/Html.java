package org.schemadiscovery.site.html;

/** An HTML fragment builder whose only way to add untrusted text is escaped. */
public final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    /** Escapes text for element content and double-quoted attribute values (HTML and SVG). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> (c < 0x20 && c != '\n' && c != '\t' && c != '\r') ? "\uFFFD" : null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Trusted markup written by this module (tags, fixed attribute names). */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Untrusted text, escaped. */
    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag>text</tag>} with the text escaped. */
    public Html element(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag + ">");
    }

    /** A link: {@code <a href="href">text</a>}, both escaped. */
    public Html link(String href, String text) {
        return raw("<a href=\"").text(href).raw("\">").text(text).raw("</a>");
    }

    /** A table cell holding escaped text. */
    public Html cell(String text) {
        return element("td", text);
    }

    /** A table header row. */
    public Html headerRow(String... headers) {
        raw("<thead><tr>");
        for (String h : headers) {
            raw("<th scope=\"col\">").text(h).raw("</th>");
        }
        return raw("</tr></thead>");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
