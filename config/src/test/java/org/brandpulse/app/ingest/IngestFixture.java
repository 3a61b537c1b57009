package org.brandpulse.app.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.brandpulse.app.cli.AppContext;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A Brandpulse installation in a temporary folder, with the ingest fixtures as its sources. */
final class IngestFixture {

  static final String CONFIG =
      """
      dataDir: data
      brands:
        - name: Bazarly
          query: 'bazarly OR bazarly_help OR বাজারলি'
          handles: [bazarly, bazarly_help]
          competitors:
            - {name: ShopNest, query: shopnest}
            - {name: Dhakart, query: dhakart}
      sources:
        - {name: social, type: jsonl, glob: 'exports/*.jsonl', sourceKey: social}
        - {name: news, type: feed, urls: [feed.rss.xml]}
      ingest: {chunkSize: 3}
      """;

  final Path dir;

  IngestFixture(Path dir) {
    this(dir, "");
  }

  /** A fixture whose configuration has extra top-level YAML, e.g. a {@code database:} block. */
  IngestFixture(Path dir, String extraYaml) {
    this.dir = dir;
    try {
      Files.writeString(dir.resolve("brandpulse.yml"), CONFIG + extraYaml);
      Files.createDirectories(dir.resolve("exports"));
      copy("posts.jsonl", "exports/posts.jsonl");
      copy("feed.rss.xml", "feed.rss.xml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void copy(String resource, String target) throws IOException {
    try (InputStream in = IngestFixture.class.getResourceAsStream("/ingest/" + resource)) {
      Files.copy(in, dir.resolve(target), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  BrandpulseSettings settings() {
    return SettingsLoader.load(dir.resolve("brandpulse.yml"));
  }

  @SafeVarargs
  final ConfigurableApplicationContext start(
      ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
    return AppContext.start(settings(), initializers);
  }

  /** Runs ingest once at the given time in a fresh context. */
  @SafeVarargs
  final IngestResult ingest(
      Instant runAt, ApplicationContextInitializer<ConfigurableApplicationContext>... initializers)
      throws Exception {
    try (ConfigurableApplicationContext ctx = start(initializers)) {
      return ctx.getBean(PostIngestion.class).run(runAt, List.of(), IngestProgress.NONE);
    }
  }

  /** Every stored post, by id. */
  List<AnalyzedPost> posts() throws Exception {
    try (ConfigurableApplicationContext ctx = start()) {
      List<AnalyzedPost> all = new ArrayList<>();
      ctx.getBean(PostStore.class).forEach(PostFilter.ALL, all::add);
      all.sort(Comparator.comparing(AnalyzedPost::id));
      return all;
    }
  }

  /** The skip report as (source, location, reason) lines, sorted. */
  List<String> skips() {
    try (ConfigurableApplicationContext ctx = start()) {
      return ctx.getBean(JdbcTemplate.class)
          .queryForList(
              "SELECT SOURCE_NAME || ' ' || LOCATION || ' ' || REASON FROM INGEST_SKIP ORDER BY 1",
              String.class);
    }
  }
}
