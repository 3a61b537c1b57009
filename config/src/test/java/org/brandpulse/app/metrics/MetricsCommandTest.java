package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.app.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code metrics import | growth | backtest} end to end on a small generated log. */
class MetricsCommandTest {

  private static final DateTimeFormatter CLF =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
  private static final String UA =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

  /** 2026-09-07 is a Monday: five whole ISO weeks follow. */
  private static final LocalDate START = LocalDate.of(2026, 9, 7);

  private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59, 30);

  @TempDir Path dir;

  private Path config;
  private Path log;
  private CliRun cli;

  @BeforeEach
  void setUp() throws IOException {
    config = dir.resolve("brandpulse.yml");
    Files.writeString(
        config,
        """
        brands:
          - {name: Shop, query: shop}
        sites:
          - name: shop
            url: https://www.shop.example
            brand: Shop
        """);
    cli = new CliRun(dir, "-c", config.toString());
    log = dir.resolve("access.log");
    Files.write(log, lines(), StandardCharsets.UTF_8);
  }

  /**
   * 35 days; 10 sessions a day (organic), 30 extra social sessions on day 29 (a Tuesday). Each
   * session: landing page, a stylesheet, a product page, 1 in 5 the order confirmation. Plus one
   * Googlebot hit and one malformed line a day; the first day's hit at midnight and the last day's
   * at 23:59:30, so the log covers every hour of its 35 days.
   */
  private static List<String> lines() {
    List<String> out = new ArrayList<>();
    for (int d = 0; d < 35; d++) {
      int sessions = 10 + (d == 29 ? 30 : 0);
      for (int s = 0; s < sessions; s++) {
        String ip = "10.0." + d + "." + s;
        ZonedDateTime t = START.plusDays(d).atTime(9, 0).atZone(ZoneOffset.UTC).plusMinutes(s * 5L);
        boolean social = s >= 10;
        String ref = social ? "https://www.facebook.com/" : "https://www.google.com/";
        String landing = social ? "/sale" : "/";
        out.add(line(ip, t, landing, ref));
        out.add(line(ip, t.plusSeconds(1), "/style.css", "https://www.shop.example" + landing));
        out.add(line(ip, t.plusSeconds(60), "/p/ঘড়ি", "https://www.shop.example" + landing));
        if (s % 5 == 0) {
          out.add(line(ip, t.plusSeconds(120), "/order/confirmation", "-"));
        }
      }
      out.add(
          "66.249.66.1 - - ["
              + START
                  .plusDays(d)
                  .atTime(d == 0 ? LocalTime.MIDNIGHT : d == 34 ? LAST_MINUTE : LocalTime.of(3, 0))
                  .atZone(ZoneOffset.UTC)
                  .format(CLF)
              + "] \"GET / HTTP/1.1\" 200 512 \"-\" \"Googlebot/2.1 (+http://www.google.com/bot.html)\"");
      out.add("this is not a log line " + d);
    }
    return out;
  }

  private static String line(String ip, ZonedDateTime t, String path, String ref) {
    return ip
        + " - - ["
        + t.format(CLF)
        + "] \"GET "
        + path
        + " HTTP/1.1\" 200 1024 \""
        + ref
        + "\" \""
        + UA
        + "\"";
  }

  private int run(String... args) {
    return cli.run(args);
  }

  private Map<String, Object> json() {
    return cli.json();
  }

  @Test
  void importsTheLogAndReimportingReplacesTheSameDays() {
    int code =
        run(
            "metrics",
            "import",
            "--site",
            "shop",
            "--access-log",
            log.toString(),
            "--goal",
            "/order/confirmation",
            "--json");
    assertThat(code).as(cli.err()).isZero();
    Map<String, Object> first = json();
    assertThat(first)
        .containsEntry("lines", 35 * 2 + 380 * 3 + 76)
        .containsEntry("malformedLines", 35)
        .containsEntry("botRequests", 35)
        .containsEntry("sessions", 380)
        .containsEntry("visitors", 380)
        .containsEntry("pageviews", 380 * 2 + 76)
        .containsEntry("conversions", 76)
        .containsEntry("from", "2026-09-07")
        .containsEntry("to", "2026-10-11");
    assertThat(
            run(
                "metrics",
                "import",
                "--site",
                "shop",
                "--access-log",
                log.toString(),
                "--goal",
                "/order/confirmation",
                "--json"))
        .isZero();
    assertThat(json()).containsEntry("rows", first.get("rows"));
  }

  @Test
  void growthComparesWeeksAndSplitsTheChangeByChannel() {
    assertThat(run("metrics", "import", "--site", "shop", "--access-log", log.toString())).isZero();
    assertThat(cli.out()).contains("Imported", "sessions", "380", "skipped");
    // week 5 (Oct 5..11) holds the social spike: 70 + 30 sessions against 70
    int code =
        run("metrics", "growth", "--site", "shop", "--period", "week", "--date", "2026-10-06");
    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("week 2026-W41 (2026-10-05 .. 2026-10-11)")
        .containsPattern("sessions\\s+100\\s+70\\s+\\+30 \\(\\+42.9 %\\)\\s+no data")
        .contains("Social", "explains +100 % of the change")
        .contains("Social (Shop): mentions 0 -> 0");
    assertThat(run("metrics", "growth", "--site", "shop", "--date", "2026-10-06", "--json"))
        .isZero();
    Map<String, Object> growth = json();
    assertThat(growth)
        .containsEntry("previousCovered", true)
        .containsEntry("lastYearCovered", false);
    assertThat(growth.get("channels").toString()).contains("key=Social", "share=1.0");
  }

  @Test
  void backtestFlagsTheSpikeDay() {
    assertThat(run("metrics", "import", "--site", "shop", "--access-log", log.toString())).isZero();
    int code =
        run("metrics", "backtest", "--site", "shop", "--metric", "sessions", "--days", "400");
    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("1 flagged").contains("2026-10-06 SPIKE");
  }

  @Test
  void badInputIsNamed() {
    assertThat(run("metrics", "import", "--site", "shop", "--access-log", "nope.log")).isEqualTo(2);
    assertThat(run("metrics", "growth", "--site", "elsewhere")).isEqualTo(1);
    assertThat(cli.err()).contains("site 'elsewhere' has no metrics yet");
    assertThat(run("metrics", "growth", "--site", "shop", "--period", "fortnight")).isEqualTo(2);
    assertThat(run("metrics", "growth", "--site", "shop")).isEqualTo(1);
    assertThat(cli.err()).contains("site 'shop' has no metrics yet");
  }
}
