package org.brandpulse.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.brandpulse.app.settings.SettingsLoader.RawSettings;

/** Checks what the YAML types cannot: required keys, ranges, unique names, well-formed URLs. */
final class SettingsValidator {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> PRESETS = Set.of("brandpulse", "twitter-v1", "listening-tool");
  private static final List<String> FIELDS =
      List.of(
          "id",
          "url",
          "authorHandle",
          "authorName",
          "authorFollowers",
          "text",
          "language",
          "createdAt",
          "threadId",
          "replyToId",
          "likes",
          "shares",
          "replies");

  private final Path file;
  private final List<String> problems = new ArrayList<>();

  private SettingsValidator(Path file) {
    this.file = file;
  }

  static BrandpulseSettings validate(Path file, RawSettings raw) {
    SettingsValidator v = new SettingsValidator(file);
    BrandpulseSettings settings = v.resolve(raw);
    if (!v.problems.isEmpty()) {
      throw new SettingsException(file + " is invalid:\n  - " + String.join("\n  - ", v.problems));
    }
    return settings;
  }

  private BrandpulseSettings resolve(RawSettings raw) {
    Path base = file.toAbsolutePath().getParent();
    Path dataDir = base.resolve(raw.dataDir() == null ? "data" : raw.dataDir()).normalize();
    IngestSettings ingest = raw.ingest() == null ? IngestSettings.DEFAULT : raw.ingest();
    range("ingest.chunkSize", ingest.chunkSize(), 1, 10_000);
    range("ingest.skipLimit", ingest.skipLimit(), 0, Integer.MAX_VALUE);
    DatabaseSettings db = raw.database() == null ? DatabaseSettings.EMBEDDED : raw.database();
    if (db.url() != null
        && !db.url().startsWith("jdbc:h2:")
        && !db.url().startsWith("jdbc:postgresql:")) {
      problems.add(
          "database.url: '"
              + db.url()
              + "' is not supported; accepted: jdbc:h2:..., jdbc:postgresql:...");
    }
    env("database.passwordEnv", db.passwordEnv());
    List<BrandSettings> brands = raw.brands() == null ? List.of() : raw.brands();
    Set<String> brandNames = new HashSet<>();
    for (int i = 0; i < brands.size(); i++) {
      BrandSettings b = brands.get(i);
      String at = "brands[" + i + "]";
      brand(at, b.name(), b.query(), brandNames);
      for (int j = 0; j < b.competitors().size(); j++) {
        BrandSettings.CompetitorSettings c = b.competitors().get(j);
        brand(at + ".competitors[" + j + "]", c.name(), c.query(), brandNames);
      }
      for (String r : b.recipients()) {
        if (!r.matches("[^@\\s]+@[^@\\s]+")) {
          problems.add(at + ".recipients: '" + r + "' is not an e-mail address");
        }
      }
    }
    List<SourceSettings> sources = raw.sources() == null ? List.of() : raw.sources();
    Set<String> sourceNames = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      source("sources[" + i + "]", sources.get(i), sourceNames);
    }
    StoreSettings store = raw.store() == null ? StoreSettings.DEFAULT : raw.store();
    store(store);
    List<AuditSettings> audits = raw.audits() == null ? List.of() : raw.audits();
    Set<String> auditNames = new HashSet<>();
    for (int i = 0; i < audits.size(); i++) {
      audit("audits[" + i + "]", audits.get(i), auditNames);
    }
    List<SiteSettings> sites = raw.sites() == null ? List.of() : raw.sites();
    Set<String> siteNames = new HashSet<>();
    for (int i = 0; i < sites.size(); i++) {
      site("sites[" + i + "]", sites.get(i), siteNames, brandNames);
    }
    if (raw.alerts() != null) {
      for (String brand : raw.alerts().escalationRecipients().keySet()) {
        if (!brandNames.contains(brand.toLowerCase(Locale.ROOT))) {
          problems.add("alerts.escalationRecipients: '" + brand + "' is not a configured brand");
        }
      }
    }
    return new BrandpulseSettings(
        file,
        false,
        dataDir,
        db,
        store,
        brands,
        sources,
        ingest,
        audits,
        sites,
        raw.alerts(),
        raw.serve());
  }

  private void site(String at, SiteSettings s, Set<String> names, Set<String> brandNames) {
    if (s.name() == null || !NAME.matcher(s.name()).matches()) {
      problems.add(
          at
              + ".name: '"
              + s.name()
              + "' is not valid; expected lower case letters, digits, dashes");
    } else if (!names.add(s.name())) {
      problems.add(at + ".name: '" + s.name() + "' is used twice");
    }
    if (s.url() != null) {
      url(at + ".url", s.url());
    }
    if (s.brand() != null && !brandNames.contains(s.brand().toLowerCase(Locale.ROOT))) {
      problems.add(at + ".brand: '" + s.brand() + "' is not a configured brand");
    }
    zone(at + ".zone", s.zone());
    Set<String> sourceNames = new HashSet<>();
    for (int i = 0; i < s.sources().size(); i++) {
      String where = at + ".sources[" + i + "]";
      MetricSourceSettings m = s.sources().get(i);
      if (m.name() == null || !NAME.matcher(m.name()).matches()) {
        problems.add(
            where
                + ".name: '"
                + m.name()
                + "' is not valid; expected lower case letters, digits, dashes");
      } else if (!sourceNames.add(m.name())) {
        problems.add(where + ".name: '" + m.name() + "' is used twice in this site");
      }
      if (m instanceof MetricSourceSettings.AccessLog a) {
        metricFiles(where, a.paths(), a.glob());
        range(where + ".sessionMinutes", a.sessionMinutes(), 1, 24 * 60);
        try {
          org.brandpulse.ingest.metrics.accesslog.LogFormat.named(a.format());
        } catch (IllegalArgumentException e) {
          problems.add(where + ".format: " + e.getMessage());
        }
      } else if (m instanceof MetricSourceSettings.Ga4 g) {
        metricFiles(where, g.paths(), g.glob());
      } else if (m instanceof MetricSourceSettings.SearchConsole g) {
        metricFiles(where, g.paths(), g.glob());
      } else if (m instanceof MetricSourceSettings.Matomo mt) {
        requiredUrl(where + ".baseUrl", mt.baseUrl());
        if (mt.siteId() == null || mt.siteId() < 1) {
          problems.add(where + ".siteId: required (Matomo's idSite, a number >= 1)");
        }
        requiredEnv(where + ".tokenEnv", mt.tokenEnv());
        range(where + ".revisionDays", mt.revisionDays(), 0, 90);
      } else if (m instanceof MetricSourceSettings.Plausible p) {
        requiredUrl(where + ".baseUrl", p.baseUrl());
        if (blank(p.siteId())) {
          problems.add(where + ".siteId: required (the site's domain in Plausible)");
        }
        requiredEnv(where + ".tokenEnv", p.tokenEnv());
        range(where + ".revisionDays", p.revisionDays(), 0, 90);
      }
    }
  }

  private void store(StoreSettings s) {
    if (s.type() != StoreSettings.StoreType.ELASTICSEARCH) {
      return;
    }
    if (s.urls().isEmpty()) {
      problems.add("store.urls: required for elasticsearch (e.g. ['https://es1:9200'])");
    }
    s.urls().forEach(u -> url("store.urls", u));
    if (s.apiKeyEnv() != null && s.username() != null) {
      problems.add("store: give apiKeyEnv or username + passwordEnv, not both");
    }
    env("store.apiKeyEnv", s.apiKeyEnv());
    if (s.username() != null) {
      requiredEnv("store.passwordEnv", s.passwordEnv());
    }
    if (!s.indexPrefix().matches("[a-z0-9][a-z0-9_-]{0,100}")) {
      problems.add(
          "store.indexPrefix: '" + s.indexPrefix() + "'; expected lower case letters, digits, - _");
    }
    range("store.shards", s.shards(), 1, 1_000);
    range("store.replicas", s.replicas(), 0, 10);
  }

  private void metricFiles(String at, List<String> paths, String glob) {
    if (paths.isEmpty() == blank(glob)) {
      problems.add(at + ": give either 'paths' (files) or 'glob' (e.g. logs/access.log*)");
    }
  }

  private void requiredUrl(String at, String url) {
    if (blank(url)) {
      problems.add(at + ": required (an http(s) URL)");
    } else {
      url(at, url);
    }
  }

  private void requiredEnv(String at, String name) {
    if (blank(name)) {
      problems.add(at + ": required (the environment variable that holds the secret)");
    } else {
      env(at, name);
    }
  }

  private void zone(String at, String zone) {
    try {
      java.time.ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      problems.add(at + ": '" + zone + "' is not a time zone (e.g. UTC, Asia/Dhaka)");
    }
  }

  private void audit(String at, AuditSettings a, Set<String> names) {
    if (a.name() == null || !NAME.matcher(a.name()).matches()) {
      problems.add(
          at
              + ".name: '"
              + a.name()
              + "' is not valid; expected lower case letters, digits, dashes");
    } else if (!names.add(a.name())) {
      problems.add(at + ".name: '" + a.name() + "' is used twice");
    }
    if (a.url() == null) {
      problems.add(at + ".url: required (the start URL)");
    } else {
      url(at + ".url", a.url());
    }
    range(at + ".maxPages", a.maxPages(), 1, 10_000_000);
    range(at + ".concurrency", a.concurrency(), 1, 64);
    for (String key : a.thresholds().keySet()) {
      if (!org.brandpulse.seoaudit.checks.Thresholds.DEFAULTS.asMap().containsKey(key)) {
        problems.add(
            at
                + ".thresholds: unknown check '"
                + key
                + "'; accepted: "
                + new java.util.TreeSet<>(
                    org.brandpulse.seoaudit.checks.Thresholds.DEFAULTS.asMap().keySet()));
      }
    }
  }

  private void brand(String at, String name, String query, Set<String> names) {
    if (name == null || name.isBlank()) {
      problems.add(at + ".name: required");
    } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
      problems.add(
          at + ".name: '" + name + "' is used twice; brand and competitor names must be unique");
    }
    if (query == null || query.isBlank()) {
      problems.add(at + ".query: required (Lucene query syntax, e.g. bazarly OR \"bazarly.com\")");
    }
  }

  private void source(String at, SourceSettings s, Set<String> names) {
    if (s.name() == null || !NAME.matcher(s.name()).matches()) {
      problems.add(
          at
              + ".name: '"
              + s.name()
              + "' is not a valid source name; expected lower case letters, digits, dashes");
    } else if (!names.add(s.name())) {
      problems.add(at + ".name: '" + s.name() + "' is used twice");
    }
    if (s instanceof SourceSettings.Files f) {
      files(at, f);
    } else if (s instanceof SourceSettings.Feed f) {
      if (f.urls().isEmpty()) {
        problems.add(at + ".urls: at least one feed URL or file path is required");
      }
      f.urls().stream().filter(u -> u.contains("://")).forEach(u -> url(at + ".urls", u));
    } else if (s instanceof SourceSettings.Mastodon m) {
      url(at + ".baseUrl", m.baseUrl() == null ? "https://mastodon.social" : m.baseUrl());
      if (blank(m.hashtag()) == blank(m.query())) {
        problems.add(
            at + ": a mastodon source needs either 'hashtag' or 'query' (one source each)");
      }
      if (!blank(m.query()) && blank(m.tokenEnv())) {
        problems.add(
            at
                + ".tokenEnv: status search ('query') needs an access token;"
                + " name its environment variable");
      }
      env(at + ".tokenEnv", m.tokenEnv());
      maxPages(at, m.maxPages());
    } else if (s instanceof SourceSettings.Reddit r) {
      api(at, r.baseUrl(), r.query(), r.maxPages());
    } else if (s instanceof SourceSettings.HackerNews h) {
      api(at, h.baseUrl(), h.query(), h.maxPages());
    } else if (s instanceof SourceSettings.Bluesky b) {
      api(at, b.baseUrl(), b.query(), b.maxPages());
      env(at + ".tokenEnv", b.tokenEnv());
    }
    if (s instanceof SourceSettings.Api a && a.since() != null) {
      try {
        SinceDate.parse(a.since());
      } catch (IllegalArgumentException e) {
        problems.add(at + ".since: " + e.getMessage());
      }
    }
  }

  private void files(String at, SourceSettings.Files f) {
    if (f.paths().isEmpty() == blank(f.glob())) {
      problems.add(at + ": give either 'paths' (files) or 'glob' (e.g. exports/*.jsonl)");
    }
    if (!blank(f.glob())
        && f.glob().replace('\\', '/').substring(0, slash(f.glob())).contains("*")) {
      problems.add(at + ".glob: '" + f.glob() + "': only the file name may hold wildcards");
    }
    SourceSettings.Mapping mapping = f.mapping();
    if (mapping != null && mapping.preset() != null && !PRESETS.contains(mapping.preset())) {
      problems.add(
          at
              + ".mapping.preset: unknown preset '"
              + mapping.preset()
              + "'; accepted: brandpulse, listening-tool, twitter-v1");
    }
    if (mapping != null) {
      for (String field : mapping.fields().keySet()) {
        if (!FIELDS.contains(field)) {
          problems.add(
              at
                  + ".mapping.fields: unknown field '"
                  + field
                  + "'; accepted: "
                  + String.join(", ", FIELDS));
        }
      }
      if (mapping.zone() != null) {
        try {
          java.time.ZoneId.of(mapping.zone());
        } catch (java.time.DateTimeException e) {
          problems.add(
              at
                  + ".mapping.zone: '"
                  + mapping.zone()
                  + "' is not a time zone (e.g. UTC, Asia/Dhaka)");
        }
      }
      if (mapping.datePattern() != null) {
        try {
          java.time.format.DateTimeFormatter.ofPattern(mapping.datePattern());
        } catch (IllegalArgumentException e) {
          problems.add(
              at + ".mapping.datePattern: '" + mapping.datePattern() + "': " + e.getMessage());
        }
      }
    }
    if (f.charset() != null && !java.nio.charset.Charset.isSupported(f.charset())) {
      problems.add(at + ".charset: '" + f.charset() + "' is not a known charset (e.g. UTF-8)");
    }
    if (f.pageSize() != null) {
      range(at + ".pageSize", f.pageSize(), 1, 10_000);
    }
  }

  private static int slash(String glob) {
    int i = glob.replace('\\', '/').lastIndexOf('/');
    return Math.max(i, 0);
  }

  private void api(String at, String baseUrl, String query, Integer maxPages) {
    if (baseUrl != null) {
      url(at + ".baseUrl", baseUrl);
    }
    if (blank(query)) {
      problems.add(at + ".query: required");
    }
    maxPages(at, maxPages);
  }

  private void maxPages(String at, Integer maxPages) {
    if (maxPages != null) {
      range(at + ".maxPages", maxPages, 1, 1_000);
    }
  }

  private void url(String at, String url) {
    try {
      URI uri = new URI(url);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
          || uri.getHost() == null) {
        problems.add(at + ": '" + url + "' is not an http(s) URL");
      }
    } catch (URISyntaxException e) {
      problems.add(at + ": '" + url + "' is not a URL: " + e.getReason());
    }
  }

  private void env(String at, String name) {
    if (name != null && !ENV.matcher(name).matches()) {
      problems.add(
          at
              + ": '"
              + name
              + "' is not an environment variable name (the secret itself never goes in this file)");
    }
  }

  private void range(String at, int value, int min, int max) {
    if (value < min || value > max) {
      problems.add(at + ": " + value + " is out of range; accepted: " + min + " to " + max);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
