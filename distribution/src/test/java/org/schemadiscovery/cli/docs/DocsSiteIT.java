package org.schemadiscovery.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The {@code docs} command of the packaged CLI, its sites opened in headless Chromium from {@code file://}: the
 * example database's site (search, links, diagram), a PostgreSQL kit fixture and a hostile-names fixture; every link
 * of each site resolves. Screenshots go to {@code target/docs-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocsSiteIT {
    private static final String PG_BASE = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String HOSTILE_SQL = """
            CREATE SCHEMA "Odd <b>schema</b>";
            CREATE TABLE "Odd <b>schema</b>"."Users" (id int PRIMARY KEY, "na<me>" text);
            CREATE TABLE "Odd <b>schema</b>".users (id int PRIMARY KEY,
                "Users_id" int REFERENCES "Odd <b>schema</b>"."Users" (id));
            CREATE TABLE "Odd <b>schema</b>"."a/b\\c?d#e%f&g ""q"" ✓" (id int PRIMARY KEY,
                users_id int REFERENCES "Odd <b>schema</b>".users (id));
            COMMENT ON TABLE "Odd <b>schema</b>"."Users" IS '<script>window.pwned = 1</script>';
            COMMENT ON COLUMN "Odd <b>schema</b>"."Users"."na<me>" IS '<img src=x onerror="window.pwned = 2">';
            CREATE VIEW "Odd <b>schema</b>"."v""</title>" AS SELECT id, "na<me>" FROM "Odd <b>schema</b>"."Users";
            """;

    private Path target;
    private Path layout;
    private Path screenshots;
    private ChromeDriver browser;
    private final List<String> pgDatabases = new java.util.ArrayList<>();

    @BeforeAll
    void start() throws IOException {
        layout = Path.of(System.getProperty("layout.dir", "target/schema-discovery")).toAbsolutePath();
        target = layout.getParent();
        screenshots = Files.createDirectories(target.resolve("docs-screenshots"));
        assertThat(Chromium.installed()).as("chromium and chromedriver (.ci/run installs them)").isTrue();
        browser = Chromium.start(Files.createDirectories(target.resolve("chromium-profiles")));
    }

    @AfterAll
    void stop() throws SQLException {
        if (browser != null) {
            browser.quit();
        }
        try (Connection c = DriverManager.getConnection(pgAdminUrl()); Statement s = c.createStatement()) {
            for (String db : pgDatabases) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    @Test
    void exampleSiteSearchLinksAndDiagramInChromium() throws Exception {
        Path site = docs("jdbc:sqlite:" + layout.resolve("example/example.db"), "example-site");
        browser.get(site.resolve("index.html").toUri().toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("SQLite schema");
        shot("index.png");

        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("unit_price_cents");
        WebElement hit = wait(5).until(d -> d.findElements(By.cssSelector("#search-results a")).stream()
                .filter(a -> a.getText().equals("unit_price_cents")).findFirst().orElse(null));
        hit.click();
        wait(5).until(d -> d.getCurrentUrl().contains("order_items"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("order_items");
        assertThat(browser.findElement(By.cssSelector("tr:target th")).getText()).startsWith("unit_price_cents");
        shot("table-page.png");

        browser.findElement(By.cssSelector("table.references")).findElement(By.linkText("main.orders")).click();
        wait(5).until(d -> d.findElement(By.tagName("h1")).getText().equals("orders"));

        browser.findElement(By.linkText("main")).click();
        browser.findElement(By.linkText("ER diagram")).click();
        List<WebElement> nodes = browser.findElements(By.cssSelector("svg.er g.node"));
        List<WebElement> edges = browser.findElements(By.cssSelector("svg.er g.edge"));
        assertThat(nodes).extracting(n -> n.findElement(By.tagName("title")).getAttribute("textContent"))
                .containsExactlyInAnyOrder("customers", "products", "orders", "order_items", "tags", "product_tags");
        // orders -> customers; order_items -> orders, products; product_tags -> products, tags
        assertThat(edges).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("svg.er g.ext-node"))).isEmpty();
        shot("diagram.png");

        assertThat(severe(browser.manage().logs().get(LogType.BROWSER).getAll())).isEmpty();
        assertLinksResolve(site);
    }

    @Test
    void aJsonSnapshotGivesTheSameSiteAsTheLiveDatabase() throws Exception {
        String url = "jdbc:sqlite:" + layout.resolve("example/example.db");
        Path live = docs(url, "example-site-live");
        Path snapshot = target.resolve("example-snapshot.json");
        run(target.resolve("example-snapshot.log"), "discover", url, "--format", "json", "--output",
                snapshot.toString());
        Path fromSnapshot = docs(snapshot.toString(), "example-site-snapshot");
        List<Path> liveFiles = relativeFiles(live);
        assertThat(relativeFiles(fromSnapshot)).isEqualTo(liveFiles).hasSizeGreaterThan(10);
        for (Path f : liveFiles) {
            assertThat(fromSnapshot.resolve(f)).as(f.toString()).hasSameTextualContentAs(live.resolve(f));
        }
        Path none = docs(snapshot.toString(), "example-site-no-schema", "--schema", "nothing*");
        assertThat(none.resolve("tables")).doesNotExist();
    }

    private static List<Path> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void postgresKitFixtureSiteHasNoBrokenLinks() throws Exception {
        String url = pgDatabase(Files.readString(projectRoot().resolve(
                "dialect-postgresql/src/test/resources/fixtures/features.sql")));
        Path site = docs(url, "kit-fixture-site");
        assertThat(site.resolve("index.html")).content().contains("app", "audit");
        assertLinksResolve(site);
    }

    @Test
    void hostileNamesRenderInertWithDistinctPages() throws Exception {
        String url = pgDatabase(HOSTILE_SQL);
        Path site = docs(url, "hostile-site");
        assertLinksResolve(site);
        List<Path> tables;
        try (Stream<Path> s = Files.list(site.resolve("tables"))) {
            tables = s.toList();
        }
        assertThat(tables).hasSize(3);
        assertThat(tables.stream().map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)).distinct())
                .as("unique on a case-insensitive file system").hasSize(3);

        Path users = tables.stream().filter(p -> contains(p, "<h1>Users</h1>")).findFirst().orElseThrow();
        browser.get(users.toUri().toString());
        assertThat(browser.findElement(By.cssSelector("p.comment")).getText())
                .isEqualTo("<script>window.pwned = 1</script>");
        assertThat(browser.findElement(By.cssSelector("table.columns")).getText())
                .contains("na<me>", "<img src=x onerror=\"window.pwned = 2\">");
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");

        browser.get(site.resolve("index.html").toUri().toString());
        browser.findElement(By.id("search")).sendKeys("pwned");
        wait(5).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertThat(browser.findElement(By.id("search-results")).getText()).contains("<img src=x onerror=");
        assertThat(browser.findElements(By.cssSelector("#search-results img, #search-results script"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(severe(browser.manage().logs().get(LogType.BROWSER).getAll())).isEmpty();
    }

    private static boolean contains(Path page, String text) {
        try {
            return Files.readString(page).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> severe(List<LogEntry> entries) {
        return entries.stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private void assertLinksResolve(Path site) {
        int[] checked = {0};
        assertThat(SiteLinks.broken(site, checked)).isEmpty();
        assertThat(checked[0]).as("links checked").isGreaterThan(20);
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void shot(String name) throws IOException {
        Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs {@code bin/schema-discovery docs SOURCE --output target/NAME [ARGS]} and returns the site folder. */
    private Path docs(String source, String name, String... args) throws Exception {
        Path site = target.resolve(name);
        if (Files.exists(site)) {
            try (Stream<Path> old = Files.walk(site)) {
                for (Path f : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        List<String> command = new java.util.ArrayList<>(List.of("docs", source, "--output", site.toString()));
        command.addAll(List.of(args));
        String log = run(target.resolve(name + ".log"), command.toArray(String[]::new));
        assertThat(log).contains("wrote ");
        return site;
    }

    private String run(Path log, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(layout.resolve("bin/schema-discovery").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return Files.readString(log);
    }

    private String pgDatabase(String ddl) throws SQLException {
        String db = "sd_docs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(pgAdminUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        pgDatabases.add(db);
        String url = PG_BASE + db + "?user=postgres";
        // Simple query mode: fixtures are multi-statement scripts (some with SELECTs in between).
        try (Connection c = DriverManager.getConnection(url + "&preferQueryMode=simple");
             Statement s = c.createStatement()) {
            s.execute(ddl);
        }
        return url;
    }

    private static String pgAdminUrl() {
        String env = System.getenv("SCHEMA_DISCOVERY_TCK_POSTGRESQL_URL");
        return env != null ? env : PG_BASE + "postgres?user=postgres";
    }

    private Path projectRoot() {
        return target.getParent().getParent();
    }
}
