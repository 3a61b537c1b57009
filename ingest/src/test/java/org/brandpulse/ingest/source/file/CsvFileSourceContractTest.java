package org.brandpulse.ingest.source.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.PostSourceContractTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class CsvFileSourceContractTest extends PostSourceContractTest {

  @TempDir Path dir;

  @BeforeEach
  void fixture() throws IOException {
    FileFixtures.copy("listening.csv", dir, "listening.csv");
  }

  @Override
  protected PostSource newSource() {
    return new CsvFileSource(
        FileSourceOptions.files("listening", dir.resolve("listening.csv")).withPageSize(2),
        FieldMapping.LISTENING_TOOL_CSV,
        clock());
  }

  @Override
  protected List<String> expectedIds() {
    return List.of(
        "file:listening:m-001",
        "file:listening:m-002",
        "file:listening:m-003",
        "file:listening:m-004",
        "file:listening:m-005");
  }

  @Override
  protected String sourceKey() {
    return "file:listening";
  }

  @Override
  protected List<String> addNewData() throws IOException {
    FileFixtures.append("listening-more.csv", dir.resolve("listening.csv"));
    return List.of("file:listening:m-006");
  }
}
