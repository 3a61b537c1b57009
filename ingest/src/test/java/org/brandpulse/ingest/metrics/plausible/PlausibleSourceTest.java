package org.brandpulse.ingest.metrics.plausible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.brandpulse.ingest.metrics.MetricRows.rows;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.FROM;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.KEY;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.PATH;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.TO;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.fixture;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.golden;
import static org.brandpulse.ingest.metrics.plausible.PlausibleFixture.page;

import org.brandpulse.ingest.metrics.Dimension;
import org.brandpulse.ingest.metrics.MetricsBatch;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.testing.FixtureResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plausible query results to daily values, against recorded payloads (golden file: {@code
 * expected-values.tsv}); paging.
 */
class PlausibleSourceTest {

  private final PlausibleFixture fx = new PlausibleFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  private MetricsBatch fetchAll() throws SourceException {
    fx.scriptAll();
    return fx.source().fetch(FROM, TO);
  }

  @Test
  void everyBreakdownOfAMultiDayRangeMatchesTheGoldenFile() throws Exception {
    MetricsBatch batch = fetchAll();

    assertThat(rows(batch)).containsExactlyElementsOf(golden(null));
    assertThat(rows(batch, Dimension.TOTAL))
        .contains(
            "2026-03-01\ttotal\t\tbounces\t201",
            "2026-03-01\ttotal\t\tconversions\t22",
            "2026-03-02\ttotal\t\tsessions\t0");
  }

  @Test
  void channelsSourcesAndCountriesAreKeyedByTheirTables() throws Exception {
    MetricsBatch batch = fetchAll();

    assertThat(rows(batch))
        .contains(
            "2026-03-01\tchannel\tSocial\tbounces\t33",
            "2026-03-03\tchannel\tPaid Social\tsessions\t10",
            "2026-03-01\tsource_medium\tGoogle / Organic Search\tbounces\t75",
            "2026-03-01\tsource_medium\t(direct) / (none)\tsessions\t170",
            "2026-03-01\tsource_medium\tFacebook / Social\tbounces\t22",
            "2026-03-01\tcountry\t(not set)\tbounces\t5",
            "2026-03-01\tgoal\tঅর্ডার সম্পন্ন ✅\tconversions\t7");
  }

  @Test
  void landingPagesAreDecodedAndABadRowIsSkippedWithItsPlace() throws Exception {
    MetricsBatch batch = fetchAll();

    assertThat(rows(batch, Dimension.LANDING_PAGE))
        .extracting(r -> r.split("\t")[2])
        .containsOnly("/", "/bn/অফার", "/ar/عروض", "/ja/セール", "/blog/🎉-launch");
    assertThat(rows(batch, Dimension.LANDING_PAGE))
        .contains("2026-03-01\tlanding_page\t/bn/অফার\tpageviews\t331");
    SkippedRecord bad = batch.skipped().get(0);
    assertThat(batch.skipped()).hasSize(1);
    assertThat(bad.location()).endsWith("/api/v2/query (entry pages) row 6");
    assertThat(bad.reason()).isEqualTo("bounce_rate must be a number >= 0, got \"44.8\"");
    assertThat(bad.text())
        .isEqualTo("{\"dimensions\":[\"2026-03-03\",\"/\"],\"metrics\":[180,201,600,\"44.8\"]}");
  }

  @Test
  void bigBreakdownsArePagedAndACutIsReported() throws Exception {
    FixtureResponse empty = FixtureResponse.json("{\"results\":[],\"meta\":{},\"query\":{}}");
    fx.script(
        fixture("totals.json"),
        empty,
        page("entry-pages.json", 0, 3),
        page("entry-pages.json", 3, 6),
        page("entry-pages.json", 6, 8),
        empty,
        empty);
    PlausibleOptions paged =
        PlausibleOptions.of("shop.example.com", KEY)
            .withBaseUrl(fx.server.baseUri())
            .withGoals(false)
            .withPaging(3, 10);

    MetricsBatch batch = fx.source(paged).fetch(FROM, TO);

    assertThat(rows(batch, Dimension.LANDING_PAGE)).isEqualTo(golden(Dimension.LANDING_PAGE));
    assertThat(fx.server.requests(PATH))
        .extracting(r -> PlausibleApi.MAPPER.readTree(r.bodyText()).path("pagination").toString())
        .containsExactly(
            "{\"limit\":3,\"offset\":0}",
            "{\"limit\":3,\"offset\":0}",
            "{\"limit\":3,\"offset\":0}",
            "{\"limit\":3,\"offset\":3}",
            "{\"limit\":3,\"offset\":6}",
            "{\"limit\":3,\"offset\":0}",
            "{\"limit\":3,\"offset\":0}");
    assertThat(rows(batch, Dimension.TOTAL)).noneMatch(r -> r.contains("conversions"));
  }

  @Test
  void aBreakdownLongerThanMaxPagesIsCutAndReported() throws Exception {
    FixtureResponse empty = FixtureResponse.json("{\"results\":[]}");
    fx.script(fixture("totals.json"), empty, page("entry-pages.json", 0, 3), empty, empty);
    PlausibleOptions cut =
        PlausibleOptions.of("shop.example.com", KEY)
            .withBaseUrl(fx.server.baseUri())
            .withGoals(false)
            .withPaging(3, 1);

    MetricsBatch batch = fx.source(cut).fetch(FROM, TO);

    assertThat(batch.skipped())
        .singleElement()
        .extracting(SkippedRecord::reason)
        .isEqualTo(
            "stopped after maxPages=1 pages of 3 rows; later rows of this breakdown were not"
                + " imported");
    assertThat(rows(batch, Dimension.LANDING_PAGE))
        .isEqualTo(golden(Dimension.LANDING_PAGE).subList(0, 8));
  }

  @Test
  void optionsCheckTheirInputAndHideTheKey() {
    PlausibleOptions options = PlausibleOptions.of(" shop.example.com ", KEY);

    assertThat(options.siteId()).isEqualTo("shop.example.com");
    assertThat(options.endpoint()).hasToString("https://plausible.io/api/v2/query");
    assertThat(options.toString()).contains("apiKey=***").doesNotContain(KEY);
    assertThatThrownBy(() -> PlausibleOptions.of("shop.example.com", ""))
        .hasMessage("Plausible needs an API key for site shop.example.com");
    assertThatThrownBy(() -> options.withPaging(10_001, 1))
        .hasMessage("pageSize must be 1..10000, was 10001");
  }
}
