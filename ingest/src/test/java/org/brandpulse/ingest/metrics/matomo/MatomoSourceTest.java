package org.brandpulse.ingest.metrics.matomo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.brandpulse.ingest.metrics.MetricRows.rows;
import static org.brandpulse.ingest.metrics.matomo.MatomoFixture.FROM;
import static org.brandpulse.ingest.metrics.matomo.MatomoFixture.TO;
import static org.brandpulse.ingest.metrics.matomo.MatomoFixture.TOKEN;
import static org.brandpulse.ingest.metrics.matomo.MatomoFixture.golden;

import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.source.SkippedRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Matomo reports to daily values, against recorded payloads (golden file: {@code
 * expected-values.tsv}).
 */
class MatomoSourceTest {

  private final MatomoFixture fx = new MatomoFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void aMultiDayRangeGivesEveryReportsValuesWithAnEmptyDayAsZeroTotals() throws Exception {
    MetricsBatch batch = fx.source().fetch(FROM, TO);

    assertThat(batch.source()).isEqualTo("matomo-shop");
    assertThat(rows(batch)).containsExactlyElementsOf(golden("expected-values.tsv"));
    assertThat(rows(batch, Dimension.TOTAL))
        .contains("2026-03-02\ttotal\t\tsessions\t0", "2026-03-03\ttotal\t\tpageviews\t1098");
  }

  @Test
  void referrerTypesBecomeChannelsBySegmentThenLabel() throws Exception {
    MetricsBatch batch = fx.source().fetch(FROM, TO);

    assertThat(rows(batch, Dimension.CHANNEL))
        .extracting(r -> r.split("\t")[0] + " " + r.split("\t")[2])
        .containsOnly(
            "2026-03-01 Direct",
            "2026-03-01 Organic Search",
            "2026-03-01 Social",
            "2026-03-01 Referral",
            "2026-03-01 Campaign",
            "2026-03-03 Direct",
            "2026-03-03 Organic Search",
            "2026-03-03 AI Assistants",
            "2026-03-03 Réseaux sociaux");
    assertThat(rows(batch, Dimension.CHANNEL))
        .contains("2026-03-01\tchannel\tDirect\tconversions\t10");
    assertThat(batch.skipped())
        .extracting(SkippedRecord::reason)
        .contains("Referrers.getReferrerType: nb_visits is not a number: 'n/a'");
  }

  @Test
  void landingPagesAreDecodedPathsWithQueryVariantsMerged() throws Exception {
    MetricsBatch batch = fx.source().fetch(FROM, TO);

    assertThat(rows(batch, Dimension.LANDING_PAGE))
        .extracting(r -> r.split("\t")[2])
        .containsOnly("/", "/bn/অফার", "/ar/عروض", "/ja/セール", "/blog/🎉-launch", "Others");
    assertThat(rows(batch, Dimension.LANDING_PAGE))
        .contains("2026-03-01\tlanding_page\t/bn/অফার\tsessions\t110");
    SkippedRecord negative = batch.skipped().get(1);
    assertThat(negative.location())
        .endsWith(
            "method=Actions.getEntryPageUrls&idSite=3&period=day&date=2026-03-01,2026-03-03"
                + "&filter_limit=10000&flat=1 [2026-03-03][1]");
    assertThat(negative.reason())
        .isEqualTo(
            "Actions.getEntryPageUrls: entry_nb_uniq_visitors must be a finite count >= 0,"
                + " got -3.0");
    assertThat(negative.text()).contains("/bn/অফার");
  }

  @Test
  void conversionsPerGoalAddUpToTheTotal() throws Exception {
    MetricsBatch batch = fx.source().fetch(FROM, TO);

    assertThat(rows(batch, Dimension.GOAL))
        .containsExactly(
            "2026-03-01\tgoal\tNewsletter signup\tconversions\t15",
            "2026-03-02\tgoal\tNewsletter signup\tconversions\t0",
            "2026-03-03\tgoal\tNewsletter signup\tconversions\t11",
            "2026-03-01\tgoal\tঅর্ডার সম্পন্ন ✅\tconversions\t8",
            "2026-03-02\tgoal\tঅর্ডার সম্পন্ন ✅\tconversions\t0",
            "2026-03-03\tgoal\tঅর্ডার সম্পন্ন ✅\tconversions\t7");
  }

  @Test
  void fetchingAPeriodAgainGivesTheSameBatch() throws Exception {
    assertThat(fx.source().fetch(FROM, TO)).isEqualTo(fx.source().fetch(FROM, TO));
  }

  @Test
  void perGoalOffSkipsTheGoalList() throws Exception {
    MetricsBatch batch =
        fx.source(MatomoOptions.of(fx.server.uri("/matomo"), 3, TOKEN).withPerGoal(false))
            .fetch(FROM, FROM);

    assertThat(rows(batch, Dimension.GOAL)).isEmpty();
    assertThat(fx.server.requests()).hasSize(5);
    assertThat(rows(batch, Dimension.TOTAL)).contains("2026-03-01\ttotal\t\tconversions\t23");
    assertThat(batch.skipped())
        .extracting(SkippedRecord::reason)
        .allMatch(reason -> reason.startsWith("day outside the asked 2026-03-01..2026-03-01"));
  }

  @Test
  void optionsCheckTheirInputAndHideTheToken() {
    MatomoOptions options =
        MatomoOptions.of(java.net.URI.create("https://stats.example.org"), 3, TOKEN);

    assertThat(options.endpoint()).hasToString("https://stats.example.org/index.php");
    assertThat(options.toString()).doesNotContain(TOKEN).contains("token=***");
    assertThatThrownBy(() -> MatomoOptions.of(options.baseUrl(), 3, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token_auth");
    assertThatThrownBy(() -> options.withRowLimit(0))
        .hasMessageContaining("rowLimit must be >= 1 or -1");
  }
}
