package org.brandpulse.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.brandpulse.ingest.testing.Posts.post;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.Metric;
import org.brandpulse.ingest.metrics.RangeTotal;
import org.brandpulse.ingest.store.lucene.LucenePostStore;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.SentimentLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Growth maths over stored metrics and posts, through the ports with maps and a real store. */
class GrowthServiceTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final SiteRef SHOP = new SiteRef("shop", "https://shop.example", "Bazarly", UTC);
  private static final Period WEEK = Period.containing(Granularity.WEEK, LocalDate.of(2026, 3, 11));

  @TempDir Path dir;
  private LucenePostStore posts;
  private final MapMetrics metrics = new MapMetrics();
  private GrowthService growth;

  @BeforeEach
  void open() throws Exception {
    posts = LucenePostStore.open(dir);
    growth = new GrowthService(metrics, metrics, posts);
  }

  @AfterEach
  void close() throws Exception {
    posts.close();
  }

  private static Map<String, Growth.Row> rows(Growth g) {
    return g.rows().stream().collect(Collectors.toMap(Growth.Row::name, Function.identity()));
  }

  private void sessions(Period p, double perDay) {
    metrics.total("shop", "logs", Metric.SESSIONS, p.start(), p.end(), perDay);
    metrics.total("shop", "logs", Metric.CONVERSIONS, p.start(), p.end(), perDay / 10);
  }

  @Test
  void comparesAWholePeriodWithAWholePreviousOne() throws Exception {
    sessions(WEEK.previous(), 100);
    sessions(WEEK, 150);

    Growth g = growth.growth(SHOP, WEEK, null);

    assertThat(g.source()).isEqualTo("logs");
    assertThat(g.previousCovered()).isTrue();
    assertThat(g.lastYearCovered()).isFalse();
    Change s = rows(g).get("sessions").vsPrevious();
    assertThat(s.current()).isEqualTo(1050);
    assertThat(s.base()).isEqualTo(700);
    assertThat(s.relative()).isEqualTo(0.5);
    assertThat(rows(g).get("sessions").vsLastYear()).isNull();
    assertThat(rows(g).get("conversionRate").vsPrevious().current()).isEqualTo(10.0, within());
    assertThat(rows(g)).doesNotContainKey("clicks");
  }

  @Test
  void aPreviousPeriodWithMissingHoursIsNotCompared() throws Exception {
    sessions(WEEK.previous(), 100);
    sessions(WEEK, 150);
    metrics.hours("shop", "logs", WEEK.previous().start(), 14);

    Growth g = growth.growth(SHOP, WEEK, "logs");

    assertThat(g.previousCovered()).isFalse();
    assertThat(g.coverage().previous().partial()).isTrue();
    assertThat(g.coverage().previous().hours()).isEqualTo(6 * 24 + 14);
    assertThat(g.coverage().current().partial()).isFalse();
  }

  @Test
  void channelsAndLandingPagesExplainTheChange() throws Exception {
    sessions(WEEK.previous(), 100);
    sessions(WEEK, 150);
    for (LocalDate d : WEEK.previous().days().toList()) {
      metrics.put("shop", "logs", Dimension.CHANNEL, "Social", Metric.SESSIONS, d, 10);
      metrics.put("shop", "logs", Dimension.CHANNEL, "Direct", Metric.SESSIONS, d, 90);
    }
    for (LocalDate d : WEEK.days().toList()) {
      metrics.put("shop", "logs", Dimension.CHANNEL, "Social", Metric.SESSIONS, d, 55);
      metrics.put("shop", "logs", Dimension.CHANNEL, "Direct", Metric.SESSIONS, d, 95);
      metrics.put("shop", "logs", Dimension.LANDING_PAGE, "/sale", Metric.SESSIONS, d, 40);
    }

    Growth g = growth.growth(SHOP, WEEK, null);

    assertThat(g.channels().get(0).key()).isEqualTo("Social");
    assertThat(g.channels().get(0).change().absolute()).isEqualTo(7 * 45);
    assertThat(g.channels().get(0).share()).isEqualTo(0.9, within());
    assertThat(g.landingPages()).extracting(Contribution::key).containsExactly("/sale");
  }

  @Test
  void theBrandsSocialFiguresComeFromItsPosts() throws Exception {
    sessions(WEEK.previous(), 100);
    sessions(WEEK, 150);
    String in = WEEK.start().plusDays(2) + "T09:00:00Z";
    String before = WEEK.previous().start().plusDays(2) + "T09:00:00Z";
    posts.upsert(
        List.of(
            post("x:1")
                .brands("Bazarly")
                .at(in)
                .sentiment(SentimentLabel.NEGATIVE)
                .complaint(ComplaintCategory.LATE_MISSING_DELIVERY, true)
                .build(),
            post("x:2").brands("Bazarly").at(in).sentiment(SentimentLabel.POSITIVE).build(),
            post("x:3").brands("Bazarly").at(in).sentiment(SentimentLabel.POSITIVE).build(),
            post("x:4").brands("Other").at(in).build(),
            post("x:5").brands("Bazarly").at(before).build()));

    Growth.Social s = growth.growth(SHOP, WEEK, null).social();

    assertThat(s.brand()).isEqualTo("Bazarly");
    assertThat(s.mentions()).isEqualTo(Change.of(3, 1));
    assertThat(s.netSentiment().current()).isEqualTo(100.0 / 3, within());
    assertThat(s.negative()).isEqualTo(Change.of(1, 0));
    assertThat(s.complaints()).isEqualTo(Change.of(1, 0));
  }

  @Test
  void aSearchConsoleSourceGivesClicksImpressionsAndItsTopQueries() throws Exception {
    for (LocalDate d : WEEK.previous().days().toList()) {
      metrics.put("shop", "gsc", Dimension.TOTAL, "", Metric.CLICKS, d, 2);
      metrics.put("shop", "gsc", Dimension.TOTAL, "", Metric.IMPRESSIONS, d, 20);
      metrics.put("shop", "gsc", Dimension.TOTAL, "", Metric.POSITION, d, 4);
    }
    for (LocalDate d : WEEK.days().toList()) {
      metrics.put("shop", "gsc", Dimension.TOTAL, "", Metric.CLICKS, d, 3);
      metrics.put("shop", "gsc", Dimension.TOTAL, "", Metric.IMPRESSIONS, d, 30);
      metrics.put("shop", "gsc", Dimension.TOTAL, "", Metric.POSITION, d, 2);
    }
    LocalDate from = WEEK.previous().start();
    metrics.range(
        "shop",
        "gsc",
        new RangeTotal(from, WEEK.end(), Dimension.SEARCH_QUERY, "jamdani", 30, 300, 2.0));

    Growth g = growth.growth(SHOP, WEEK, null);

    assertThat(g.source()).isEqualTo("gsc");
    assertThat(rows(g))
        .containsKeys("clicks", "impressions", "clickThroughRate", "averagePosition");
    assertThat(rows(g)).doesNotContainKey("sessions");
    assertThat(rows(g).get("clicks").vsPrevious()).isEqualTo(Change.of(21, 14));
    assertThat(rows(g).get("clickThroughRate").vsPrevious().current()).isEqualTo(10.0, within());
    assertThat(rows(g).get("averagePosition").vsPrevious().current()).isEqualTo(2.0, within());
    assertThat(g.search().stored()).containsExactly(new ExportRange(from, WEEK.end()));
    assertThat(g.search().queries()).isNotNull();
  }

  @Test
  void aSiteWithoutMetricsIsAnErrorThatSaysHowToImport() {
    assertThatThrownBy(() -> growth.growth(SHOP, WEEK, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("site 'shop' has no metrics yet")
        .hasMessageContaining("brandpulse metrics import --site shop");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
