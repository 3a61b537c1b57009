package org.brandpulse.app.demo.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brandpulse.ingest.metrics.accesslog.AccessLogReader;
import org.brandpulse.ingest.metrics.accesslog.Channel;
import org.brandpulse.ingest.metrics.accesslog.DailyMetric;
import org.brandpulse.ingest.metrics.accesslog.DailyMetric.Dimension;
import org.brandpulse.ingest.metrics.accesslog.LogFormat;
import org.brandpulse.ingest.metrics.accesslog.Sessionizer;
import org.brandpulse.ingest.metrics.accesslog.TrafficClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoShopLogTest {

  private static final LocalDate END = LocalDate.of(2026, 11, 27);
  @TempDir static Path dir;
  static Path log;
  static PlantedTruth truth;
  static Sessionizer.Report report;

  @BeforeAll
  static void generate() throws Exception {
    log = dir.resolve("bazarly-access.log.gz");
    truth = AccessLogGenerator.demoShop(END, log);
    Sessionizer sessionizer =
        new Sessionizer(
            new TrafficClassifier(Set.of("www.bazarly.example")),
            Sessionizer.Options.DEFAULTS.withGoals(List.of("/order/confirmation")));
    new AccessLogReader(LogFormat.COMBINED).read(List.of(log), sessionizer::accept);
    report = sessionizer.finish();
  }

  private static Map<LocalDate, Long> sessions(Dimension dimension, String key) {
    return report.daily().stream()
        .filter(m -> m.dimension() == dimension && m.key().equals(key))
        .collect(Collectors.toMap(DailyMetric::day, DailyMetric::sessions));
  }

  @Test
  void isAFewMegabytesOfGzipOverNinetyDaysEndingOnTheGivenDay() throws Exception {
    assertThat(Files.size(log)).isBetween(3L << 20, 8L << 20);
    Map<LocalDate, Long> total = sessions(Dimension.TOTAL, "");
    assertThat(total.keySet()).contains(END.minusDays(89), END).hasSizeBetween(90, 91);
    assertThat(report.pageviews()).isEqualTo(truth.humanPageviews());
    assertThat(report.conversions()).isEqualTo(truth.conversions()).isPositive();
  }

  @Test
  void growsAndPeaksOnFridays() {
    Map<LocalDate, Long> total = sessions(Dimension.TOTAL, "");
    long firstWeek = sum(total, END.minusDays(89), 7);
    long lastWeek = sum(total, END.minusDays(6), 7);
    assertThat((double) lastWeek / firstWeek).isBetween(1.25, 1.55);
    LocalDate friday = LocalDate.of(2026, 11, 20);
    assertThat(total.get(friday)).isGreaterThan(total.get(friday.plusDays(1)));
  }

  @Test
  void showsTheSocialCampaignDayAndTheOrganicDip() {
    Map<LocalDate, Long> social = sessions(Dimension.CHANNEL, Channel.SOCIAL.label());
    LocalDate spike = END.minusDays(30);
    assertThat(social.get(spike)).isGreaterThan(4 * social.get(spike.minusDays(7)));
    Map<LocalDate, Long> organic = sessions(Dimension.CHANNEL, Channel.ORGANIC_SEARCH.label());
    LocalDate dip = END.minusDays(55);
    assertThat(organic.get(dip)).isLessThan(organic.get(dip.minusDays(7)) / 2);
  }

  private static long sum(Map<LocalDate, Long> byDay, LocalDate from, int days) {
    long sum = 0;
    for (int i = 0; i < days; i++) {
      sum += byDay.getOrDefault(from.plusDays(i), 0L);
    }
    return sum;
  }
}
