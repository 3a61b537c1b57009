package org.brandpulse.app.settings;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One source of a site's metrics. The {@code type} key selects the kind. Secrets are named by
 * environment variable ({@code tokenEnv}), never written here. File paths are relative to the
 * configuration file's folder.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = MetricSourceSettings.AccessLog.class, name = "access-log"),
  @JsonSubTypes.Type(value = MetricSourceSettings.Ga4.class, name = "ga4-csv"),
  @JsonSubTypes.Type(value = MetricSourceSettings.SearchConsole.class, name = "search-console-csv"),
  @JsonSubTypes.Type(value = MetricSourceSettings.Matomo.class, name = "matomo"),
  @JsonSubTypes.Type(value = MetricSourceSettings.Plausible.class, name = "plausible")
})
public sealed interface MetricSourceSettings {

  /** The source's name, unique within its site: lower case letters, digits and dashes. */
  String name();

  /**
   * Web server access logs, plain or gzip, rotated files included.
   *
   * @param paths the log files (or use {@code glob})
   * @param glob a folder and file-name pattern, e.g. {@code logs/access.log*}
   * @param format {@code combined} (default), {@code common}, {@code nginx} or an Apache {@code
   *     LogFormat} string such as {@code %h %l %u %t "%r" %>s %b}
   * @param sessionMinutes inactivity that ends a session (default 30)
   */
  record AccessLog(
      String name, List<String> paths, String glob, String format, Integer sessionMinutes)
      implements MetricSourceSettings {
    public AccessLog {
      paths = paths == null ? List.of() : List.copyOf(paths);
      format = format == null ? "combined" : format;
      sessionMinutes = sessionMinutes == null ? 30 : sessionMinutes;
    }
  }

  /** Google Analytics 4 report exports (CSV with its comment header lines). */
  record Ga4(String name, List<String> paths, String glob) implements MetricSourceSettings {
    public Ga4 {
      paths = paths == null ? List.of() : List.copyOf(paths);
    }
  }

  /** Google Search Console performance exports (the zip or its CSV files). */
  record SearchConsole(String name, List<String> paths, String glob)
      implements MetricSourceSettings {
    public SearchConsole {
      paths = paths == null ? List.of() : List.copyOf(paths);
    }
  }

  /**
   * The Matomo Reporting API.
   *
   * @param baseUrl the Matomo address, e.g. {@code https://matomo.example.com/}
   * @param siteId Matomo's {@code idSite}
   * @param tokenEnv the environment variable holding the {@code token_auth}
   * @param revisionDays how many recent days each run fetches again (default 3)
   */
  record Matomo(String name, String baseUrl, Integer siteId, String tokenEnv, Integer revisionDays)
      implements MetricSourceSettings {
    public Matomo {
      revisionDays = revisionDays == null ? 3 : revisionDays;
    }
  }

  /**
   * The Plausible Stats API v2.
   *
   * @param baseUrl the Plausible address (default {@code https://plausible.io})
   * @param siteId the site's domain as Plausible knows it
   * @param tokenEnv the environment variable holding the API key
   * @param revisionDays how many recent days each run fetches again (default 3)
   */
  record Plausible(
      String name, String baseUrl, String siteId, String tokenEnv, Integer revisionDays)
      implements MetricSourceSettings {
    public Plausible {
      baseUrl = baseUrl == null ? "https://plausible.io" : baseUrl;
      revisionDays = revisionDays == null ? 3 : revisionDays;
    }
  }
}
