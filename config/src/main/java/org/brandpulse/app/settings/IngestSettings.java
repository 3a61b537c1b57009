package org.brandpulse.app.settings;

/**
 * How the {@code ingestPosts} job runs.
 *
 * @param chunkSize posts per transaction (1 to 10,000; default 500)
 * @param skipLimit how many bad records one source may skip in a run before its step fails (default
 *     10,000)
 * @param userAgent the User-Agent of HTTP sources
 */
public record IngestSettings(Integer chunkSize, Integer skipLimit, String userAgent) {

  public static final IngestSettings DEFAULT = new IngestSettings(500, 10_000, null);

  public IngestSettings {
    chunkSize = chunkSize == null ? 500 : chunkSize;
    skipLimit = skipLimit == null ? 10_000 : skipLimit;
    userAgent =
        userAgent == null || userAgent.isBlank()
            ? "Brandpulse/0.1 (+https://github.com/brandpulse)"
            : userAgent;
  }
}
