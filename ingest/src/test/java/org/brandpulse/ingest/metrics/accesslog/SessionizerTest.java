package org.brandpulse.ingest.metrics.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.brandpulse.ingest.metrics.accesslog.DailyMetric.Dimension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionizerTest {

  private static final LocalDate MAR1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate MAR2 = LocalDate.of(2024, 3, 2);
  private static AccessLogReader.Summary summary;
  private static Sessionizer.Report report;

  @BeforeAll
  static void readFixtures() throws Exception {
    Sessionizer sessionizer =
        new Sessionizer(
            new TrafficClassifier(Set.of("shop.example")),
            Sessionizer.Options.DEFAULTS.withGoals(List.of("/order/*/thanks")));
    summary = new AccessLogReader(LogFormat.COMBINED).read(fixtures(), sessionizer::accept);
    report = sessionizer.finish();
  }

  static List<Path> fixtures() throws Exception {
    Path dir = Paths.get(SessionizerTest.class.getResource("/metrics/accesslog").toURI());
    // given in reverse: the reader sorts by name
    return List.of(dir.resolve("access-2024-03-02.log"), dir.resolve("access-2024-03-01.log.gz"));
  }

  @Test
  void readsGzipAndPlainAndReportsMalformedLinesWithFileAndLine() {
    assertThat(summary.lines()).isEqualTo(35);
    assertThat(summary.records()).isEqualTo(32);
    assertThat(summary.malformedLines()).isEqualTo(3);
    assertThat(summary.malformed())
        .extracting(MalformedLine::file, MalformedLine::line)
        .containsExactly(
            tuple("access-2024-03-01.log.gz", 6L),
            tuple("access-2024-03-01.log.gz", 11L),
            tuple("access-2024-03-02.log", 23L));
    assertThat(summary.malformed().get(1).toString())
        .isEqualTo(
            "access-2024-03-01.log.gz:11: expected a 3-digit status at column 65 in"
                + " '198.51.100.20 - - [01/Mar/2024:10:59:00 +0000] \"GET / HTTP/1.1\" OK 10"
                + " \"-\" \"x\"'");
  }

  @Test
  void countsTotalsAndFilteredBots() {
    assertThat(report.requests()).isEqualTo(32);
    assertThat(report.botAgentRequests()).isEqualTo(2);
    assertThat(report.behaviourBotRequests()).isEqualTo(14);
    assertThat(report.botRequests()).isEqualTo(16);
    assertThat(report.lateRecords()).isEqualTo(1);
    assertThat(report.sessions()).isEqualTo(6);
    assertThat(report.pageviews()).isEqualTo(9);
    assertThat(report.bounces()).isEqualTo(4);
    assertThat(report.visitors()).isEqualTo(5);
    assertThat(report.conversions()).isEqualTo(1);
  }

  @Test
  void dailyRowsPerTotalChannelLandingExitAndGoal() {
    assertThat(report.daily())
        .extracting(
            DailyMetric::day,
            DailyMetric::dimension,
            DailyMetric::key,
            DailyMetric::visitors,
            DailyMetric::sessions,
            DailyMetric::pageviews,
            DailyMetric::bounces,
            DailyMetric::conversions)
        .containsExactly(
            tuple(MAR1, Dimension.TOTAL, "", 2L, 3L, 5L, 2L, 1L),
            tuple(MAR1, Dimension.CHANNEL, "Email", 1L, 1L, 1L, 1L, 0L),
            tuple(MAR1, Dimension.CHANNEL, "Organic Search", 1L, 1L, 3L, 0L, 1L),
            tuple(MAR1, Dimension.CHANNEL, "Paid Search", 1L, 1L, 1L, 1L, 0L),
            tuple(MAR1, Dimension.LANDING_PAGE, "/", 2L, 2L, 4L, 1L, 1L),
            tuple(MAR1, Dimension.LANDING_PAGE, "/products/tea", 1L, 1L, 1L, 1L, 0L),
            tuple(MAR1, Dimension.EXIT_PAGE, "/", 1L, 1L, 1L, 1L, 0L),
            tuple(MAR1, Dimension.EXIT_PAGE, "/order/42/thanks", 1L, 1L, 3L, 0L, 1L),
            tuple(MAR1, Dimension.EXIT_PAGE, "/products/tea", 1L, 1L, 1L, 1L, 0L),
            tuple(MAR1, Dimension.GOAL, "/order/*/thanks", 1L, 1L, 3L, 0L, 1L),
            tuple(MAR2, Dimension.TOTAL, "", 3L, 3L, 4L, 2L, 0L),
            tuple(MAR2, Dimension.CHANNEL, "Direct", 1L, 1L, 1L, 1L, 0L),
            tuple(MAR2, Dimension.CHANNEL, "Referral", 1L, 1L, 1L, 1L, 0L),
            tuple(MAR2, Dimension.CHANNEL, "Social", 1L, 1L, 2L, 0L, 0L),
            tuple(MAR2, Dimension.LANDING_PAGE, "/about", 1L, 1L, 1L, 1L, 0L),
            tuple(MAR2, Dimension.LANDING_PAGE, "/blog/post", 1L, 1L, 1L, 1L, 0L),
            tuple(MAR2, Dimension.LANDING_PAGE, "/ক্যাটালগ/চা", 1L, 1L, 2L, 0L, 0L),
            tuple(MAR2, Dimension.EXIT_PAGE, "/about", 2L, 2L, 3L, 1L, 0L),
            tuple(MAR2, Dimension.EXIT_PAGE, "/blog/post", 1L, 1L, 1L, 1L, 0L));
  }

  @Test
  void shorterTimeoutSplitsSessions() throws IOException, Exception {
    Sessionizer sessionizer =
        new Sessionizer(
            new TrafficClassifier(Set.of("shop.example")),
            Sessionizer.Options.DEFAULTS.withSessionTimeout(Duration.ofMinutes(1)));
    new AccessLogReader(LogFormat.COMBINED).read(fixtures(), sessionizer::accept);
    Sessionizer.Report split = sessionizer.finish();
    // V1 splits into 3 (gaps of 2 and 3 minutes), V5 into 3 (404/POST keep it alive only 1 min)
    assertThat(split.sessions()).isEqualTo(9);
    assertThat(split.conversions()).isEqualTo(0);
  }
}
