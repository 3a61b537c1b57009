package org.brandpulse.ingest.metrics.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NginxLogTest {

  @Test
  void nginxCombinedWithTrailingFieldAndBinaryGarbage() throws Exception {
    Path log = Paths.get(getClass().getResource("/metrics/accesslog/nginx-access.log").toURI());
    Sessionizer sessionizer =
        new Sessionizer(
            new TrafficClassifier(Set.of("shop.example")), Sessionizer.Options.DEFAULTS);
    AccessLogReader.Summary summary =
        new AccessLogReader(LogFormat.NGINX_COMBINED).read(List.of(log), sessionizer::accept);
    Sessionizer.Report report = sessionizer.finish();

    assertThat(summary.malformed())
        .singleElement()
        .hasToString(
            "nginx-access.log:4: expected ' ' after a field at column 1 in"
                + " '\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03'");
    assertThat(report.botAgentRequests()).isEqualTo(1);
    assertThat(report.sessions()).isEqualTo(1);
    assertThat(report.pageviews()).isEqualTo(2);
    assertThat(report.daily().get(0))
        .isEqualTo(
            new DailyMetric(
                java.time.LocalDate.of(2024, 3, 5),
                DailyMetric.Dimension.TOTAL,
                "",
                1,
                1,
                2,
                0,
                0));
    assertThat(report.daily())
        .filteredOn(m -> m.dimension() == DailyMetric.Dimension.CHANNEL)
        .extracting(DailyMetric::key)
        .containsExactly("Social");
  }
}
