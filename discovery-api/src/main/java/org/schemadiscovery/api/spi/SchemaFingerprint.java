package org.schemadiscovery.api.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.schemadiscovery.api.model.TableRef;

/**
 * A cheap digest of the catalog state that discovery would read for one scope, taken in a constant number of
 * statements inside the discovery's own snapshot. Two equal fingerprints mean the discovered model would be equal;
 * data changes (INSERT, UPDATE, DELETE, ANALYZE, VACUUM) never move it.
 *
 * @param digest whole-scope digest: every object kind the model has (tables, views, routines, types, sequences,
 *               schemas, comments, privileges …), not only tables
 * @param rest   digest of everything in scope that belongs to no table (schemas, types, routines, sequences …), or
 *               null when the dialect does not split it out; while it is unchanged, a change is confined to the
 *               tables whose digests moved, and a cache may reread only those
 * @param tables one digest per table (and view or materialized view) in scope, so that a change can be located;
 *               a table missing on one side was added or dropped
 */
public record SchemaFingerprint(String digest, String rest, Map<TableRef, String> tables) {

    public SchemaFingerprint {
        Objects.requireNonNull(digest, "digest");
        tables = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(tables, "tables")));
    }

    /** A fingerprint that does not split out the rest digest: a change anywhere is never located. */
    public SchemaFingerprint(String digest, Map<TableRef, String> tables) {
        this(digest, null, tables);
    }

    /**
     * A fingerprint whose whole digest is a SHA-256 of the rest digest and every table's name and digest, so that it
     * moves whenever one of them does.
     *
     * @param rest   digest of everything in scope that belongs to no table (schemas, types, routines, sequences …)
     * @param tables one digest per table, view and materialized view in scope
     */
    public static SchemaFingerprint of(String rest, Map<TableRef, String> tables) {
        Objects.requireNonNull(rest, "rest");
        MessageDigest sha = sha256();
        update(sha, rest);
        // sorted once: the record's own copy of a sorted map is linear
        TreeMap<TableRef, String> sorted = new TreeMap<>(tables);
        sorted.forEach((table, d) -> {
            update(sha, table.catalog());
            update(sha, table.schema());
            update(sha, table.name());
            update(sha, d);
        });
        return new SchemaFingerprint(HexFormat.of().formatHex(sha.digest()), rest, sorted);
    }

    /** A SHA-256 hex digest of the parts, each length-prefixed so that no two lists of parts collide by joining. */
    public static String sha256(Iterable<String> parts) {
        MessageDigest sha = sha256();
        parts.forEach(p -> update(sha, p));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void update(MessageDigest sha, String part) {
        if (part == null) {
            sha.update("-1:".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        // the length's decimal digits and a colon, as (length + ":") in ASCII, without the string
        byte[] prefix = new byte[11];
        int at = prefix.length;
        prefix[--at] = ':';
        int length = bytes.length;
        do {
            prefix[--at] = (byte) ('0' + length % 10);
            length /= 10;
        } while (length > 0);
        sha.update(prefix, at, prefix.length - at);
        sha.update(bytes);
    }

    /**
     * True when both fingerprints split out their rest digest and it is the same: whatever changed between them is
     * confined to {@link #changedSince the tables whose digests moved}.
     */
    public boolean confinedToTables(SchemaFingerprint previous) {
        return rest != null && rest.equals(previous.rest);
    }

    /** Tables whose digest differs from {@code previous}'s, including tables added or dropped since. */
    public Set<TableRef> changedSince(SchemaFingerprint previous) {
        // both maps are sorted by table: one walk through the two, without a lookup per table
        Set<TableRef> changed = new HashSet<>();
        Iterator<Map.Entry<TableRef, String>> now = tables.entrySet().iterator();
        Iterator<Map.Entry<TableRef, String>> before = previous.tables.entrySet().iterator();
        Map.Entry<TableRef, String> a = now.hasNext() ? now.next() : null;
        Map.Entry<TableRef, String> b = before.hasNext() ? before.next() : null;
        while (a != null || b != null) {
            int order = a == null ? 1 : b == null ? -1 : a.getKey().compareTo(b.getKey());
            if (order <= 0 && (order < 0 || !a.getValue().equals(b.getValue()))) {
                changed.add(a.getKey());
            } else if (order > 0) {
                changed.add(b.getKey());
            }
            if (order <= 0) {
                a = now.hasNext() ? now.next() : null;
            }
            if (order >= 0) {
                b = before.hasNext() ? before.next() : null;
            }
        }
        return Set.copyOf(changed);
    }
}
