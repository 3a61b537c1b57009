package org.brandpulse.app.bench.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.brandpulse.app.demo.accesslog.LogProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogBenchmarkTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private AccessLogBenchmark.Result run(String goAccess) throws Exception {
    LogProfile profile = LogProfile.benchmark(20_000).withDays(LocalDate.of(2026, 10, 14), 3);
    AccessLogBenchmark.Options options = new AccessLogBenchmark.Options(dir, profile, goAccess, 0);
    printed.reset();
    return AccessLogBenchmark.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void comparesWithGoAccessAndExplainsEveryDifferenceWhenInstalled() throws Exception {
    AccessLogBenchmark.Result r = run("goaccess");
    System.out.println(out());
    assertThat(r.report().pageviews()).isEqualTo(r.truth().humanPageviews());
    assertThat(out()).contains("Access-log counts: 20,0").contains("pageviews / hits");
    if (r.goAccessVersion() == null) {
      assertThat(out()).contains("GoAccess: skipped ('goaccess' not found");
      return;
    }
    assertThat(r.goAccess())
        .extracting(GoAccess.Run::label)
        .containsExactly("default", "aligned", "crawlers");
    assertThat(r.goAccess().get(0).totalRequests()).isEqualTo(r.truth().lines());
    assertThat(r.goAccess().get(1).validRequests()).isGreaterThan(r.report().pageviews());
    assertThat(out())
        .contains("page hits of bot agents GoAccess does not call crawlers: curl/8.5.0")
        .contains("    0 unexplained%n".formatted())
        .contains(", 0 unexplained%n".formatted());
  }

  @Test
  void skipsGoAccessWithAMessageWhenTheCommandIsMissing() throws Exception {
    AccessLogBenchmark.Result r = run("goaccess-not-installed-here");
    assertThat(r.goAccess()).isEmpty();
    assertThat(r.goAccessVersion()).isNull();
    assertThat(out())
        .contains("GoAccess: skipped ('goaccess-not-installed-here' not found")
        .contains("pageviews / hits")
        .doesNotContain("Why the counts differ");
  }

  @Test
  void reusesTheCachedLogAndItsTruth() throws Exception {
    AccessLogBenchmark.Result first = run(null);
    assertThat(out()).contains("generating 20,0").contains("GoAccess: skipped (--no-goaccess)");
    AccessLogBenchmark.Result second = run(null);
    assertThat(out()).doesNotContain("generating");
    assertThat(second.truth()).isEqualTo(first.truth());
    assertThat(second.report().sessions()).isEqualTo(first.truth().sessions());
  }

  @Test
  void rejectsUnknownArguments() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AccessLogBenchmark.main(new String[] {"--linez", "5"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown argument '--linez'")
        .hasMessageContaining("--lines N");
  }
}
