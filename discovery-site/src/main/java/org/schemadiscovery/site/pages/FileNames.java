package org.schemadiscovery.site.pages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File names for objects: a lower-case ASCII slug for people plus a hash of the exact identifier, so names that
 * differ only in case ({@code Users}, {@code users}) or in characters the slug drops still get distinct files, also on
 * case-insensitive file systems. Names are assigned in call order; a (vanishingly rare) clash gets a counter.
 */
public final class FileNames {
    private static final int SLUG_LENGTH = 48;
    private final Map<String, String> byKey = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** The relative path of the object with this exact key, e.g. {@code tables/public.users-1a2b3c4d.html}. */
    public String path(String folder, String key, String label) {
        String full = folder + "\u0000" + key;
        String known = byKey.get(full);
        if (known != null) {
            return known;
        }
        String base = folder + "/" + slug(label) + "-" + hash(full);
        String candidate = base + ".html";
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = base + "-" + i + ".html";
        }
        byKey.put(full, candidate);
        return candidate;
    }

    static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ascii.length() && sb.length() < SLUG_LENGTH; i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.') {
                sb.append(c);
            } else if (c < 0x80 && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        String s = sb.toString().replaceAll("^[.-]+|[.-]+$", "");
        return s.isEmpty() ? "x" : s;
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                sb.append(String.format("%02x", d[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
