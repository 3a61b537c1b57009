package org.brandpulse.ingest.metrics.ga4;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.source.SkippedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Garbage rows spoil only themselves: the good rows read the same, the bad ones are listed. */
class Ga4GarbageRowsTest {

  private static final Path CHANNELS =
      Path.of("src/test/resources/metrics/ga4/traffic-acquisition-channels.csv");
  private static final String ALPHABET = "ab ,,\"\"%.-/পণ্যচাمنتجات日本🚀\t";
  private static final LocalDate ANY = LocalDate.of(2000, 1, 1);

  @TempDir Path tmp;

  @Test
  void randomBadRowsNeverChangeTheGoodRowsValues() throws Exception {
    long seed = System.nanoTime();
    System.out.println("Ga4GarbageRowsTest seed " + seed);
    Random random = new Random(seed);
    List<String> lines = Files.readAllLines(CHANNELS, StandardCharsets.UTF_8);
    MetricsBatch clean = fetch(CHANNELS);
    for (int round = 0; round < 20; round++) {
      List<String> mixed = new ArrayList<>(lines.subList(0, 11));
      Set<String> inserted = new HashSet<>(); // bad rows: the fixture's own and the garbage
      for (String line : lines.subList(11, lines.size())) {
        mixed.add(line);
        if (line.startsWith("Referral,2026013,")) {
          inserted.add("mixed.csv:" + mixed.size());
        }
        if (random.nextBoolean()) {
          mixed.add(garbage(random));
          inserted.add("mixed.csv:" + mixed.size());
        }
      }
      Path file = Files.write(tmp.resolve("mixed.csv"), mixed, StandardCharsets.UTF_8);

      MetricsBatch batch = fetch(file);

      assertThat(batch.values()).as("seed %d", seed).isEqualTo(clean.values());
      assertThat(batch.skipped())
          .extracting(SkippedRecord::location)
          .as("seed %d", seed)
          .hasSizeGreaterThanOrEqualTo(1)
          .allMatch(inserted::contains);
    }
  }

  @Test
  void listsTheFirstHundredBadRowsAndCountsTheRest() throws Exception {
    StringBuilder text = new StringBuilder("Date,Sessions\n20260301,4\n");
    for (int i = 0; i < 130; i++) {
      text.append("2026030x,").append(i).append('\n');
    }
    Path file = Files.writeString(tmp.resolve("many.csv"), text, StandardCharsets.UTF_8);

    MetricsBatch batch = fetch(file);

    assertThat(batch.values()).hasSize(1);
    assertThat(batch.skipped()).hasSize(Ga4FileReader.MAX_SKIPPED + 1);
    assertThat(batch.skipped().get(0).location()).isEqualTo("many.csv:3");
    assertThat(batch.skipped().get(100).reason()).isEqualTo("30 more bad rows not listed");
  }

  /** A non-blank line without digits or a leading '#', so it can never be a dated row. */
  private static String garbage(Random random) {
    StringBuilder line = new StringBuilder("x");
    int length = 1 + random.nextInt(60);
    for (int i = 0; i < length; i++) {
      int at = random.nextInt(ALPHABET.length());
      if (Character.isLowSurrogate(ALPHABET.charAt(at))) {
        at--;
      }
      line.append(ALPHABET.charAt(at));
      if (Character.isHighSurrogate(ALPHABET.charAt(at))) {
        line.append(ALPHABET.charAt(at + 1));
      }
    }
    return line.toString();
  }

  private static MetricsBatch fetch(Path file) throws Exception {
    return new Ga4CsvSource("ga4", List.of(file)).fetch(ANY, ANY);
  }
}
