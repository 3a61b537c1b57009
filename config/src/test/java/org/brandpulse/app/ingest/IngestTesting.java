package org.brandpulse.app.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.brandpulse.ingest.AnalyzedPost;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** The ingest fixture for tests of other jobs: an installation with the fixture posts ingested. */
public final class IngestTesting {

  private final IngestFixture fixture;

  private IngestTesting(IngestFixture fixture) {
    this.fixture = fixture;
  }

  /** A fresh installation in {@code dir} with the fixture sources ingested once. */
  public static IngestTesting ingested(Path dir, Instant runAt) throws Exception {
    IngestFixture f = new IngestFixture(dir);
    f.ingest(runAt);
    return new IngestTesting(f);
  }

  @SafeVarargs
  public final ConfigurableApplicationContext start(
      ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
    return fixture.start(initializers);
  }

  public List<AnalyzedPost> posts() throws Exception {
    return fixture.posts();
  }

  /** See {@link IngestPostsJobTest#crashAfterUpserts(int)}. */
  public static ApplicationContextInitializer<ConfigurableApplicationContext> crashAfterUpserts(
      int n) {
    return IngestPostsJobTest.crashAfterUpserts(n);
  }
}
