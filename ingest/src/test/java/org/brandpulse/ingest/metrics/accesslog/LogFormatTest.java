package org.brandpulse.ingest.metrics.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogFormatTest {

  private static AccessRecord ok(LogFormat format, String line) {
    LogFormat.Result result = format.parse(line);
    assertThat(result).isInstanceOf(LogFormat.Result.Ok.class);
    return ((LogFormat.Result.Ok) result).record();
  }

  @Test
  void parsesApacheCombinedWithEscapesAndMultilingualAgent() {
    AccessRecord r =
        ok(
            LogFormat.COMBINED,
            "203.0.113.7 - frank [10/Oct/2000:13:55:36 -0700] \"GET /ক্যাটালগ/চা?utm_source=x&a=1"
                + " HTTP/1.1\" 200 2326 \"https://www.google.com/search?q=\\\"tea\\\"\""
                + " \"Mozilla/5.0 (متصفح; 中文) 😀\"");
    assertThat(r.ip()).isEqualTo("203.0.113.7");
    assertThat(r.time()).isEqualTo(Instant.parse("2000-10-10T20:55:36Z"));
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/ক্যাটালগ/চা");
    assertThat(r.query()).isEqualTo("utm_source=x&a=1");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.bytes()).isEqualTo(2326);
    assertThat(r.referrer()).isEqualTo("https://www.google.com/search?q=\"tea\"");
    assertThat(r.userAgent()).isEqualTo("Mozilla/5.0 (متصفح; 中文) 😀");
  }

  @Test
  void parsesCommonWithDashBytes() {
    AccessRecord r =
        ok(LogFormat.COMMON, "::1 - - [01/Feb/2024:00:00:00 +0000] \"HEAD / HTTP/1.0\" 304 -");
    assertThat(r.bytes()).isZero();
    assertThat(r.referrer()).isEmpty();
    assertThat(r.userAgent()).isEmpty();
  }

  @Test
  void parsesNginxCombinedAndIgnoresTrailingFields() {
    AccessRecord r =
        ok(
            LogFormat.NGINX_COMBINED,
            "198.51.100.2 - - [29/Feb/2024:23:59:59 +0530] \"POST http://shop.example/cart?x=1"
                + " HTTP/2.0\" 201 12 \"-\" \"curl/8.0\" \"10.0.0.1\"");
    assertThat(r.time()).isEqualTo(Instant.parse("2024-02-29T18:29:59Z"));
    assertThat(r.path()).isEqualTo("/cart");
    assertThat(r.query()).isEqualTo("x=1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"-\" 400 0 \"-\" \"-\"| 43 | request line",
        "1.2.3.4 - - [10/Foo/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"| 14 | time",
        "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" OK 1 \"-\" \"-\"| 59 | status",
        "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 x \"-\" \"-\"| 63 | byte",
        "garbage| 1 | ' '",
        "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1| 43 | '\"' after",
      })
  void reportsColumnAndExpectation(String line, int column, String expected) {
    LogFormat.Result result = LogFormat.COMBINED.parse(line);
    assertThat(result).isInstanceOf(LogFormat.Result.Error.class);
    LogFormat.Result.Error error = (LogFormat.Result.Error) result;
    assertThat(error.expected()).contains(expected);
    assertThat(error.column()).isEqualTo(column);
  }

  @Test
  void rejectsFormatsWithoutTheEssentialFields() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LogFormat.apache("%h %l %u"))
        .withMessageContaining("%h %l %u")
        .withMessageContaining("expected client address, time, request and status");
  }
}
