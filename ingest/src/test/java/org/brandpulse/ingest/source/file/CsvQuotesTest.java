package org.brandpulse.ingest.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourcePage;
import org.brandpulse.ingest.testing.SourceRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line endings inside CSV fields and quotes that never close (issue 13). */
class CsvQuotesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);
  private static final String HEADER = "Mention ID,Date,Content\n";
  private static final String DATE = ",2026-09-01 08:00:00,";

  @TempDir Path dir;

  private CsvFileSource source(Path file, int pageSize) {
    return new CsvFileSource(
        FileSourceOptions.files("listening", file).withPageSize(pageSize),
        FieldMapping.LISTENING_TOOL_CSV,
        CLOCK);
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** Rows {@code r-from .. r-(to-1)}, one line each. */
  private static String goodRows(int from, int to) {
    StringBuilder rows = new StringBuilder();
    IntStream.range(from, to).forEach(i -> rows.append("r-" + i + DATE + "ভালো " + i + "\n"));
    return rows.toString();
  }

  @Test
  void lineEndingsInsideFieldsBelongToTheFieldAndLineNumbersStayRight() throws Exception {
    Path file =
        write(
            "endings.csv",
            "Mention ID,Date,Content\r\n"
                + "e-1"
                + DATE
                + "\"LF\ninside 🌙\"\r\n"
                + "e-2"
                + DATE
                + "\"CRLF\r\ninside\"\r\n"
                + "e-3"
                + DATE
                + "\"bare CR\rinside\"\n"
                + "e-4"
                + DATE
                + "unquoted \r\rbare CRs مرحبا\n"
                + "e-5,not a date,\"two\nlines\"\n"
                + "e-6"
                + DATE
                + "last\n");
    SourcePage page = source(file, 50).fetch(null);
    assertThat(page.posts())
        .extracting(Post::text)
        .containsExactly(
            "LF\ninside 🌙",
            "CRLF\ninside",
            "bare CR\ninside",
            "unquoted \n\nbare CRs مرحبا",
            "last");
    assertThat(page.skipped())
        .extracting(SkippedRecord::location)
        .containsExactly("endings.csv:8-9");
  }

  @Test
  void anUnclosedQuoteCostsOneLineNotTheRestOfTheFile() throws Exception {
    Path file =
        write(
            "big.csv",
            HEADER
                + "good"
                + DATE
                + "first\n"
                + "bad"
                + DATE
                + "\"never closed 😤\n"
                + goodRows(0, 20_000));
    SourceRead read = SourceRead.toLast(source(file, FileSourceOptions.DEFAULT_PAGE_SIZE), null);
    assertThat(read.posts()).hasSize(20_001);
    assertThat(read.posts().get(1).nativeId()).isEqualTo("r-0");
    assertThat(read.posts().get(20_000).nativeId()).isEqualTo("r-19999");
    assertThat(read.skipped())
        .extracting(SkippedRecord::location, SkippedRecord::text)
        .containsExactly(tuple("big.csv:3", "bad" + DATE + "\"never closed 😤"));
    assertThat(read.skipped().get(0).reason())
        .isEqualTo(
            "unbalanced quote: the quoted field opened on line 3 is still open after 1000 lines;"
                + " expected a closing quote, then a comma or the end of the line (a quote inside"
                + " a quoted field is written \"\"); skipped line 3 and read on from line 4");
  }

  @Test
  void theCursorResumesRightAfterTheSkippedLine() throws Exception {
    String head = HEADER + "good" + DATE + "first\n" + "bad" + DATE + "\"never closed\n";
    Path file = write("resume.csv", head + goodRows(0, 1_500));
    CsvFileSource source = source(file, 2);
    SourcePage first = source.fetch(null);
    assertThat(first.posts()).extracting(Post::nativeId).containsExactly("good");
    assertThat(first.skipped()).extracting(SkippedRecord::location).containsExactly("resume.csv:3");
    FileCursor.FileState state = FileCursor.decode(first.nextCursor(), "listening").files().get(0);
    assertThat(state.offset()).isEqualTo(head.getBytes(StandardCharsets.UTF_8).length);
    assertThat(state.line()).isEqualTo(3);
    SourcePage second = source.fetch(first.nextCursor());
    assertThat(second.posts()).extracting(Post::nativeId).containsExactly("r-0", "r-1");
    SourceRead rest = SourceRead.toLast(source(file, 500), first.nextCursor());
    assertThat(rest.posts()).hasSize(1_500);
    assertThat(rest.skipped()).isEmpty();
  }

  @Test
  void aQuoteOpenAtTheEndIsSkippedOnceTheFileStopsGrowing() throws Exception {
    Path file =
        write(
            "tail.csv",
            HEADER + "good" + DATE + "ok\n" + "bad" + DATE + "\"open\n" + goodRows(0, 3));
    CsvFileSource source = source(file, 50);
    SourcePage first = source.fetch(null);
    assertThat(first.posts()).extracting(Post::nativeId).containsExactly("good");
    assertThat(first.skipped()).isEmpty();
    SourcePage second = source.fetch(first.nextCursor());
    assertThat(second.posts()).extracting(Post::nativeId).containsExactly("r-0", "r-1", "r-2");
    assertThat(second.skipped()).extracting(SkippedRecord::location).containsExactly("tail.csv:3");
    assertThat(second.skipped().get(0).reason())
        .startsWith(
            "unbalanced quote: the quoted field opened on line 3 is still open at the end of the"
                + " file;");
    assertThat(source.fetch(second.nextCursor()).posts()).isEmpty();
  }

  @Test
  void aQuoteClosedTooEarlySkipsOnlyTheLineWhereItOpened() throws Exception {
    Path file =
        write(
            "junk.csv",
            HEADER
                + "j-1"
                + DATE
                + "\"closed\"early,\n"
                + "j-2"
                + DATE
                + "\"stray\n"
                + "j-3"
                + DATE
                + "\"a \"\"quoted\"\" word\"\n"
                + "j-4"
                + DATE
                + "fine\n");
    SourcePage page = source(file, 50).fetch(null);
    assertThat(page.posts())
        .extracting(Post::nativeId, Post::text)
        .containsExactly(tuple("j-3", "a \"quoted\" word"), tuple("j-4", "fine"));
    assertThat(page.skipped())
        .extracting(SkippedRecord::location, SkippedRecord::reason)
        .containsExactly(
            tuple(
                "junk.csv:2",
                "unbalanced quote: the quoted field opened on line 2 closes on line 2 before 'e';"
                    + " expected a closing quote, then a comma or the end of the line (a quote"
                    + " inside a quoted field is written \"\"); skipped line 2 and read on from"
                    + " line 3"),
            tuple(
                "junk.csv:3",
                "unbalanced quote: the quoted field opened on line 3 closes on line 4 before 'a';"
                    + " expected a closing quote, then a comma or the end of the line (a quote"
                    + " inside a quoted field is written \"\"); skipped line 3 and read on from"
                    + " line 4"));
  }
}
