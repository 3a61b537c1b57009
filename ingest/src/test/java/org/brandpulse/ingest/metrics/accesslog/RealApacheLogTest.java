package org.brandpulse.ingest.metrics.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facts of {@code real/logs/elastic-apache_logs.log} (10,000 real lines of
 * www.semicomplete.com, see shared/data/real/SOURCE.txt) on the classifier and sessionizer.
 */
class RealApacheLogTest {

  private static final Path LOG =
      Path.of(
          System.getProperty("brandpulse.shared.data", "../shared/data"),
          "real/logs/elastic-apache_logs.log");

  private static List<AccessRecord> records;
  private static AccessLogReader.Summary summary;
  private static Sessionizer.Report report;

  @BeforeAll
  static void read() throws Exception {
    assumeTrue(Files.isRegularFile(LOG), "shared real data not present: " + LOG);
    records = new ArrayList<>();
    summary = new AccessLogReader(LogFormat.COMBINED).read(List.of(LOG), records::add);
    Sessionizer sessionizer =
        new Sessionizer(
            new TrafficClassifier(Set.of("www.semicomplete.com")), Sessionizer.Options.DEFAULTS);
    records.forEach(sessionizer::accept);
    report = sessionizer.finish();
  }

  @Test
  void line8899IsTheOneMalformedLine() {
    assertThat(summary.lines()).isEqualTo(10_000);
    assertThat(summary.malformed())
        .singleElement()
        .extracting(MalformedLine::line)
        .isEqualTo(8899L);
  }

  /** SOURCE.txt's non-people, with the number of lines whose user agent names them. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "UniversalFeedParser| 364| FEED_READER",
        "Tiny Tiny RSS| 198| FEED_READER",
        "FeedBurner| 108| FEED_READER",
        "Feedfetcher-Google| 102| FEED_READER",
        "Feedbin| 50| FEED_READER",
        "Ezooms| 157| CRAWLER",
        "Chef Client| 61| CONFIG_MANAGEMENT",
      })
  void namedAgentsAreNotPeople(String name, long lines, FilterReason reason) {
    TrafficClassifier classifier = new TrafficClassifier(Set.of());
    List<AccessRecord> hits = records.stream().filter(r -> r.userAgent().contains(name)).toList();
    assertThat(hits).hasSize((int) lines);
    assertThat(hits)
        .allSatisfy(r -> assertThat(classifier.botReason(r.userAgent())).isEqualTo(reason));
  }

  @Test
  void emptyAgentsAreNotPeople() {
    TrafficClassifier classifier = new TrafficClassifier(Set.of());
    List<AccessRecord> empty = records.stream().filter(r -> r.userAgent().isEmpty()).toList();
    assertThat(empty).hasSize(190);
    assertThat(empty)
        .allSatisfy(
            r ->
                assertThat(classifier.botReason(r.userAgent()))
                    .isEqualTo(FilterReason.EMPTY_AGENT));
  }

  @Test
  void downloadsAndFeedsAreNeverLandingPages() {
    TrafficClassifier classifier = new TrafficClassifier(Set.of());
    Set<String> landing =
        report.daily().stream()
            .filter(m -> m.dimension() == DailyMetric.Dimension.LANDING_PAGE)
            .map(DailyMetric::key)
            .collect(Collectors.toSet());
    assertThat(landing).allSatisfy(p -> assertThat(classifier.requestKind(p, "")).isNull());
    assertThat(landing).noneMatch(p -> p.startsWith("/files/") && p.endsWith(".jar"));
    assertThat(landing).doesNotContain("/misc/sample.log");
  }

  @Test
  void feedPollsAreNotATopLandingPage() {
    Map<String, Long> sessions = new TreeMap<>();
    report.daily().stream()
        .filter(m -> m.dimension() == DailyMetric.Dimension.LANDING_PAGE)
        .forEach(m -> sessions.merge(m.key(), m.sessions(), Long::sum));
    List<String> top =
        sessions.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(10)
            .map(Map.Entry::getKey)
            .toList();
    assertThat(top).doesNotContain("/blog/tags/puppet");
    assertThat(sessions.getOrDefault("/blog/tags/puppet", 0L)).isLessThanOrEqualTo(2);
  }

  @Test
  void filteredRequestsAreCountedByReason() {
    assertThat(report.filtered().get(FilterReason.FEED_READER))
        .isGreaterThanOrEqualTo(364 + 198 + 108 + 102 + 50);
    assertThat(report.filtered().get(FilterReason.EMPTY_AGENT)).isEqualTo(190);
    assertThat(report.filtered().get(FilterReason.CONFIG_MANAGEMENT)).isEqualTo(61);
    assertThat(report.filtered()).containsKeys(FilterReason.DOWNLOAD, FilterReason.CRAWLER);
    assertThat(report.pageviews()).isEqualTo(1574);
    assertThat(report.sessions()).isEqualTo(1092);
  }
}
