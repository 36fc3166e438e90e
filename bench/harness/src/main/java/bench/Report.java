package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Turns the records bench/run collected into markdown: one table per size with times, ratios, costs and object
 * counts (a count that differs from ours is flagged, with the likely reason when a category of our model explains
 * it exactly), then the growth of each tool's time with N and its log-log slope.
 * Usage: {@code Report RAW_FILE DIALECT}.
 */
public final class Report {
    static final String[] FIELDS = {"tables", "columns", "indexes", "constraints", "fks", "views"};
    /** Records bench/run reports in a section of their own (cold rounds, the snapshot cache), not as tool rows. */
    static final java.util.Set<String> OWN_SECTION = java.util.Set.of("cold-pairs", "cold-round", "cache");

    static final String[] TOOL_ORDER = {"ours-warm", "ours-cold", "pg_dump", "sqlite3", "schemacrawler", "jooq-meta",
        "liquibase", "catalog"};

    /** A category of our model that, missing from or added to a peer's count, explains a difference. */
    record Reason(String category, int sign, String text) {
    }

    static final Map<String, List<Reason>> REASONS = Map.of(
            "tables", List.of(
                    new Reason("cat_views_plain", 1, "lists views as tables"),
                    new Reason("cat_views_materialized", 1, "lists materialized views as tables"),
                    new Reason("cat_tables_partition", -1, "does not list partitions"),
                    new Reason("cat_tables_partitioned", -1, "does not list partitioned tables")),
            "columns", List.of(
                    new Reason("cat_col_view", 1, "counts view columns as table columns"),
                    new Reason("cat_col_materialized_view", 1, "counts materialized-view columns as table columns"),
                    new Reason("cat_col_partition", -1, "does not read partitions' columns"),
                    new Reason("cat_col_partitioned", -1, "does not read partitioned tables' columns"),
                    new Reason("cat_col_generated", -1, "does not report generated columns"),
                    new Reason("cat_col_hidden", -1, "does not report hidden columns"),
                    new Reason("cat_idx_expression", 1, "counts expression-index keys as columns")),
            "indexes", List.of(
                    new Reason("cat_idx_expression", -1, "skips expression indexes"),
                    new Reason("cat_idx_partial", -1, "skips partial indexes"),
                    new Reason("cat_idx_primary_key", -1, "skips primary-key indexes"),
                    new Reason("cat_idx_covering", -1, "skips covering (INCLUDE) indexes"),
                    new Reason("cat_idx_materialized_view", -1, "skips materialized-view indexes"),
                    new Reason("cat_idx_on_partitions", -1, "skips partitions' indexes"),
                    new Reason("cat_idx_on_partitioned", -1, "skips partitioned tables' indexes"),
                    new Reason("cat_idx_constraint", -1, "skips constraint-backed indexes"),
                    new Reason("cat_idx_unique", -1, "skips unique indexes")),
            "constraints", List.of(
                    new Reason("cat_con_check", -1, "does not count CHECK constraints"),
                    new Reason("cat_con_unique", -1, "does not count UNIQUE constraints"),
                    new Reason("cat_con_primary_key", -1, "does not count primary keys"),
                    new Reason("cat_con_foreign_key", -1, "does not count foreign keys")),
            "fks", List.of(),
            "views", List.of(
                    new Reason("cat_views_materialized", -1, "skips materialized views"),
                    new Reason("cat_views_plain", -1, "skips plain views")));

    /**
     * What each peer is known to read differently, found by listing the objects it returns on the shared workload
     * (bench/README.md). A known reason is checked against the numbers: it must add up to the difference exactly.
     */
    record Known(String tool, String dialect, String field, List<String> categories) {
    }

    static final List<Known> KNOWN = List.of(
            new Known("schemacrawler", "postgresql", "tables", List.of("cat_views_plain", "cat_tables_partitioned")),
            new Known("schemacrawler", "postgresql", "columns", List.of("cat_col_view", "cat_col_partitioned")),
            new Known("schemacrawler", "postgresql", "indexes",
                    List.of("cat_idx_materialized_view", "cat_idx_on_partitioned")),
            new Known("schemacrawler", "sqlite", "tables", List.of("cat_views_plain")),
            new Known("schemacrawler", "sqlite", "columns", List.of("cat_col_view")),
            new Known("schemacrawler", "sqlite", "indexes", List.of("cat_idx_expression")),
            new Known("jooq-meta", "postgresql", "tables", List.of("cat_views_plain", "cat_views_materialized")),
            new Known("jooq-meta", "postgresql", "columns", List.of("cat_col_view", "cat_col_materialized_view")),
            new Known("jooq-meta", "postgresql", "indexes",
                    List.of("cat_idx_primary_key", "cat_idx_expression", "cat_idx_covering")),
            new Known("jooq-meta", "sqlite", "tables", List.of("cat_views_plain")),
            new Known("jooq-meta", "sqlite", "columns", List.of("cat_col_view")),
            new Known("jooq-meta", "sqlite", "indexes", List.of("cat_idx_expression", "cat_idx_constraint")),
            new Known("liquibase", "postgresql", "columns", List.of("cat_col_view", "cat_idx_expression")),
            new Known("liquibase", "postgresql", "indexes", List.of("cat_idx_materialized_view")));

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Report RAW_FILE DIALECT");
            System.exit(1);
        }
        List<Sample> records = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                records.add(Sample.parse(line));
            }
        }
        System.out.print(render(records, args[1]));
    }

    static String render(List<Sample> all, String dialect) {
        List<Sample> records = all.stream().filter(r -> dialect.equals(r.get("dialect"))).toList();
        TreeSet<Long> sizes = new TreeSet<>();
        records.forEach(r -> r.longValue("n").ifPresent(sizes::add));
        StringBuilder out = new StringBuilder();
        for (long n : sizes) {
            out.append(sizeTable(records.stream().filter(r -> r.longValue("n").orElse(-1) == n).toList(), n));
        }
        out.append(growth(records, sizes));
        out.append(targets(records, dialect));
        return out.toString();
    }

    /** The performance targets of the dialect issues, checked against this run (cold vs cold = process times). */
    static String targets(List<Sample> records, String dialect) {
        List<String[]> rows = new ArrayList<>();
        if (dialect.equals("postgresql")) {
            rows.add(against(records, 5000, "ours-warm", "pg_dump", 0.5,
                    "bench5000: ours warm ≤ 0.5 × pg_dump -s wall"));
            rows.add(paired(records, 5000, "ours_over_dump", 1.0,
                    "bench5000: ours cold ≤ 1.0 × pg_dump -s wall (alternating rounds)"));
            rows.add(paired(records, 5000, "cached_over_ours", 0.5,
                    "bench5000: ours cold with --cache DIR, unchanged ≤ 0.5 × ours cold (alternating rounds)"));
            rows.add(cache(records, 5000, "hit_ratio", 0.10, "bench5000: unchanged, warm: cache hit ≤ 10 % of a full"
                    + " warm discovery"));
            rows.add(cache(records, 5000, "altered_ratio", 0.15, "bench5000: one table altered, warm ≤ 15 % of a full"
                    + " warm discovery"));
            rows.add(heapTarget(records, 5000));
            rows.add(faster(records, 1000, "schemacrawler", 20, "bench1000: cold vs cold ≥ 20× faster than SchemaCrawler"));
            rows.add(faster(records, 5000, "jooq-meta", 10, "bench5000: cold vs cold ≥ 10× faster than jOOQ-meta"));
        } else {
            Sample warm = find(records, 5000, "ours-warm");
            Sample cache = ok(find(records, 5000, "cache"));
            rows.add(new String[] {"5000 tables: unchanged, warm: cache hit ≤ 20 ms", cache == null
                    ? "not measured (size 5000)" : cache.get("hit_ms") + " ms (" + cache.get("hit_statements")
                    + " statements)", cache == null ? "–" : yesNo(cache.doubleValue("hit_ms").orElse(1e9) <= 20)});
            rows.add(cache(records, 5000, "altered_ratio", 0.15, "5000 tables: one table altered, warm ≤ 15 % of a"
                    + " full warm discovery"));
            rows.add(paired(records, 5000, "cached_over_ours", 0.5,
                    "5000 tables: ours cold with --cache DIR, unchanged ≤ 0.5 × ours cold (alternating rounds)"));
            rows.add(new String[] {"5000 tables: ours warm ≤ 0.5 s", warm == null ? "not measured (size 5000)"
                    : wall(warm), warm == null ? "–" : yesNo(warm.doubleValue("wall_ms").orElse(1e9) <= 500)});
            List<double[]> points = new ArrayList<>();
            records.stream().filter(r -> "ours-warm".equals(r.get("tool")) && ok(r) != null)
                    .forEach(r -> points.add(new double[] {r.longValue("n").getAsLong(),
                        r.doubleValue("wall_ms").getAsDouble()}));
            points.sort((a, b) -> Double.compare(a[0], b[0]));
            OptionalDouble slope = slope(points);
            String range = points.isEmpty() ? "" : " (N " + (long) points.get(0)[0] + " → "
                    + (long) points.get(points.size() - 1)[0] + ")";
            rows.add(new String[] {"growth 100 → 20000: ours warm log-log slope ≤ 1.1",
                slope.isPresent() ? String.format(Locale.ROOT, "%.2f", slope.getAsDouble()) + range : "not measured",
                slope.isPresent() ? yesNo(slope.getAsDouble() <= 1.1)
                        + (points.get(points.size() - 1)[0] < 20000 ? " (partial range)" : "") : "–"});
            for (long n : new long[] {200, 500}) {
                for (String peer : new String[] {"schemacrawler", "jooq-meta"}) {
                    rows.add(faster(records, n, peer, 20, n + " tables: cold vs cold ≥ 20× faster than " + peer));
                }
            }
        }
        if (rows.stream().allMatch(r -> r[2].equals("–"))) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n### Targets of the dialect issues\n\n| target | measured | met |\n|---|---|---|\n");
        rows.forEach(r -> sb.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n"));
        sb.append("\nCold vs cold: the peer's whole process time divided by our CLI's whole process time.\n");
        return sb.toString();
    }

    private static String[] against(List<Sample> records, long n, String ours, String ref, double max, String label) {
        Sample a = ok(find(records, n, ours));
        Sample b = ok(find(records, n, ref));
        if (a == null || b == null) {
            return new String[] {label, "not measured (size " + n + ")", "–"};
        }
        double f = a.doubleValue("wall_ms").getAsDouble() / b.doubleValue("wall_ms").getAsDouble();
        return new String[] {label, String.format(Locale.ROOT, "%s / %s = %.2f×", time(a.doubleValue("wall_ms")
                .getAsDouble()), time(b.doubleValue("wall_ms").getAsDouble()), f), yesNo(f <= max)};
    }

    /** A target on a median of alternating cold rounds: {@code median(min-max)} in the cold-pairs record. */
    static String[] paired(List<Sample> records, long n, String field, double max, String label) {
        Sample pairs = ok(find(records, n, "cold-pairs"));
        String value = pairs == null ? null : pairs.get(field);
        if (value == null) {
            return new String[] {label, "not measured (size " + n + ")", "–"};
        }
        double median = Double.parseDouble(value.replaceFirst("\\(.*", ""));
        return new String[] {label, value.replace("(", "× (") + ", " + pairs.get("pairs") + " rounds",
                yesNo(median <= max)};
    }

    /** A target on bench.CacheBench's record: a ratio to the full warm discovery. */
    static String[] cache(List<Sample> records, long n, String field, double max, String label) {
        Sample c = ok(find(records, n, "cache"));
        if (c == null || c.doubleValue(field).isEmpty()) {
            return new String[] {label, "not measured (size " + n + ")", "–"};
        }
        String what = field.startsWith("hit") ? "hit" : "altered";
        double ratio = c.doubleValue(field).getAsDouble();
        return new String[] {label, String.format(Locale.ROOT, "%s ms / %s ms = %.1f %% (%s statements%s)",
                c.get(what + "_ms"), c.get("full_ms"), ratio * 100, c.get(what + "_statements"),
                c.get(what + "_outcomes") == null ? "" : "; " + c.get(what + "_outcomes")), yesNo(ratio <= max)};
    }

    private static String[] heapTarget(List<Sample> records, long n) {
        String label = "bench5000: completes with -Xmx256m";
        Sample warm = find(records, n, "ours-warm");
        if (warm == null) {
            return new String[] {label, "not measured (size " + n + ")", "–"};
        }
        String xmx = warm.get("xmx", "none");
        if (xmx.equalsIgnoreCase("256m")) {
            return new String[] {label, "ran with -Xmx256m: " + warm.get("status"), yesNo(ok(warm) != null)};
        }
        return new String[] {label, "peak heap " + warm.get("heap_mb", "?") + " MB without a limit (run with "
                + "--xmx 256m to check)", "–"};
    }

    private static String[] faster(List<Sample> records, long n, String peer, double min, String label) {
        Sample cold = ok(find(records, n, "ours-cold"));
        Sample p = find(records, n, peer);
        if (cold == null || p == null) {
            return new String[] {label, "not measured (size " + n + ")", "–"};
        }
        double ours = cold.doubleValue("wall_ms").getAsDouble();
        if ("capped".equals(p.get("status"))) {
            double f = p.doubleValue("cap_s").orElse(0) * 1000 / ours;
            return new String[] {label, "> " + factor(f) + " (peer capped)", f >= min ? "yes" : "unknown"};
        }
        if (ok(p) == null || p.doubleValue("process_ms").isEmpty()) {
            return new String[] {label, "peer " + p.get("status"), "–"};
        }
        double f = p.doubleValue("process_ms").getAsDouble() / ours;
        return new String[] {label, time(p.doubleValue("process_ms").getAsDouble()) + " / " + time(ours) + " = "
                + factor(f), yesNo(f >= min)};
    }

    private static Sample find(List<Sample> records, long n, String tool) {
        return records.stream().filter(r -> tool.equals(r.get("tool")) && r.longValue("n").orElse(-1) == n)
                .reduce((a, b) -> b).orElse(null);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "**no**";
    }

    static String sizeTable(List<Sample> rows, long n) {
        Map<String, Sample> byTool = new LinkedHashMap<>();
        for (String tool : TOOL_ORDER) {
            rows.stream().filter(r -> tool.equals(r.get("tool"))).reduce((a, b) -> b)
                    .ifPresent(r -> byTool.put(tool, r));
        }
        rows.stream().filter(r -> !byTool.containsKey(r.get("tool")) && !OWN_SECTION.contains(r.get("tool")))
                .forEach(r -> byTool.put(r.get("tool"), r));
        Sample warm = ok(byTool.get("ours-warm"));
        Sample cold = ok(byTool.get("ours-cold"));
        Sample ours = warm != null ? warm : cold;
        StringBuilder sb = new StringBuilder();
        sb.append("### N = ").append(n).append("\n\n");
        sb.append("| tool | wall time | ÷ our warm | ÷ our cold | statements | rows read | peak heap MB | peak RSS MB ")
                .append("| tables | columns | indexes | constraints | FKs | views |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> notes = new ArrayList<>();
        for (Sample r : byTool.values()) {
            String tool = r.get("tool");
            boolean counted = "ok".equals(r.get("status"));
            sb.append("| ").append(label(tool)).append(" | ").append(wall(r)).append(" | ")
                    .append(ratio(r, warm)).append(" | ").append(ratio(r, cold)).append(" | ")
                    .append(num(r, "statements")).append(" | ").append(num(r, "rows")).append(" | ")
                    .append(num(r, "heap_mb")).append(" | ").append(num(r, "rss_mb"));
            for (String f : FIELDS) {
                sb.append(" | ");
                OptionalLong v = counted ? r.longValue(f) : OptionalLong.empty();
                if (v.isEmpty()) {
                    sb.append('–');
                    continue;
                }
                sb.append(v.getAsLong());
                if (ours != null && r != ours && !tool.startsWith("ours") && ours.longValue(f).isPresent()
                        && ours.longValue(f).getAsLong() != v.getAsLong()) {
                    sb.append(" ≠");
                    notes.add(label(tool) + ", " + f + ": " + v.getAsLong() + " vs our " + ours.longValue(f).getAsLong()
                            + " — " + explain(f, v.getAsLong() - ours.longValue(f).getAsLong(), ours, tool,
                            r.get("dialect", ""), byTool.get("catalog")));
                }
            }
            sb.append(" |\n");
            if (r.has("note")) {
                notes.add(label(tool) + ": " + r.get("note"));
            }
        }
        if (!notes.isEmpty()) {
            sb.append('\n');
            notes.forEach(note -> sb.append("- ").append(note).append('\n'));
        }
        sb.append('\n');
        return sb.toString();
    }

    static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("cat_views_plain", "views"), Map.entry("cat_views_materialized", "materialized views"),
            Map.entry("cat_tables_partition", "partitions"), Map.entry("cat_tables_partitioned", "partitioned tables"),
            Map.entry("cat_col_view", "view columns"),
            Map.entry("cat_col_materialized_view", "materialized-view columns"),
            Map.entry("cat_col_partition", "partitions' columns"),
            Map.entry("cat_col_partitioned", "partitioned tables' columns"), Map.entry("cat_col_generated", "generated columns"),
            Map.entry("cat_col_hidden", "hidden columns"), Map.entry("cat_idx_expression", "expression indexes"),
            Map.entry("cat_idx_partial", "partial indexes"), Map.entry("cat_idx_primary_key", "primary-key indexes"),
            Map.entry("cat_idx_covering", "covering indexes"),
            Map.entry("cat_idx_materialized_view", "materialized-view indexes"),
            Map.entry("cat_idx_on_partitions", "partitions' indexes"),
            Map.entry("cat_idx_on_partitioned", "partitioned tables' indexes"),
            Map.entry("cat_idx_constraint", "constraint-backed indexes"), Map.entry("cat_idx_unique", "unique indexes"),
            Map.entry("cat_con_check", "CHECK constraints"), Map.entry("cat_con_unique", "UNIQUE constraints"),
            Map.entry("cat_con_primary_key", "primary keys"), Map.entry("cat_con_foreign_key", "foreign keys"));

    static boolean isReference(String tool) {
        return "catalog".equals(tool) || "pg_dump".equals(tool) || "sqlite3".equals(tool);
    }

    /**
     * Why a count differs from ours. For a peer: the smallest set of our categories whose sizes add up to exactly the
     * difference. For a reference (catalog, pg_dump, sqlite3): the categories where the catalog and we disagree.
     */
    static String explain(String field, long diff, Sample ours, String tool, String dialect, Sample catalog) {
        if (isReference(tool)) {
            List<String> parts = new ArrayList<>();
            if (catalog != null) {
                for (Reason c : REASONS.getOrDefault(field, List.of())) {
                    OptionalLong theirs = catalog.longValue(c.category());
                    OptionalLong mine = ours.longValue(c.category());
                    if (theirs.isPresent() && mine.isPresent() && theirs.getAsLong() != mine.getAsLong()
                            && parts.stream().noneMatch(x -> x.startsWith(NOUNS.get(c.category()) + ":"))) {
                        parts.add(NOUNS.get(c.category()) + ": " + theirs.getAsLong() + " in the catalog, "
                                + mine.getAsLong() + " ours");
                    }
                }
            }
            return "ours differs from the reference (" + signed(diff) + ")"
                    + (parts.isEmpty() ? "" : " — " + String.join("; ", parts));
        }
        String knownText = known(tool, dialect, field, diff, ours);
        if (knownText != null) {
            return knownText;
        }
        List<Reason> candidates = REASONS.getOrDefault(field, List.of()).stream()
                .filter(c -> ours.longValue(c.category()).orElse(0) > 0).toList();
        List<List<Reason>> best = new ArrayList<>();
        int k = candidates.size();
        for (int mask = 1; mask < (1 << k); mask++) {
            long sum = 0;
            List<Reason> picked = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if ((mask & (1 << i)) != 0) {
                    sum += candidates.get(i).sign() * ours.longValue(candidates.get(i).category()).getAsLong();
                    picked.add(candidates.get(i));
                }
            }
            if (sum == diff) {
                if (!best.isEmpty() && picked.size() < best.get(0).size()) {
                    best.clear();
                }
                if (best.isEmpty() || picked.size() == best.get(0).size()) {
                    best.add(picked);
                }
            }
        }
        if (best.isEmpty()) {
            return "the peer counts differently; no category of ours accounts for " + signed(diff);
        }
        List<String> options = best.stream().map(set -> reasons(set, ours)).toList();
        return (options.size() == 1 ? "inferred, not checked: the peer " : "inferred, ambiguous: the peer ")
                + String.join("; or ", options) + " — adds up to the difference";
    }

    private static String known(String tool, String dialect, String field, long diff, Sample ours) {
        Known known = KNOWN.stream().filter(x -> x.tool().equals(tool) && x.dialect().equals(dialect)
                && x.field().equals(field)).findFirst().orElse(null);
        if (known == null) {
            return null;
        }
        List<Reason> reasons = known.categories().stream()
                .map(cat -> REASONS.get(field).stream().filter(r -> r.category().equals(cat)).findFirst().orElseThrow())
                .toList();
        long sum = reasons.stream().mapToLong(r -> r.sign() * ours.longValue(r.category()).orElse(0)).sum();
        if (sum == diff) {
            return "the peer " + reasons(reasons, ours) + " — known, and it adds up to the difference exactly";
        }
        return "the peer " + reasons(reasons, ours) + " (known, " + signed(sum) + "), which leaves "
                + signed(diff - sum) + " unexplained";
    }

    private static String reasons(List<Reason> set, Sample ours) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < set.size(); i++) {
            Reason c = set.get(i);
            sb.append(i == 0 ? "" : " and ").append(c.text()).append(" (")
                    .append(ours.longValue(c.category()).orElse(0)).append(')');
        }
        return sb.toString();
    }

    static String growth(List<Sample> records, TreeSet<Long> sizes) {
        StringBuilder sb = new StringBuilder("### Growth: wall time against N\n\n| tool |");
        sizes.forEach(n -> sb.append(" N=").append(n).append(" |"));
        sb.append(" slope (log-log fit) |\n|---|");
        sizes.forEach(n -> sb.append("---:|"));
        sb.append("---:|\n");
        for (String tool : TOOL_ORDER) {
            if (tool.equals("catalog") || records.stream().noneMatch(r -> tool.equals(r.get("tool")))) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            sb.append("| ").append(label(tool)).append(" |");
            for (long n : sizes) {
                Sample r = records.stream().filter(x -> tool.equals(x.get("tool")) && x.longValue("n").orElse(-1) == n)
                        .reduce((a, b) -> b).orElse(null);
                sb.append(' ').append(r == null ? "–" : wall(r).replace(" (", "<br>(")).append(" |");
                if (ok(r) != null && r.doubleValue("wall_ms").isPresent()) {
                    points.add(new double[] {n, r.doubleValue("wall_ms").getAsDouble()});
                }
            }
            OptionalDouble slope = slope(points);
            sb.append(' ').append(slope.isPresent() ? String.format(Locale.ROOT, "%.2f", slope.getAsDouble()) : "–")
                    .append(" |\n");
        }
        sb.append("\nSlope: least-squares fit of ln(time) on ln(N) over the sizes that finished; 1 = linear, 2 = "
                + "quadratic. At small N a fixed start-up cost flattens it.\n");
        return sb.toString();
    }

    static OptionalDouble slope(List<double[]> points) {
        if (points.size() < 2) {
            return OptionalDouble.empty();
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (double[] p : points) {
            double x = Math.log(p[0]), y = Math.log(Math.max(p[1], 0.01));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        int k = points.size();
        double den = k * sxx - sx * sx;
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((k * sxy - sx * sy) / den);
    }

    private static Sample ok(Sample r) {
        return r != null && "ok".equals(r.get("status")) ? r : null;
    }

    static String label(String tool) {
        return switch (tool) {
            case "ours-warm" -> "**ours, warm** (median of runs, min–max)";
            case "ours-cold" -> "**ours, cold** (CLI process)";
            case "pg_dump" -> "pg_dump -s";
            case "sqlite3" -> "sqlite3 .schema";
            case "catalog" -> "catalog count query (reference)";
            default -> Objects.requireNonNullElse(tool, "?");
        };
    }

    static String wall(Sample r) {
        String status = r.get("status", "?");
        switch (status) {
            case "ok" -> { }
            case "capped" -> {
                return "> " + r.get("cap_s", "?") + " s (cap)";
            }
            default -> {
                return status;
            }
        }
        OptionalDouble ms = r.doubleValue("wall_ms");
        if (ms.isEmpty()) {
            return "–";
        }
        String s = time(ms.getAsDouble());
        if (r.has("min_ms") && r.has("max_ms")) {
            s += " (" + time(r.doubleValue("min_ms").orElse(0)) + "–" + time(r.doubleValue("max_ms").orElse(0)) + ")";
        } else if (r.has("process_ms")) {
            s += " (process " + time(r.doubleValue("process_ms").orElse(0)) + ")";
        } else if (r.has("discover_ms")) {
            s += " (discovery " + time(r.doubleValue("discover_ms").orElse(0)) + ")";
        }
        return s;
    }

    static String time(double ms) {
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }

    static String ratio(Sample r, Sample base) {
        if (base == null || r == base || base.doubleValue("wall_ms").orElse(0) <= 0) {
            return "–";
        }
        double b = base.doubleValue("wall_ms").getAsDouble();
        if ("capped".equals(r.get("status")) && r.doubleValue("cap_s").isPresent()) {
            return "> " + factor(r.doubleValue("cap_s").getAsDouble() * 1000 / b);
        }
        if (!"ok".equals(r.get("status")) || r.doubleValue("wall_ms").isEmpty()) {
            return "–";
        }
        return factor(r.doubleValue("wall_ms").getAsDouble() / b);
    }

    static String factor(double f) {
        if (f >= 10) {
            return String.format(Locale.ROOT, "%.0f×", f);
        }
        return String.format(Locale.ROOT, f >= 0.1 ? "%.2f×" : "%.3f×", f);
    }

    private static String num(Sample r, String key) {
        return r.longValue(key).isPresent() ? Long.toString(r.longValue(key).getAsLong()) : "–";
    }

    private static String signed(long v) {
        return v > 0 ? "+" + v : Long.toString(v);
    }
}
