package org.brandpulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.brandpulse.ingest.testing.RealPayloadServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brandpulse ingest} on the four recorded real API payloads ({@code real/posts-api/}, all
 * older than a week), served by a local server: the first run reads nothing and says why, {@code
 * --since} backfills them, and a later run reads nothing again.
 */
class IngestBackfillTest {

  private static final Instant NOW = RealPayloadServer.CLOCK.instant();

  @RegisterExtension final RealPayloadServer api = new RealPayloadServer();
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void configure() throws Exception {
    String base = api.baseUri().toString();
    Files.writeString(
        dir.resolve("brandpulse.yml"),
        """
        dataDir: data
        brands:
          - {name: Mastodon.py, query: 'toot OR jeep OR television'}
          - {name: PRAW, query: 'praw OR reddit'}
          - {name: JavaScript, query: javascript}
        sources:
          - {name: masto, type: mastodon, baseUrl: '%1$s', hashtag: mastodonpy}
          - {name: reddit, type: reddit, baseUrl: '%1$s', query: praw}
          - {name: hn, type: hackernews, baseUrl: '%1$s', query: javascript}
          - {name: sky, type: bluesky, baseUrl: '%1$s', query: test}
        ingest: {chunkSize: 50}
        """
            .formatted(base));
  }

  private int ingest(Instant at, String... args) {
    out.getBuffer().setLength(0);
    String[] all = new String[args.length + 2];
    all[0] = "ingest";
    all[1] = "--quiet";
    System.arraycopy(args, 0, all, 2, args.length);
    Clock clock = Clock.fixed(at, ZoneOffset.UTC);
    return BrandpulseCommand.commandLine(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            CliEnvironment.fixed(clock, dir))
        .execute(all);
  }

  /** A source's row of the summary: read, stored, copies, no brand, skipped, older, window from. */
  private List<String> row(String source) {
    return out.toString()
        .lines()
        .filter(l -> l.startsWith("  " + source + " "))
        .findFirst()
        .map(l -> Arrays.asList(l.strip().split("\\s+")).subList(1, 8))
        .orElseThrow(() -> new AssertionError("no row for " + source + " in\n" + out));
  }

  @Test
  void theFirstRunSaysWhyItReadNothingABackfillReadsThemAndALaterRunNothingAgain() {
    assertThat(ingest(NOW)).as(err.toString()).isZero();
    String week = "2026-08-26T12:00:00Z";
    assertThat(row("masto")).containsExactly("0", "0", "0", "0", "0", "40", week);
    assertThat(row("reddit")).containsExactly("0", "0", "0", "0", "0", "6", week);
    assertThat(row("hn")).containsExactly("0", "0", "0", "0", "0", "5", week);
    assertThat(row("sky")).containsExactly("0", "0", "0", "0", "0", "1", week);
    assertThat(out.toString()).contains("`brandpulse ingest --since DATE`");

    assertThat(ingest(NOW.plusSeconds(3600), "--since", "2013-01-01")).as(err.toString()).isZero();
    String since = "2013-01-01T00:00:00Z";
    assertThat(row("masto"))
        .as("25 statuses match no brand query")
        .containsExactly("138", "113", "0", "25", "0", "0", since);
    assertThat(row("reddit")).containsExactly("6", "6", "0", "0", "0", "0", since);
    assertThat(row("hn"))
        .as("Meteor (2012) is older")
        .containsExactly("4", "4", "0", "0", "0", "1", since);
    assertThat(row("sky")).containsExactly("0", "0", "0", "0", "1", "0", since);
    assertThat(out.toString())
        .contains("Skipped records (1):")
        .contains(
            "sky at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kaheyt6vpc22: post has"
                + " no text (media only, embed app.bsky.embed.recordWithMedia)");

    assertThat(ingest(NOW.plusSeconds(7200))).as(err.toString()).isZero();
    for (String source : List.of("masto", "reddit", "hn", "sky")) {
      assertThat(row(source)).as(source).containsExactly("0", "0", "0", "0", "0", "0", "-");
    }
  }

  @Test
  void aConfiguredSinceIsTheFirstRunsWindow() throws Exception {
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(
        config,
        Files.readString(config).replace("query: praw}", "query: praw, since: 2015-06-01}"));

    assertThat(ingest(NOW, "-s", "reddit")).as(err.toString()).isZero();

    assertThat(row("reddit")).startsWith("5").endsWith("1", "2015-06-01T00:00:00Z");
  }

  @Test
  void aBadOrFutureSinceIsAUsageErrorNamingTheOption() {
    assertThat(ingest(NOW, "--since", "2024-02-30")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .contains("--since: '2024-02-30' is not a date like 2024-01-01 (midnight UTC)");
    assertThat(ingest(NOW, "--since", "2026-09-03")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .contains("--since: '2026-09-03' is after now (2026-09-02T12:00:00Z)");
  }
}
