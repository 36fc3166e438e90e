package org.schemadiscovery.tck;

/**
 * Identifiers a dialect must read back exactly and quote correctly: quotes of both kinds, spaces, reserved words,
 * statement and name separators, and non-ASCII letters. See {@link DialectFixtures#hostileDdl()}.
 */
public final class HostileNames {
    /** A table name with double and single quotes, spaces, mixed case and a non-ASCII letter. */
    public static final String TABLE = "Tck \"Odd\" Naïve Table's";
    /** A reserved word, used as the primary key column. */
    public static final String KEY = "select";
    /** Mixed case with a space. */
    public static final String MIXED = "Mixed Case";
    /** A statement separator. */
    public static final String SEMI = "semi;colon";
    /** Name separators. */
    public static final String DOTTED = "dot.dash-col";
    /** An index name with quotes and a non-ASCII letter. */
    public static final String INDEX = "Odd \"idx\" ü";
    /** The referencing table. */
    public static final String CHILD = "tck child ß";
    /** The referencing column. */
    public static final String CHILD_REF = "Ref To Odd";
    /** The foreign key's name. */
    public static final String FOREIGN_KEY = "fk \"quoted\"";

    private HostileNames() {
    }
}
