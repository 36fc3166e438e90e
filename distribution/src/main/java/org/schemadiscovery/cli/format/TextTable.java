package org.schemadiscovery.cli.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of cells printed in aligned columns, two spaces apart, without trailing blanks. Not thread-safe. */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a row; null cells print as empty. */
    public TextTable row(String... cells) {
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toArray(String[]::new));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Appends the rows to {@code out}, each line starting with {@code indent}. */
    public void appendTo(StringBuilder out, String indent) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
