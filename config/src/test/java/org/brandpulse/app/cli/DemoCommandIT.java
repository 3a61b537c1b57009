package org.brandpulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, end to end: demo data written, ingested, summarised. */
class DemoCommandIT {

  @TempDir Path dir;

  @Test
  void theDemoIngestsTheBundledDataAndALaterIngestFindsNothingNew() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        BrandpulseCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute("demo", "--dir", dir.toString(), "--last-day", "2026-11-27", "--quiet");

    assertThat(code).as(err.toString()).isZero();
    String summary = out.toString();
    assertThat(summary)
        .contains("Ingest run", "COMPLETED", "social-export", "listening-export", "news", "blogs")
        .contains("Skipped records (6)", "social.jsonl:344", "listening.csv:717")
        .contains("Posts per brand:", "Bazarly", "ShopNest", "Dhakart")
        .contains("Sentiment:", "negative", "Languages:", "bn")
        .contains("Top keywords:", "Complaints needing a reply:");
    assertThat(storedCount(summary)).isBetween(2_500L, 3_100L);

    StringWriter again = new StringWriter();
    int second =
        BrandpulseCommand.commandLine(new PrintWriter(again, true), new PrintWriter(err, true))
            .execute("-c", dir.resolve("brandpulse.yml").toString(), "ingest", "--quiet");
    assertThat(second).isZero();
    assertThat(again.toString()).containsPattern("social-export\\s+0\\s+0\\s+0");
  }

  private static long storedCount(String summary) {
    var m = java.util.regex.Pattern.compile("The store holds (\\d+) posts").matcher(summary);
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }
}
