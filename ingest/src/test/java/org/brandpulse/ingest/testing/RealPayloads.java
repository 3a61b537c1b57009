package org.brandpulse.ingest.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recorded real API responses of {@code real/posts-api/} in the shared data folder (the {@code
 * brandpulse.shared.data} property; see its {@code SOURCE.txt}). They are read where they are,
 * never copied into the repository; a test that needs one is skipped when the folder is absent.
 * {@link #serveAll} scripts a {@link FixtureHttpServer} to answer each source's request with them.
 */
public final class RealPayloads {

  /** Where {@link #serveAll} serves the Mastodon statuses: the timeline of #mastodonpy. */
  public static final String MASTODON_PATH = "/api/v1/timelines/tag/mastodonpy";

  /** Where {@link #serveAll} serves the Reddit listing (search of all Reddit). */
  public static final String REDDIT_PATH = "/search.json";

  /** Where {@link #serveAll} serves the Algolia Hacker News answer. */
  public static final String HACKERNEWS_PATH = "/api/v1/search_by_date";

  /** Where {@link #serveAll} serves the Bluesky search answer. */
  public static final String BLUESKY_PATH = "/xrpc/app.bsky.feed.searchPosts";

  private RealPayloads() {}

  /**
   * The body of {@code real/posts-api/<file>}, or a skipped test when the shared data are absent.
   */
  public static String read(String file) {
    Path root = Path.of(System.getProperty("brandpulse.shared.data", "../shared/data"));
    Path path = root.resolve("real").resolve("posts-api").resolve(file);
    assumeTrue(Files.isRegularFile(path), "shared data absent: " + path);
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Scripts {@code server} with all four payloads at the {@code *_PATH}s; each answers whatever the
   * query asks, like a server whose data end there (the Mastodon one pages, see {@link
   * #serveMastodon}).
   */
  public static void serveAll(FixtureHttpServer server) {
    serveMastodon(server, MASTODON_PATH);
    server.on(REDDIT_PATH).respond(FixtureResponse.json(read("reddit_search.json")));
    server.on(HACKERNEWS_PATH).respond(FixtureResponse.json(read("hn_search.json")));
    server.on(BLUESKY_PATH).respond(FixtureResponse.json(read("bsky_search.json")));
  }

  /** The ids of the 138 Mastodon statuses, newest first (the order a timeline serves them). */
  public static List<String> mastodonIds() {
    List<String> ids = new ArrayList<>();
    JsonMapper.builder()
        .build()
        .readTree(read("mastodon_statuses.json"))
        .forEach(s -> ids.add(s.path("id").stringValue()));
    return ids;
  }

  /**
   * Scripts the 138 Mastodon statuses at {@code path} the way a Mastodon server pages a timeline:
   * newest first, 40 per page, each with a {@code Link rel="next"} header ({@code max_id} = its
   * last status), and an empty page after the last.
   *
   * @return the status ids, newest first
   */
  public static List<String> serveMastodon(FixtureHttpServer server, String path) {
    JsonMapper json = JsonMapper.builder().build();
    JsonNode statuses = json.readTree(read("mastodon_statuses.json"));
    List<String> ids = new ArrayList<>();
    statuses.forEach(s -> ids.add(s.path("id").stringValue()));
    for (int from = 0; from < ids.size(); from += 40) {
      List<JsonNode> page = new ArrayList<>();
      for (int i = from; i < Math.min(from + 40, ids.size()); i++) {
        page.add(statuses.get(i));
      }
      String last = page.get(page.size() - 1).path("id").stringValue();
      String next = "<" + server.uri(path + "?max_id=" + last) + ">; rel=\"next\"";
      FixtureResponse response =
          FixtureResponse.json(json.writeValueAsString(page)).withHeader("Link", next);
      if (from == 0) {
        server.on(path).respond(response);
      } else {
        server.on(path).query("max_id", ids.get(from - 1)).respond(response);
      }
    }
    server.on(path).query("max_id", ids.get(ids.size() - 1)).respond(FixtureResponse.json("[]"));
    return ids;
  }
}
