package org.brandpulse.ingest.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourcePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileSourceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private SourcePage read(String fixture) throws Exception {
    Path file = FileFixtures.copy(fixture, dir, fixture);
    return new CsvFileSource(
            FileSourceOptions.glob("listening", dir, "*.csv"),
            FieldMapping.LISTENING_TOOL_CSV,
            CLOCK)
        .fetch(null);
  }

  @Test
  void readsBomCrlfAndMultiLineQuotedFields() throws Exception {
    SourcePage page = read("listening.csv");
    assertThat(page.posts()).hasSize(5);
    Post second = page.posts().get(1);
    assertThat(second.author()).isEqualTo(new Author("tanvir_bd", "তানভীর", 120));
    assertThat(second.text()).isEqualTo("অ্যাকমি সাপোর্ট ভালো না 😞\nদ্বিতীয় লাইন \"উদ্ধৃতি\"");
    assertThat(second.createdAt()).isEqualTo(Instant.parse("2026-09-01T08:30:00Z"));
    assertThat(second.engagement()).isEqualTo(new Engagement(0, 1, 0));
    assertThat(page.posts().get(3).url()).isNull();
    assertThat(page.posts().get(4).text()).isEqualTo("𝒜cme: three\nline\nreview 😤");
  }

  @Test
  void badRowsBecomeSkippedRecordsNamingFileLineColumnAndExpectation() throws Exception {
    SourcePage page = read("bad.csv");
    assertThat(page.posts()).extracting(Post::nativeId).containsExactly("b-1", "b-7");
    assertThat(page.posts().get(1).text()).isEqualTo("quoted \"ok\" 👌");
    assertThat(page.skipped())
        .extracting(SkippedRecord::location, SkippedRecord::reason, SkippedRecord::text)
        .containsExactly(
            tuple(
                "bad.csv:3",
                "expected 11 columns as in the header, found 6",
                "b-2,2026-09-01 08:15:00,ok,OK,1,too few columns"),
            tuple(
                "bad.csv:4",
                "bad createdAt (field 'Date'): '2026/09/01 08:15', expected pattern"
                    + " yyyy-MM-dd HH:mm:ss in UTC",
                "b-3,2026/09/01 08:15,ok,OK,1,তারিখ ভুল,bn,,0,0,0"),
            tuple(
                "bad.csv:5",
                "bad authorFollowers (field 'Followers'): 'lots', expected a whole number >= 0",
                "b-4,2026-09-01 08:15:00,ok,OK,lots,bad followers 🤷,en,,0,0,0"),
            tuple(
                "bad.csv:6",
                "missing id (field 'Mention ID')",
                ",2026-09-01 08:15:00,ok,OK,1,no id,en,,0,0,0"),
            tuple(
                "bad.csv:7",
                "missing text (field 'Content')",
                "b-6,2026-09-01 08:15:00,ok,OK,1,,en,,0,0,0"));
  }

  @Test
  void aRecordIsLocatedByItsFirstLine() throws Exception {
    Files.writeString(
        dir.resolve("multi.csv"),
        "Mention ID,Date,Content\n"
            + "q-1,2026-09-01 08:00:00,\"two\nlines 🌙\"\n"
            + "q-2,not a date,মন্দ\n");
    SourcePage page =
        new CsvFileSource(
                FileSourceOptions.glob("listening", dir, "*.csv"),
                FieldMapping.LISTENING_TOOL_CSV,
                CLOCK)
            .fetch(null);
    assertThat(page.posts()).extracting(Post::text).containsExactly("two\nlines 🌙");
    assertThat(page.skipped()).extracting(SkippedRecord::location).containsExactly("multi.csv:4");
  }

  @Test
  void anImpossibleCalendarDateIsSkippedNotRolledOver() throws Exception {
    Files.writeString(
        dir.resolve("dates.csv"),
        "Mention ID,Date,Content\nd-1,2026-11-31 10:00:00,নভেম্বর ৩১\nd-2,2026-02-28 10:00:00,ok\n");
    SourcePage page =
        new CsvFileSource(
                FileSourceOptions.glob("listening", dir, "*.csv"),
                FieldMapping.LISTENING_TOOL_CSV,
                CLOCK)
            .fetch(null);
    assertThat(page.posts()).extracting(Post::nativeId).containsExactly("d-2");
    assertThat(page.skipped())
        .extracting(SkippedRecord::location, SkippedRecord::reason)
        .containsExactly(
            tuple(
                "dates.csv:2",
                "bad createdAt (field 'Date'): '2026-11-31 10:00:00', expected pattern"
                    + " yyyy-MM-dd HH:mm:ss in UTC"));
  }

  @Test
  void aHeaderWithoutARequiredColumnSkipsTheFile() throws Exception {
    SourcePage page = read("no-content-column.csv");
    assertThat(page.posts()).isEmpty();
    assertThat(page.skipped())
        .extracting(SkippedRecord::location, SkippedRecord::reason)
        .containsExactly(
            tuple(
                "no-content-column.csv:1",
                "header has no column 'Content' (needed for id, text and date); found"
                    + " [Mention ID, Date, Author]"));
  }
}
