package org.schemadiscovery.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * The search index as JavaScript files, since Chromium blocks {@code fetch} from {@code file://} but loads
 * {@code <script>} files: a manifest naming the shards, and shards of at most N entries each calling
 * {@code sdSearchAdd([[kind, name, context, url, comment], ...])}.
 */
public final class SearchIndex {
    /** One searchable object; url relative to the site root. */
    record Entry(String kind, String name, String context, String url, String comment) {
    }

    private final SiteMap map;

    public SearchIndex(SiteMap map) {
        this.map = map;
    }

    List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (TableInfo t : map.schema().tables()) {
            String url = map.tablePath(t.ref());
            out.add(new Entry("table", t.ref().name(), SiteMap.schemaOf(t.ref()), url, t.comment()));
            for (ColumnInfo c : t.columns()) {
                out.add(new Entry("column", c.name(), t.ref().displayName() + " · " + c.type().declared(),
                        url + "#col-" + TablePage.anchor(c.name()), c.comment()));
            }
        }
        for (ViewInfo v : map.schema().views()) {
            String url = map.viewPath(v.ref());
            out.add(new Entry(v.materialized() ? "materialized view" : "view", v.ref().name(),
                    SiteMap.schemaOf(v.ref()), url, v.comment()));
            for (ColumnInfo c : v.columns()) {
                out.add(new Entry("column", c.name(), v.ref().displayName() + " · " + c.type().declared(),
                        url + "#col-" + TablePage.anchor(c.name()), c.comment()));
            }
        }
        for (RoutineInfo r : map.schema().routines()) {
            out.add(new Entry(r.kind().name().toLowerCase(java.util.Locale.ROOT), r.ref().name(), r.signature(),
                    map.path(r), null));
        }
        return out;
    }

    /** The shard files' contents, in order; their names are {@code search/index-<i>.js}. */
    public List<String> shards(int shardSize) {
        List<Entry> entries = entries();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += shardSize) {
            StringBuilder sb = new StringBuilder("sdSearchAdd([\n");
            for (int j = i; j < Math.min(entries.size(), i + shardSize); j++) {
                Entry e = entries.get(j);
                sb.append(j == i ? "[" : ",[").append(js(e.kind())).append(',').append(js(e.name())).append(',')
                        .append(js(e.context())).append(',').append(js(e.url())).append(',').append(js(e.comment()))
                        .append("]\n");
            }
            out.add(sb.append("]);\n").toString());
        }
        return out;
    }

    /** The manifest script: the shard file names. */
    public static String manifest(int shards) {
        StringBuilder sb = new StringBuilder("window.SD_SEARCH_SHARDS = [");
        for (int i = 0; i < shards; i++) {
            sb.append(i == 0 ? "" : ",").append(js("search/index-" + i + ".js"));
        }
        return sb.append("];\n").toString();
    }

    /** A JavaScript string literal; {@code <}, {@code >} and line separators escaped too. */
    static String js(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
