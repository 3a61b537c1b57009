package org.brandpulse.app.settings;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole of {@code brandpulse.yml}, validated.
 *
 * @param file the file it was read from; for the embedded defaults, where one would be
 * @param embedded true for the embedded defaults (no configuration file: no brands, no sources)
 * @param dataDir where the embedded database and index live (absolute)
 * @param database the JDBC database
 * @param store the post store
 * @param brands the brands with their competitors
 * @param sources the post sources
 * @param ingest ingest job options
 * @param audits sites the {@code seoAudit} job audits
 * @param sites sites whose traffic the {@code ingestMetrics} job imports
 * @param alerts the complaint alerts' settings (defaults when absent)
 * @param serve {@code brandpulse serve}: port, schedules, users (defaults when absent)
 */
public record BrandpulseSettings(
    Path file,
    boolean embedded,
    Path dataDir,
    DatabaseSettings database,
    StoreSettings store,
    List<BrandSettings> brands,
    List<SourceSettings> sources,
    IngestSettings ingest,
    List<AuditSettings> audits,
    List<SiteSettings> sites,
    org.brandpulse.app.settings.AlertSettings alerts,
    org.brandpulse.app.serve.ServeSettings serve) {

  public BrandpulseSettings {
    brands = List.copyOf(brands);
    sources = List.copyOf(sources);
    audits = audits == null ? List.of() : List.copyOf(audits);
    sites = sites == null ? List.of() : List.copyOf(sites);
    alerts = alerts == null ? org.brandpulse.app.settings.AlertSettings.DEFAULTS : alerts;
    serve = serve == null ? org.brandpulse.app.serve.ServeSettings.DEFAULTS : serve;
  }

  /** A copy marked as the embedded defaults. */
  BrandpulseSettings asEmbedded() {
    return new BrandpulseSettings(
        file, true, dataDir, database, store, brands, sources, ingest, audits, sites, alerts,
        serve);
  }

  /** Where these settings come from, for messages: the file, or the embedded defaults. */
  public String describe() {
    return embedded
        ? "the embedded defaults (no configuration file; data in " + dataDir + ")"
        : file.toString();
  }

  /**
   * These settings, when they name at least one brand; otherwise an error saying that {@code
   * command} needs brands and how to give them.
   */
  public BrandpulseSettings requireBrands(String command) {
    if (!brands.isEmpty()) {
      return this;
    }
    String fix =
        embedded
            ? "no configuration file was found (--config FILE, $BRANDPULSE_CONFIG, ./brandpulse.yml"
                + " or demo/brandpulse.yml from 'brandpulse demo'); write a brandpulse.yml with"
                + " 'brands:' (name, query) and 'sources:'"
            : file + " has none; add 'brands:' (name, query; see the README)";
    throw new SettingsException(
        "'brandpulse " + command + "' needs at least one brand to work on: " + fix);
  }

  /**
   * The configured site with this name, or else an ad hoc one (UTC, no brand, no goals): traffic
   * can be imported and compared for a site the configuration does not name.
   */
  public SiteSettings siteOrAdHoc(String name) {
    return sites.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseGet(() -> new SiteSettings(name, null, null, "UTC", List.of(), List.of()));
  }

  /** The site with this name. */
  public SiteSettings site(String name) {
    return sites.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new SettingsException(
                    "no site named '"
                        + name
                        + "' in "
                        + file
                        + "; configured: "
                        + sites.stream().map(SiteSettings::name).toList()));
  }

  /** The folder of the configuration file; relative paths in it are resolved against this. */
  public Path baseDir() {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /** The JDBC URL to use: the configured one, or the embedded H2 file database. */
  public String jdbcUrl() {
    if (database.url() != null && !database.url().isBlank()) {
      return database.url();
    }
    return "jdbc:h2:file:" + dataDir.resolve("brandpulse").toAbsolutePath() + ";AUTO_SERVER=FALSE";
  }

  /** The Lucene index folder. */
  public Path storePath() {
    return dataDir.resolve(store.path()).toAbsolutePath().normalize();
  }

  /** The source with this name. */
  public SourceSettings source(String name) {
    return sources.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new SettingsException(
                    "no source named '"
                        + name
                        + "' in "
                        + file
                        + "; configured: "
                        + sources.stream().map(SourceSettings::name).toList()));
  }
}
