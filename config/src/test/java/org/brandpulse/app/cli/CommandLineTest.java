package org.brandpulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return BrandpulseCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
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
