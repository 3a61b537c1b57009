package org.brandpulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

  private int run(String... args) {
    return run(CliEnvironment.fixed(NOW, dir), args);
  }

  private int run(CliEnvironment env, String... args) {
    return BrandpulseCommand.commandLine(
            new PrintWriter(out, true), new PrintWriter(err, true), env)
        .execute(args);
  }

  @Test
  void withoutAConfigurationFileTheCommandsThatNeedNoBrandsRunOnTheEmbeddedDefaults()
      throws Exception {
    Path log = dir.resolve("access.log");
    Files.writeString(
        log,
        "203.0.113.9 - - [26/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 512 \"-\""
            + " \"Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0\"\n");
    assertThat(run("metrics", "import", "--site", "shop", "--access-log", log.toString(), "--json"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("\"pageviews\":1");
    assertThat(err.toString())
        .contains("configuration the embedded defaults (no configuration file; data in")
        .contains(dir.resolve(".brandpulse").toString());
    assertThat(dir.resolve(".brandpulse")).isDirectory();
    assertThat(
            run("metrics", "growth", "--site", "shop", "--period", "day", "--date", "2026-11-26"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("Site shop, day 2026-11-26");
  }

  @Test
  void aCommandThatNeedsBrandsSaysSoWhenThereAreNone() throws Exception {
    for (String command : new String[] {"ingest", "alerts", "report", "reanalyze"}) {
      err.getBuffer().setLength(0);
      assertThat(run(command)).as(command).isEqualTo(3);
      assertThat(err.toString())
          .contains("'brandpulse " + command + "' needs at least one brand")
          .contains("no configuration file was found");
    }
    Files.writeString(dir.resolve("brandpulse.yml"), "dataDir: data\n");
    err.getBuffer().setLength(0);
    assertThat(run("ingest")).isEqualTo(3);
    assertThat(err.toString())
        .contains("'brandpulse ingest' needs at least one brand")
        .contains(dir.resolve("brandpulse.yml") + " has none; add 'brands:'");
  }

  @Test
  void theConfigurationIsLookedForInOrderAndNamed() throws Exception {
    Files.createDirectories(dir.resolve("demo"));
    Files.writeString(dir.resolve("demo/brandpulse.yml"), "dataDir: demo-data\n");
    BrandpulseCommand root = new BrandpulseCommand(CliEnvironment.fixed(NOW, dir));
    assertThat(ConfigLocator.load(null, CliEnvironment.fixed(NOW, dir)).dataDir())
        .isEqualTo(dir.resolve("demo/demo-data"));
    Files.writeString(dir.resolve("brandpulse.yml"), "dataDir: here\n");
    assertThat(ConfigLocator.load(null, CliEnvironment.fixed(NOW, dir)).dataDir())
        .isEqualTo(dir.resolve("here"));
    Path named = Files.writeString(dir.resolve("named.yml"), "dataDir: named\n");
    CliEnvironment withVariable =
        new CliEnvironment(
            NOW, dir, k -> k.equals("BRANDPULSE_CONFIG") ? named.toString() : null, dir);
    assertThat(ConfigLocator.load(null, withVariable).dataDir()).isEqualTo(dir.resolve("named"));
    assertThat(ConfigLocator.load(Path.of("demo/brandpulse.yml"), withVariable).dataDir())
        .as("--config wins")
        .isEqualTo(dir.resolve("demo/demo-data"));
    CliEnvironment missing =
        new CliEnvironment(NOW, dir, k -> k.equals("BRANDPULSE_CONFIG") ? "gone.yml" : null, dir);
    assertThat(run(missing, "metrics", "growth", "--site", "s")).isEqualTo(3);
    assertThat(err.toString()).contains("gone.yml (from $BRANDPULSE_CONFIG) does not exist");
    CliEnvironment home =
        new CliEnvironment(
            NOW, dir.resolve("empty"), k -> k.equals("BRANDPULSE_HOME") ? "/srv/bp" : null, dir);
    assertThat(ConfigLocator.load(null, home).dataDir()).isEqualTo(Path.of("/srv/bp"));
    assertThat(root.environment().now()).isEqualTo(NOW.instant());
  }

  @Test
  void aSecondProcessOnTheSameDataFolderGetsOneLineThatSaysWhatToDo() throws Exception {
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(config, "brands:\n  - {name: A, query: a}\n");
    // what a running 'brandpulse serve' holds: the post index and the embedded database
    try (var held =
        org.brandpulse.app.cli.AppContext.start(
            org.brandpulse.app.settings.SettingsLoader.load(config), NOW)) {
      assertThat(run("-c", config.toString(), "ingest", "--quiet")).isEqualTo(1);
    }
    String message = err.toString().strip();
    assertThat(message.lines().filter(l -> l.startsWith("brandpulse: ")).toList())
        .last()
        .asString()
        .contains("the data folder is in use by another Brandpulse process")
        .contains("brandpulse serve");
    assertThat(message.lines().count()).as(message).isLessThanOrEqualTo(3);
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("demo", "ingest", "bench", "Exit codes:", "--config");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"demo", "ingest", "bench"}) {
      assertThat(run(command, "--help")).isZero();
    }
    assertThat(out.toString()).contains("--dir", "--source", "ingest");
  }

  @Test
  void aMissingConfigurationExitsWithThreeAndSaysWhichFile() {
    assertThat(run("--config", dir.resolve("none.yml").toString(), "ingest")).isEqualTo(3);
    assertThat(err.toString()).contains("none.yml does not exist");
  }

  @Test
  void anInvalidConfigurationExitsWithThreeAndNamesTheKey() throws Exception {
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(config, "brands:\n  - {name: A, query: a, colour: red}\n");
    assertThat(run("-c", config.toString(), "ingest")).isEqualTo(3);
    assertThat(err.toString()).contains("brands[0].colour: unknown key 'colour'");
  }

  @Test
  void anUnknownSourceIsAConfigurationError() throws Exception {
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(config, "brands:\n  - {name: A, query: a}\n");
    assertThat(run("-c", config.toString(), "ingest", "--source", "nope")).isEqualTo(3);
    assertThat(err.toString()).contains("no source named 'nope'");
  }

  @Test
  void storeCopyChecksItsArgumentsBeforeTouchingAStore() throws Exception {
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(config, "brands:\n  - {name: A, query: a}\n");
    assertThat(run("-c", config.toString(), "store", "copy", "--from", "lucene", "--to", "lucene"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--from and --to must differ");
    assertThat(run("-c", config.toString(), "store", "copy", "--from", "lucene", "--to", "solr"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--to: 'solr'; accepted: lucene, elasticsearch");
    assertThat(
            run(
                "-c",
                config.toString(),
                "store",
                "copy",
                "--from",
                "lucene",
                "--to",
                "elasticsearch"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no Elasticsearch URL: give --es-url or store.urls");
  }

  @Test
  void anElasticsearchStoreNeedsUrlsAndItsSecretByVariableName() throws Exception {
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(
        config,
        "brands:\n  - {name: A, query: a}\nstore: {type: elasticsearch, apiKeyEnv: 'not a name',"
            + " shards: 0}\n");
    assertThat(run("-c", config.toString(), "ingest")).isEqualTo(3);
    assertThat(err.toString())
        .contains("store.urls: required for elasticsearch")
        .contains("store.apiKeyEnv: 'not a name' is not an environment variable name")
        .contains("store.shards: 0 is out of range");
  }

  @Test
  void aBadCommandLineExitsWithTwo() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("ingest", "--no-such-option")).isEqualTo(2);
  }

  @Test
  void anInvalidBrandQueryStopsTheStartNamingTheBrand() throws Exception {
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(
        config,
        "brands:\n  - {name: Bazarly, query: 'bazarly AND (', competitors: [{name: X, query: x}]}\n"
            + "sources: [{name: a, type: jsonl, paths: [a.jsonl]}]\n");
    assertThat(run("-c", config.toString(), "ingest", "--quiet")).isEqualTo(3);
    assertThat(err.toString()).contains("Bazarly").contains("bazarly AND (");
  }
}
