package bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final Sample OURS = Sample.parse("dialect=postgresql n=1000 tool=ours-warm status=ok wall_ms=50 "
            + "min_ms=45 max_ms=60 tables=1030 columns=12086 indexes=5050 constraints=4026 views=120 fks=996 "
            + "cat_views_plain=100 cat_views_materialized=20 cat_idx_expression=1000 cat_idx_partial=1000 "
            + "cat_idx_primary_key=1030 cat_idx_materialized_view=20 cat_idx_covering=1000");

    @Test
    @DisplayName("records: note= runs to the end of the line, other values have no spaces")
    void recordRoundTrip() {
        Sample r = Sample.parse("tool=pg_dump status=failed wall_ms=12 note=out of shared memory: x=y");
        assertThat(r.get("note")).isEqualTo("out of shared memory: x=y");
        assertThat(r.longValue("wall_ms")).hasValue(12);
        assertThat(new Sample().put("a", "b c").put("note", "n o").toString()).isEqualTo("a=b_c note=n o");
    }

    @Test
    @DisplayName("explain: a peer's known behaviour is checked against the numbers; otherwise it is inferred")
    void explain() {
        assertThat(Report.explain("tables", 120, OURS, "jooq-meta", "postgresql", null))
                .isEqualTo("the peer lists views as tables (100) and lists materialized views as tables (20)"
                        + " — known, and it adds up to the difference exactly");
        assertThat(Report.explain("indexes", -3030, OURS, "jooq-meta", "postgresql", null))
                .isEqualTo("the peer skips primary-key indexes (1030) and skips expression indexes (1000) and skips "
                        + "covering (INCLUDE) indexes (1000) — known, and it adds up to the difference exactly");
        assertThat(Report.explain("indexes", -3000, OURS, "jooq-meta", "postgresql", null))
                .isEqualTo("the peer skips primary-key indexes (1030) and skips expression indexes (1000) and skips "
                        + "covering (INCLUDE) indexes (1000) (known, -3030), which leaves +30 unexplained");
        assertThat(Report.explain("indexes", -1020, OURS, "schemacrawler", "sqlite", null))
                .isEqualTo("the peer skips expression indexes (1000) (known, -1000), which leaves -20 unexplained");
        assertThat(Report.explain("views", -20, OURS, "other", "postgresql", null))
                .isEqualTo("inferred, not checked: the peer skips materialized views (20) — adds up to the difference");
        assertThat(Report.explain("indexes", -2000, OURS, "other", "postgresql", null))
                .startsWith("inferred, ambiguous: the peer skips expression indexes (1000) and skips partial indexes "
                        + "(1000); or ");
        assertThat(Report.explain("indexes", 7, OURS, "liquibase", "sqlite", null))
                .isEqualTo("the peer counts differently; no category of ours accounts for +7");
        Sample catalog = Sample.parse("tool=catalog constraints=4026 cat_con_check=2000 cat_con_primary_key=1030");
        Sample ours = Sample.parse("tool=ours-warm constraints=2026 cat_con_check=0 cat_con_primary_key=1030");
        assertThat(Report.explain("constraints", 2000, ours, "pg_dump", "postgresql", catalog))
                .isEqualTo("ours differs from the reference (+2000) — CHECK constraints: 2000 in the catalog, 0 ours");
    }

    @Test
    @DisplayName("growth slope: least squares on log-log, 1 for linear and 2 for quadratic")
    void slope() {
        assertThat(Report.slope(List.of(new double[] {100, 5}, new double[] {1000, 50}, new double[] {10000, 500}))
                .getAsDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Report.slope(List.of(new double[] {100, 1}, new double[] {1000, 100})).getAsDouble())
                .isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Report.slope(List.of(new double[] {100, 1}))).isEmpty();
    }

    @Test
    @DisplayName("table: ratios against our warm time, capped peers as '> cap', differing counts flagged")
    void table() {
        List<Sample> rows = List.of(OURS,
                Sample.parse("dialect=postgresql n=1000 tool=jooq-meta status=ok wall_ms=5000 process_ms=5600 "
                        + "tables=1150 columns=12426 indexes=2020 fks=996"),
                Sample.parse("dialect=postgresql n=1000 tool=schemacrawler status=capped cap_s=300 process_ms=300100"),
                Sample.parse("dialect=postgresql n=1000 tool=cold-pairs status=ok pairs=5 dump_over_ours=0.9(0.8-1.1)"),
                Sample.parse("dialect=postgresql n=1000 tool=cache status=ok full_ms=100 hit_ms=5"));
        String md = Report.sizeTable(rows, 1000);
        assertThat(md).as("cold rounds and the cache have their own section").doesNotContain("cold-pairs")
                .doesNotContain("| cache |");
        assertThat(md).contains("| jooq-meta | 5.00 s (process 5.60 s) | 100× | – |")
                .contains("| 1150 ≠ |")
                .contains("| schemacrawler | > 300 s (cap) | > 6000× | – |")
                .contains("- jooq-meta, tables: 1150 vs our 1030 — the peer lists views as tables (100) and lists "
                        + "materialized views as tables (20) — known, and it adds up to the difference exactly");
    }

    @Test
    @DisplayName("targets: PostgreSQL ratios to pg_dump and cold-vs-cold peer factors from process times")
    void targets() {
        List<Sample> rows = List.of(
                Sample.parse("n=5000 tool=ours-warm status=ok wall_ms=1000 heap_mb=200 xmx=256m"),
                Sample.parse("n=5000 tool=ours-cold status=ok wall_ms=2500"),
                Sample.parse("n=5000 tool=pg_dump status=ok wall_ms=3000"),
                Sample.parse("n=5000 tool=cold-pairs status=ok pairs=5 ours_over_dump=0.830(0.700-1.100)"),
                Sample.parse("n=5000 tool=jooq-meta status=ok wall_ms=30000 process_ms=31000"),
                Sample.parse("n=1000 tool=ours-cold status=ok wall_ms=2000"),
                Sample.parse("n=1000 tool=schemacrawler status=capped cap_s=300"));
        assertThat(Report.targets(rows, "postgresql"))
                .contains("| bench5000: ours warm ≤ 0.5 × pg_dump -s wall | 1.00 s / 3.00 s = 0.33× | yes |")
                .contains("| bench5000: ours cold ≤ 1.0 × pg_dump -s wall (alternating rounds) | 0.830× (0.700-1.100),"
                        + " 5 rounds | yes |")
                .contains("| bench5000: completes with -Xmx256m | ran with -Xmx256m: ok | yes |")
                .contains("| bench1000: cold vs cold ≥ 20× faster than SchemaCrawler | > 150× (peer capped) | yes |")
                .contains("| bench5000: cold vs cold ≥ 10× faster than jOOQ-meta | 31.00 s / 2.50 s = 12× | yes |");
    }

    @Test
    @DisplayName("targets: cold ratios from the medians of alternating rounds, cache ratios from CacheBench")
    void pairedAndCacheTargets() {
        List<Sample> rows = List.of(
                Sample.parse("n=5000 tool=cold-pairs status=ok pairs=5 ours_over_dump=0.920(0.810-1.300) "
                        + "cached_over_ours=0.610(0.400-0.700)"),
                Sample.parse("n=5000 tool=cache status=ok full_ms=3000.0 hit_ms=250.0 hit_statements=5 "
                        + "hit_outcomes=hit:10 altered_ms=600.0 altered_statements=24 altered_outcomes=partial:10 "
                        + "hit_ratio=0.083 altered_ratio=0.200"));
        String md = Report.targets(rows, "postgresql");
        assertThat(md).contains("| bench5000: ours cold ≤ 1.0 × pg_dump -s wall (alternating rounds) | "
                        + "0.920× (0.810-1.300), 5 rounds | yes |")
                .contains("≤ 0.5 × ours cold (alternating rounds) | 0.610× (0.400-0.700), 5 rounds | **no** |")
                .contains("| 250.0 ms / 3000.0 ms = 8.3 % (5 statements; hit:10) | yes |")
                .contains("| 600.0 ms / 3000.0 ms = 20.0 % (24 statements; partial:10) | **no** |");
    }
}
