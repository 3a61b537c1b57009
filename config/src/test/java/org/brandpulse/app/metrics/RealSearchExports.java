package org.brandpulse.app.metrics;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.brandpulse.app.testing.CliRun;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.metrics.searchconsole.SearchConsoleCsvSource;
import org.brandpulse.reporting.period.ExportRange;

/**
 * The real Search Console export of shared/data/real/search-console/zechanah (SOURCE.txt:
 * 2025-03-17..2025-04-19, 110 clicks, 496 impressions) and a second export made from it, since only
 * one real export exists.
 *
 * <p>The second export ({@link #writeLater}) is the real one transformed as follows, to stand for
 * the next export of the same site: every {@code Dates.csv} day moves {@value #SHIFT_DAYS} days
 * later (2025-04-20..2025-05-23, the range right after the first); in {@code Queries.csv} the query
 * {@code hcidirect} is dropped (lost), {@code hci direct} gets 50 clicks and 80 impressions (was 44
 * and 71) and the hostile query {@link #HOSTILE_QUERY} is added with 2 clicks and 20 impressions
 * (new); in {@code Pages.csv} {@code /home/} gets 9 clicks (was 5) and the percent-encoded Bengali
 * page {@link #BENGALI_PAGE} is added. Every other row is kept verbatim.
 */
final class RealSearchExports {

  static final Path REAL = CliRun.sharedData("real/search-console/zechanah");
  static final ExportRange MARCH =
      new ExportRange(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 4, 19));
  static final ExportRange APRIL =
      new ExportRange(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 5, 23));
  static final int SHIFT_DAYS = 34;

  /** Query text that must come out escaped in HTML and e-mail. */
  static final String HOSTILE_QUERY = "<script>alert(\"q\")</script> chairs & tables";

  /** {@code /product/চেয়ার/} percent-encoded, as Search Console writes it. */
  static final String BENGALI_PAGE =
      "https://www.hcidirect.co.uk/product/%E0%A6%9A%E0%A7%87%E0%A6%AF%E0%A6%BC%E0%A6%BE%E0%A6%B0/";

  private RealSearchExports() {}

  /** Skips the test when the shared real data is absent. */
  static void require() {
    assumeTrue(Files.isDirectory(REAL), "shared real data not present: " + REAL);
  }

  /** The real export as one batch. */
  static MetricsBatch real() throws Exception {
    return read(REAL);
  }

  /** The transformed later export as one batch. */
  static MetricsBatch later(Path dir) throws Exception {
    return read(writeLater(dir));
  }

  static MetricsBatch read(Path folder) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    return new SearchConsoleCsvSource("search-console", files).fetch(MARCH.from(), MARCH.to());
  }

  /** Writes the later export (see the class comment) into {@code dir}; returns {@code dir}. */
  static Path writeLater(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> list = Files.list(REAL)) {
      for (Path f : list.filter(p -> p.toString().endsWith(".csv")).toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        String name = f.getFileName().toString();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (i > 0 && name.equals("Dates.csv")) {
            line = LocalDate.parse(line.substring(0, 10)).plusDays(SHIFT_DAYS) + line.substring(10);
          } else if (name.equals("Queries.csv")) {
            if (line.startsWith("hcidirect,")) {
              continue;
            }
            line = line.startsWith("hci direct,") ? "hci direct,50,80,62.5%,2.13" : line;
          } else if (name.equals("Pages.csv")
              && line.startsWith("https://www.hcidirect.co.uk/home/,")) {
            line = "https://www.hcidirect.co.uk/home/,9,73,12.33%,2.56";
          }
          out.add(line);
        }
        if (name.equals("Queries.csv")) {
          out.add("\"" + HOSTILE_QUERY.replace("\"", "\"\"") + "\",2,20,10%,4.5");
        } else if (name.equals("Pages.csv")) {
          out.add(BENGALI_PAGE + ",1,12,8.33%,9.1");
        }
        Files.write(dir.resolve(name), out, StandardCharsets.UTF_8);
      }
    }
    return dir;
  }
}
