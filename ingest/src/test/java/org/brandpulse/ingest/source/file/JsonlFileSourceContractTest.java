package org.brandpulse.ingest.source.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.PostSourceContractTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class JsonlFileSourceContractTest extends PostSourceContractTest {

  private static final String P = "file:social:17300000000000000";

  @TempDir Path dir;

  @BeforeEach
  void fixture() throws IOException {
    FileFixtures.copy("twitter.jsonl", dir, "twitter.jsonl");
  }

  @Override
  protected PostSource newSource() {
    return new JsonlFileSource(
        FileSourceOptions.glob("social", dir, "*.jsonl").withPageSize(3),
        FieldMapping.TWITTER_V1_JSONL,
        clock());
  }

  @Override
  protected List<String> expectedIds() {
    return List.of(P + "01", P + "02", P + "03", P + "04", P + "06", P + "07");
  }

  @Override
  protected String sourceKey() {
    return "file:social";
  }

  @Override
  protected int expectedSkippedCount() {
    return 1;
  }

  /** A line appended to the known file and a new file that sorts before it. */
  @Override
  protected List<String> addNewData() throws IOException {
    FileFixtures.append(dir.resolve("twitter.jsonl"), FileFixtures.lines("twitter-more.jsonl", 0));
    FileFixtures.append(dir.resolve("twitter-2.jsonl"), "");
    FileFixtures.append(
        dir.resolve("twitter-2.jsonl"), FileFixtures.lines("twitter-more.jsonl", 1));
    return List.of(P + "09", P + "08");
  }
}
