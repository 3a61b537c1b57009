package org.brandpulse.ingest.source.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brandpulse.ingest.http.FetchResponse;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.feed.FeedCursor.FeedState;

/** Loads a feed document over HTTP (conditionally, with the last validators) or from a file. */
final class FeedLoader {

  /**
   * A loaded document.
   *
   * @param bytes the document, empty when not modified
   * @param contentType the HTTP {@code Content-Type}, or null
   * @param etag the new {@code ETag}, or null
   * @param lastModified the new {@code Last-Modified}, or null
   * @param notModified true when the server answered 304
   */
  record Loaded(
      byte[] bytes, String contentType, String etag, String lastModified, boolean notModified) {}

  private final HttpFetcher fetcher;
  private final long maxFileBytes;

  FeedLoader(HttpFetcher fetcher, long maxFileBytes) {
    this.fetcher = fetcher;
    this.maxFileBytes = maxFileBytes;
  }

  Loaded load(URI feed, FeedState state) throws SourceException {
    if ("file".equalsIgnoreCase(feed.getScheme())) {
      return loadFile(Path.of(feed));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (state.etag() != null) {
      headers.put("If-None-Match", state.etag());
    }
    if (state.lastModified() != null) {
      headers.put("If-Modified-Since", state.lastModified());
    }
    headers.put(
        "Accept",
        "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9,"
            + " text/xml;q=0.8, */*;q=0.5");
    FetchResponse response = fetcher.get(feed, headers);
    if (response.notModified()) {
      return new Loaded(new byte[0], null, state.etag(), state.lastModified(), true);
    }
    return new Loaded(
        response.body(),
        response.header("Content-Type").orElse(null),
        response.header("ETag").orElse(null),
        response.header("Last-Modified").orElse(null),
        false);
  }

  private Loaded loadFile(Path file) throws SourceException {
    try {
      long size = Files.size(file);
      if (size > maxFileBytes) {
        throw new SourceException(
            "feed file " + file + " has " + size + " bytes, more than maxFileBytes=" + maxFileBytes,
            false);
      }
      return new Loaded(Files.readAllBytes(file), null, null, null, false);
    } catch (IOException e) {
      throw new SourceException("cannot read feed file " + file + ": " + e, false, e);
    }
  }
}
