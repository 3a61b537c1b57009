package org.brandpulse.reporting.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brandpulse.ingest.testing.Posts.post;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.nlp.ComplaintCategory;
import org.junit.jupiter.api.Test;

/** Which post opens which case, for whom and with what priority. */
class CaseIntakeTest {

  private static final Instant RUN = Instant.parse("2026-03-01T12:00:00Z");

  private static CaseIntake intake() {
    Map<String, List<String>> brands = new LinkedHashMap<>();
    brands.put("Bazarly", List.of("@Bazarly", "bazarly_help"));
    brands.put("Dhakart", List.of("dhakart"));
    return new CaseIntake(brands, 4, 60);
  }

  @Test
  void aCaseBelongsToTheFirstConfiguredBrandThePostMatched() {
    var p =
        post("social:1")
            .brands("Dhakart", "Bazarly")
            .at("2026-03-01T10:00:00Z")
            .complaint(ComplaintCategory.LATE_MISSING_DELIVERY, true)
            .build();

    ComplaintCase c = intake().caseFor(p, CaseState.NEW, RUN).orElseThrow();

    assertThat(c.brand()).isEqualTo("Bazarly");
    assertThat(c.state()).isEqualTo(CaseState.NEW);
    assertThat(c.category()).isEqualTo(ComplaintCategory.LATE_MISSING_DELIVERY);
    assertThat(c.slaDue()).isEqualTo(Instant.parse("2026-03-01T14:00:00Z"));
    assertThat(c.openedAt()).isEqualTo(RUN);
    assertThat(c.priority())
        .isEqualTo(
            Priority.score(
                c.severity(),
                p.reach(),
                p.post().engagement().total(),
                Duration.ofHours(2),
                Duration.ofHours(4)));
  }

  @Test
  void postsOfTheBrandsOwnHandlesAndOfCompetitorsOnlyOpenNoCase() {
    var own =
        post("social:2")
            .brands("Bazarly")
            .author("BAZARLY_help", 10)
            .complaint(ComplaintCategory.REFUND_RETURN, true)
            .build();
    var competitorOnly =
        post("social:3")
            .brands("ShopNest")
            .complaint(ComplaintCategory.REFUND_RETURN, true)
            .build();

    assertThat(intake().caseFor(own, CaseState.NEW, RUN)).isEmpty();
    assertThat(intake().caseFor(competitorOnly, CaseState.NEW, RUN)).isEmpty();
  }

  @Test
  void anOwnHandleOfAnotherBrandStillOpensACase() {
    var p =
        post("social:4")
            .brands("Bazarly")
            .author("dhakart", 10)
            .complaint(ComplaintCategory.NONE, true)
            .build();

    ComplaintCase c = intake().caseFor(p, CaseState.BACKFILLED, RUN).orElseThrow();

    assertThat(c.state()).isEqualTo(CaseState.BACKFILLED);
    assertThat(c.isQuestion()).isTrue();
  }
}
