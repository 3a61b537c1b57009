package org.brandpulse.ingest.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translog: records back in order, a torn end dropped, damage before sound records refused by
 * name.
 */
class TranslogTest {

  @TempDir Path dir;

  @Test
  void recordsComeBackInOrderAcrossGenerations() throws Exception {
    try (Translog log = Translog.open(dir, 0, r -> {})) {
      log.append(List.of("{\"a\":1}", "{\"b\":\"ঢাকা 😡\"}"));
      log.roll();
      log.append(List.of("{\"c\":3}"));
    }
    List<String> replayed = new ArrayList<>();
    try (Translog log = Translog.open(dir, 0, replayed::add)) {
      assertThat(replayed).containsExactly("{\"a\":1}", "{\"b\":\"ঢাকা 😡\"}", "{\"c\":3}");
      assertThat(log.generation()).isEqualTo(2);
    }
  }

  @Test
  void generationsACommitHoldsAreNotReplayedAndCanBeDeleted() throws Exception {
    try (Translog log = Translog.open(dir, 0, r -> {})) {
      log.append(List.of("old"));
      long next = log.roll();
      log.append(List.of("new"));
      log.deleteBefore(next);
    }
    List<String> replayed = new ArrayList<>();
    try (Translog log = Translog.open(dir, 1, replayed::add)) {
      assertThat(replayed).containsExactly("new");
    }
    assertThat(tlogs()).doesNotContain("translog-0.tlog");
  }

  /** A record a replay would take for damage is refused before anything of its batch is written. */
  @Test
  void aRecordPastWhatAReplayReadsIsRefused() throws Exception {
    try (Translog log = Translog.open(dir, 0, r -> {})) {
      log.append(List.of("before"));
      String huge = "x".repeat((64 << 20) + 1);
      assertThatThrownBy(() -> log.append(List.of("kept out", huge)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("past the translog's");
      log.append(List.of("after"));
    }
    List<String> replayed = new ArrayList<>();
    try (Translog log = Translog.open(dir, 0, replayed::add)) {
      assertThat(replayed).containsExactly("before", "after");
    }
  }

  @Test
  void aRecordCutShortAtTheEndIsDropped() throws Exception {
    try (Translog log = Translog.open(dir, 0, r -> {})) {
      log.append(List.of("first", "second"));
    }
    Path file = dir.resolve("translog-0.tlog");
    long whole = Files.size(file);
    // the crash came halfway through the next write
    Files.write(file, new byte[] {0, 0, 0, 40, 1, 2, 3, 4, 'x'}, StandardOpenOption.APPEND);
    List<String> replayed = new ArrayList<>();
    try (Translog log = Translog.open(dir, 0, replayed::add)) {
      assertThat(replayed).containsExactly("first", "second");
    }
    assertThat(Files.size(file)).isGreaterThan(whole);
  }

  @Test
  void aWriteThatFailedInAnOlderGenerationIsDroppedToo() throws Exception {
    try (Translog log = Translog.open(dir, 0, r -> {})) {
      log.append(List.of("first", "second"));
      log.roll();
      log.append(List.of("third"));
    }
    // a write that failed halfway (a full disk) and could not be cut off, then a new generation
    Files.write(
        dir.resolve("translog-0.tlog"), new byte[] {0, 0, 0, 9, 'p'}, StandardOpenOption.APPEND);
    List<String> replayed = new ArrayList<>();
    try (Translog log = Translog.open(dir, 0, replayed::add)) {
      assertThat(replayed).containsExactly("first", "second", "third");
    }
  }

  @Test
  void damageFollowedByASoundRecordIsRefusedNamingFileAndOffset() throws Exception {
    try (Translog log = Translog.open(dir, 0, r -> {})) {
      log.append(List.of("first", "second", "third"));
      log.roll();
      log.append(List.of("fourth"));
    }
    flipByte(dir.resolve("translog-0.tlog"), 8 + 5 + 8 + 2);
    assertThatThrownBy(() -> Translog.open(dir, 0, r -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("translog-0.tlog")
        .hasMessageContaining("damaged at byte 13")
        .hasMessageContaining("checksum");
  }

  private void flipByte(Path file, int at) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[at] ^= 0x20;
    Files.write(file, bytes);
  }

  private List<String> tlogs() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
