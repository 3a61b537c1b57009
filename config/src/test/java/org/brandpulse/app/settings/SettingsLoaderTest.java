package org.brandpulse.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {

  private static final String BRANDS =
      """
      brands:
        - name: Bazarly
          query: 'bazarly OR বাজারলি'
          handles: ['@bazarly']
          competitors:
            - {name: ShopNest, query: shopnest}
      """;

  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("brandpulse.yml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void readsAMinimalFileWithDefaults() throws IOException {
    BrandpulseSettings s = SettingsLoader.load(write(BRANDS));
    assertThat(s.brands()).hasSize(1);
    assertThat(s.brands().get(0).competitors())
        .extracting(c -> c.name())
        .containsExactly("ShopNest");
    assertThat(s.dataDir()).isEqualTo(dir.resolve("data").toAbsolutePath());
    assertThat(s.jdbcUrl()).startsWith("jdbc:h2:file:" + dir.resolve("data"));
    assertThat(s.storePath()).isEqualTo(dir.resolve("data/index").toAbsolutePath());
    assertThat(s.ingest().chunkSize()).isEqualTo(500);
  }

  @Test
  void readsEverySourceType() throws IOException {
    BrandpulseSettings s =
        SettingsLoader.load(
            write(
                BRANDS
                    + """
                    sources:
                      - {name: export, type: jsonl, paths: [a.jsonl], mapping: {preset: twitter-v1, fields: {text: body}}}
                      - {name: sheet, type: csv, glob: 'exports/*.csv'}
                      - {name: news, type: feed, urls: ['https://example.com/feed.xml', news.xml]}
                      - {name: masto, type: mastodon, baseUrl: 'https://mastodon.social', hashtag: bazarly}
                      - {name: reddit, type: reddit, query: bazarly, subreddit: bangladesh}
                      - {name: hn, type: hackernews, query: bazarly}
                      - {name: sky, type: bluesky, query: bazarly, tokenEnv: BSKY_TOKEN}
                    """));
    assertThat(s.sources())
        .extracting(SourceSettings::name)
        .containsExactly("export", "sheet", "news", "masto", "reddit", "hn", "sky");
    assertThat(s.source("export")).isInstanceOf(SourceSettings.Jsonl.class);
    assertThat(((SourceSettings.Jsonl) s.source("export")).mapping().fields())
        .containsEntry("text", "body");
  }

  @Test
  void readsTheStartOfApiSourcesAsADateOrAnInstant() throws IOException {
    BrandpulseSettings s =
        SettingsLoader.load(
            write(
                BRANDS
                    + """
                    sources:
                      - {name: masto, type: mastodon, hashtag: bazarly, since: 2024-01-01}
                      - {name: hn, type: hackernews, query: bazarly, since: '2024-01-01T06:00:00+06:00'}
                      - {name: reddit, type: reddit, query: bazarly}
                    """));
    assertThat(s.sources())
        .extracting(src -> ((SourceSettings.Api) src).since())
        .containsExactly("2024-01-01", "2024-01-01T06:00:00+06:00", null);
    assertThat(SinceDate.parse("2024-01-01"))
        .isEqualTo(SinceDate.parse("2024-01-01T06:00:00+06:00"))
        .isEqualTo(java.time.Instant.parse("2024-01-01T00:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown top-level key    | colour: blue                                           | brandpulse.yml:1:1: colour: unknown key 'colour'; accepted keys here: alerts, audits, brands, dataDir, database, ingest, serve, sites, sources, store
          unknown source key       | sources: [{name: m, type: mastodon, hashtags: [x]}]        | sources[0].hashtags: unknown key 'hashtags'; accepted keys here: baseUrl, hashtag, maxPages, name, query, since, tokenEnv
          unknown source type      | sources: [{name: m, type: twitter}]                    | unknown source type 'twitter'; accepted types: jsonl, csv, feed, mastodon, reddit, hackernews, bluesky
          source without type      | sources: [{name: m}]                                   | a source needs a 'type'; accepted types: jsonl, csv, feed, mastodon, reddit, hackernews, bluesky
          wrong store type         | store: {type: mongo}                                   | store.type: invalid value 'mongo'; accepted: lucene, elasticsearch
          non-numeric chunk size   | ingest: {chunkSize: many}                              | ingest.chunkSize: invalid value 'many'; accepted: a value of type Integer
          chunk size out of range  | ingest: {chunkSize: 0}                                 | ingest.chunkSize: 0 is out of range; accepted: 1 to 10000
          bad source name          | sources: [{name: 'My Feed', type: feed, urls: [a]}]    | sources[0].name: 'My Feed' is not a valid source name
          duplicate source name    | sources: [{name: a, type: feed, urls: [x]}, {name: a, type: feed, urls: [y]}] | sources[1].name: 'a' is used twice
          search without token     | sources: [{name: m, type: mastodon, query: bazarly}]   | sources[0].tokenEnv: status search ('query') needs an access token
          secret in place of env   | sources: [{name: b, type: bluesky, query: x, tokenEnv: 'abc-123.secret'}] | sources[0].tokenEnv: 'abc-123.secret' is not an environment variable name
          bad base URL             | sources: [{name: r, type: reddit, query: x, baseUrl: 'ftp://x'}] | sources[0].baseUrl: 'ftp://x' is not an http(s) URL
          unknown mapping preset   | sources: [{name: e, type: jsonl, paths: [a], mapping: {preset: tweets}}] | sources[0].mapping.preset: unknown preset 'tweets'
          unsupported database     | database: {url: 'jdbc:mysql://x/y'}                    | database.url: 'jdbc:mysql://x/y' is not supported; accepted: jdbc:h2:..., jdbc:postgresql:...
          unknown metrics source   | sites: [{name: s, sources: [{name: x, type: ga3}]}]    | unknown source type 'ga3'; accepted types: access-log, ga4-csv, search-console-csv, matomo, plausible
          site of an unknown brand | sites: [{name: s, brand: Nobody}]                      | sites[0].brand: 'Nobody' is not a configured brand
          site in no time zone     | sites: [{name: s, zone: Mars/Olympus}]                 | sites[0].zone: 'Mars/Olympus' is not a time zone
          matomo without a token   | sites: [{name: s, sources: [{name: m, type: matomo, baseUrl: 'https://m.example/', siteId: 1}]}] | sites[0].sources[0].tokenEnv: required
          access log without files | sites: [{name: s, sources: [{name: l, type: access-log}]}] | sites[0].sources[0]: give either 'paths' (files) or 'glob'
          bad log format           | sites: [{name: s, sources: [{name: l, type: access-log, paths: [a], format: apache2}]}] | sites[0].sources[0].format: unknown log format 'apache2'
          since not a date         | sources: [{name: r, type: reddit, query: x, since: 2024-13-01}] | sources[0].since: '2024-13-01' is not a date like 2024-01-01 (midnight UTC) or an instant like 2024-01-01T06:00:00Z
          since without offset     | sources: [{name: h, type: hackernews, query: x, since: '2024-01-01T06:00'}] | sources[0].since: '2024-01-01T06:00' is not a date like
          since on a feed          | sources: [{name: n, type: feed, urls: [a], since: 2024-01-01}] | sources[0].since: unknown key 'since'; accepted keys here: name, sourceKey, urls
          alerts SLA out of range  | 'alerts: {slaHours: 0}'                                | alerts.slaHours
          escalation of a stranger | 'alerts: {escalationRecipients: {Nobody: [a@b.c]}}'    | alerts.escalationRecipients: 'Nobody' is not a configured brand
          """)
  void rejectsBadInputNamingTheKey(String name, String extra, String expected) throws IOException {
    Path file = write(extra.contains("colour") ? extra + "\n" + BRANDS : BRANDS + extra + "\n");
    assertThatThrownBy(() -> SettingsLoader.load(file))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void requiresQueriesAndUniqueNames() throws IOException {
    Path file =
        write(
            """
            brands:
              - name: Bazarly
                competitors: [{name: bazarly, query: x}]
            """);
    assertThatThrownBy(() -> SettingsLoader.load(file))
        .hasMessageContaining("brands[0].query: required")
        .hasMessageContaining("brands[0].competitors[0].name: 'bazarly' is used twice");
  }

  @Test
  void aConfigurationWithoutBrandsIsValidForTheCommandsThatNeedNone() throws IOException {
    BrandpulseSettings settings = SettingsLoader.load(write("dataDir: x\n"));
    assertThat(settings.brands()).isEmpty();
    assertThat(settings.dataDir()).isEqualTo(dir.resolve("x"));
    assertThatThrownBy(() -> settings.requireBrands("alerts"))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("'brandpulse alerts' needs at least one brand")
        .hasMessageContaining("has none; add 'brands:'");
    assertThat(SettingsLoader.load(write("")).brands()).as("an empty file: all defaults").isEmpty();
  }

  @Test
  void theEmbeddedDefaultsKeepTheirDataInTheGivenFolder() {
    BrandpulseSettings settings =
        SettingsLoader.defaults(dir.resolve("brandpulse.yml"), dir.resolve("home/.brandpulse"));
    assertThat(settings.embedded()).isTrue();
    assertThat(settings.dataDir()).isEqualTo(dir.resolve("home/.brandpulse"));
    assertThat(settings.jdbcUrl()).contains(dir.resolve("home/.brandpulse").toString());
    assertThat(settings.describe()).startsWith("the embedded defaults");
    assertThatThrownBy(() -> settings.requireBrands("report"))
        .hasMessageContaining("no configuration file was found");
  }

  @Test
  void refusesAnchorsAliasesAndDuplicateKeysWithTheirPlace() throws IOException {
    Path anchors = write("dataDir: &dd store1\nstore: {type: lucene, path: *dd}\n" + BRANDS);
    assertThatThrownBy(() -> SettingsLoader.load(anchors))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining(anchors + ":1:")
        .hasMessageContaining("YAML anchor '&dd' is not supported");
    Path twice = write("dataDir: one\ndataDir: two\n" + BRANDS);
    assertThatThrownBy(() -> SettingsLoader.load(twice))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining(twice + ":2:")
        .hasMessageContaining("dataDir");
  }

  @Test
  void namesAMissingFile() {
    assertThatThrownBy(() -> SettingsLoader.load(dir.resolve("nope.yml")))
        .hasMessageContaining("nope.yml does not exist");
  }

  @Test
  void reportsBrokenYamlWithItsPlace() throws IOException {
    Path file = write("brands:\n  - name: [unclosed\n");
    assertThatThrownBy(() -> SettingsLoader.load(file)).hasMessageStartingWith(file + ":");
  }
}
