package org.brandpulse.ingest.source.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.brandpulse.ingest.http.HttpFetcher;
import org.brandpulse.ingest.http.HttpOptions;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.PostSourceContractTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The same RSS 2.0 and Atom feeds read from {@code file:} URLs. */
class FeedSourceFileContractTest extends PostSourceContractTest {

  @TempDir Path dir;

  static void copy(String fixture, Path target) throws IOException {
    try (InputStream in =
        FeedSourceFileContractTest.class
            .getClassLoader()
            .getResourceAsStream("source/feed/" + fixture)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @BeforeEach
  void files() throws IOException {
    copy("rss2.xml", dir.resolve("blog.xml"));
    copy("atom.xml", dir.resolve("news.atom"));
  }

  @Override
  protected PostSource newSource() {
    return new FeedSource(
        FeedSourceOptions.of(
            "blogs", dir.resolve("blog.xml").toUri(), dir.resolve("news.atom").toUri()),
        new HttpFetcher(HttpOptions.DEFAULTS),
        clock());
  }

  @Override
  protected List<String> expectedIds() {
    return FeedSourceHttpContractTest.IDS;
  }

  @Override
  protected String sourceKey() {
    return "feed:blogs";
  }

  @Override
  protected List<String> addNewData() throws IOException {
    copy("rss2-v2.xml", dir.resolve("blog.xml"));
    copy("atom-v2.xml", dir.resolve("news.atom"));
    return FeedSourceHttpContractTest.NEW_IDS;
  }
}
