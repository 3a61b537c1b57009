package org.brandpulse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebFormatTest {

  private final WebFormat fmt = new WebFormat();

  @ParameterizedTest
  @CsvSource({
    "2026-11-26T09:30:00Z, 2026-11-26 09:30 UTC, 2026-11-26T09:30:00Z",
    "2026-12-07T13:07:05.294168253Z, 2026-12-07 13:07 UTC, 2026-12-07T13:07:05Z",
    "2026-12-31T23:59:59.999Z, 2026-12-31 23:59 UTC, 2026-12-31T23:59:59Z"
  })
  void timesAreUtcToTheMinuteAndSaySo(Instant at, String shown, String iso) {
    assertThat(fmt.time(at)).isEqualTo(shown);
    assertThat(fmt.iso(at)).isEqualTo(iso);
  }

  @Test
  void noTimeIsEmpty() {
    assertThat(fmt.time(null)).isEmpty();
    assertThat(fmt.iso(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"Etc/UTC, UTC", "Z, UTC", "UTC, UTC", "+06:00, UTC+06:00", "Asia/Dhaka, Asia/Dhaka"})
  void zonesAsPeopleKnowThem(String id, String shown) {
    assertThat(fmt.zone(ZoneId.of(id))).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource({
    "LATE_MISSING_DELIVERY, Late or missing delivery",
    "FRAUD_SCAM, Fraud or scam",
    "CUSTOMER_SERVICE, Customer service",
    "NONE, Question or request (no complaint)",
    "SOMETHING_NEW, Something new"
  })
  void categoriesInWords(String code, String words) {
    assertThat(fmt.category(code)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource({
    "ESCALATED, Escalated",
    "COMPLETED, Completed",
    "critical, Critical",
    "week, Week",
    "' STOPPED_EARLY ', Stopped early"
  })
  void codesInWords(String code, String words) {
    assertThat(fmt.label(code)).isEqualTo(words);
  }

  @Test
  void noCodeIsEmpty() {
    assertThat(fmt.label(null)).isEmpty();
    assertThat(fmt.category(null)).isEmpty();
  }
}
