package org.brandpulse.reporting.report.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brandpulse.ingest.testing.Posts.post;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.Severity;
import org.brandpulse.reporting.complaints.CaseState;
import org.brandpulse.reporting.complaints.ComplaintCase;
import org.brandpulse.reporting.complaints.ReplyTimes;
import org.brandpulse.reporting.period.Granularity;
import org.brandpulse.reporting.period.Period;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.ComplaintRow;
import org.brandpulse.reporting.report.Kpi;
import org.brandpulse.reporting.report.PostRow;
import org.brandpulse.reporting.report.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The social sections of a report, built against stored posts and cases. */
class SocialSectionsTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final Period WEEK = Period.containing(Granularity.WEEK, LocalDate.of(2026, 3, 11));
  private static final Instant NOW = Instant.parse("2026-03-16T08:00:00Z");
  private static final String IN = "2026-03-11T09:00:00Z";
  private static final String BEFORE = "2026-03-04T09:00:00Z";
  private static final ReportBrand BAZARLY =
      new ReportBrand(
          "Bazarly", List.of("bazarly"), List.of(new ReportBrand.Competitor("Daraz", List.of())));

  @TempDir Path dir;
  private FakeReportData data;
  private SocialSections social;

  @BeforeEach
  void open() throws Exception {
    data = new FakeReportData(dir);
    social = new SocialSections(data.posts(), data.cases());
  }

  @AfterEach
  void close() throws Exception {
    data.close();
  }

  private void store() throws Exception {
    data.posts()
        .upsert(
            List.of(
                post("x:1")
                    .brands("Bazarly")
                    .at(IN)
                    .reach(500)
                    .sentiment(SentimentLabel.NEGATIVE)
                    .complaint(ComplaintCategory.LATE_MISSING_DELIVERY, true)
                    .text("@bazarly where is my parcel?")
                    .build(),
                post("x:2")
                    .brands("Bazarly")
                    .at(IN)
                    .reach(900)
                    .sentiment(SentimentLabel.POSITIVE)
                    .build(),
                post("x:3")
                    .brands("Bazarly")
                    .at(IN)
                    .author("bazarly", 10_000)
                    .reach(50_000)
                    .text("New jamdani in store")
                    .build(),
                post("x:4").brands("Daraz").at(IN).build(),
                post("x:6")
                    .brands("Bazarly")
                    .at(IN)
                    .complaint(ComplaintCategory.NONE, true)
                    .text("@bazarly do you ship to Sylhet?")
                    .build(),
                post("x:5").brands("Bazarly").at(BEFORE).build()));
  }

  private static Kpi kpi(List<Kpi> kpis, String name) {
    return kpis.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theBrandsOwnPostsAreNotMentions() throws Exception {
    store();

    List<Kpi> kpis = social.kpis(BAZARLY, WEEK, UTC);

    assertThat(kpi(kpis, "Mentions").value()).isEqualTo(3);
    assertThat(kpi(kpis, "Mentions").previous()).isEqualTo(1);
    assertThat(kpi(kpis, "Share of voice").value()).isEqualTo(3.0 / 4, within());
    assertThat(kpi(kpis, "Complaints needing a reply").value()).isEqualTo(1);
    assertThat(kpi(kpis, "Questions needing a reply").value()).isEqualTo(1);
    Section top = social.topPosts(BAZARLY, WEEK, UTC);
    List<PostRow> rows = ((Block.Posts) top.blocks().get(0)).posts();
    assertThat(rows).extracting(PostRow::reach).containsExactly(900L, 500L, 100L);
    Section own = social.ownPosts(BAZARLY, WEEK, UTC);
    assertThat(own.present()).isTrue();
  }

  @Test
  void sectionsWithoutDataSayWhy() throws Exception {
    assertThat(social.mentions(BAZARLY, WEEK, UTC).absentReason())
        .isEqualTo("no posts mention Bazarly in " + WEEK.label());
    assertThat(social.topPosts(BAZARLY, WEEK, UTC).absentReason())
        .isEqualTo("no posts in the period");
    assertThat(social.complaints(BAZARLY, WEEK, UTC, NOW, 4).absentReason())
        .isEqualTo("no complaints needing a reply");
    ReportBrand alone = new ReportBrand("Bazarly", List.of(), List.of());
    assertThat(social.shareOfVoice(alone, WEEK, UTC).absentReason())
        .isEqualTo("Bazarly has no competitors configured");
  }

  @Test
  void mentionsAndShareOfVoiceCountEachBrand() throws Exception {
    store();

    Section mentions = social.mentions(BAZARLY, WEEK, UTC);
    Section share = social.shareOfVoice(BAZARLY, WEEK, UTC);

    assertThat(mentions.blocks()).singleElement().isInstanceOf(Block.Chart.class);
    List<List<String>> rows = ((Block.Table) share.blocks().get(1)).table().rows();
    assertThat(rows)
        .containsExactly(
            List.of("Bazarly", "3", "75.0 %", "100.0 %"), List.of("Daraz", "1", "25.0 %", "0.0 %"));
  }

  @Test
  void withoutTrackedCasesTheComplaintsAreTheAnalysedPostsNeedingAReply() throws Exception {
    store();

    Section s = social.complaints(BAZARLY, WEEK, UTC, NOW, 4);

    assertThat(((Block.Note) s.blocks().get(0)).text())
        .startsWith("1 analysed complaints need a reply in the period, and 1 questions");
    List<ComplaintRow> rows = ((Block.Complaints) s.blocks().get(1)).complaints();
    assertThat(rows).extracting(ComplaintRow::caseId).containsExactly("x:1");
    assertThat(rows.get(0).age()).isEqualTo(Duration.between(Instant.parse(IN), NOW));
  }

  @Test
  void trackedCasesAndReplyTimesComeFromTheAlertsJob() throws Exception {
    store();
    data.cases.add(
        new ComplaintCase(
            "x:1",
            "Bazarly",
            CaseState.ALERTED,
            70,
            Severity.HIGH,
            ComplaintCategory.LATE_MISSING_DELIVERY,
            0.9,
            List.of(),
            Instant.parse(IN),
            Instant.parse(IN).plusSeconds(4 * 3600),
            Instant.parse(IN),
            null,
            null,
            null,
            null,
            null,
            null,
            "https://social.example/x/1",
            "rina",
            "Rina",
            500,
            0,
            "@bazarly where is my parcel? <b>now</b>"));
    data.cases.add(
        new ComplaintCase(
            "x:6",
            "Bazarly",
            CaseState.NEW,
            10,
            Severity.NONE,
            ComplaintCategory.NONE,
            0.2,
            List.of(),
            Instant.parse(IN),
            Instant.parse(IN).plusSeconds(4 * 3600),
            Instant.parse(IN),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "tanvir",
            "Tanvir",
            20,
            0,
            "@bazarly do you ship to Sylhet?"));
    data.replyTimes.put(
        "Bazarly", new ReplyTimes(1, 1, Duration.ofHours(2), Duration.ofHours(2), 1));

    Section s = social.complaints(BAZARLY, WEEK, UTC, NOW, 4);

    assertThat(((Block.Note) s.blocks().get(0)).text())
        .isEqualTo(
            "Open cases tracked by the complaint alerts (1 open complaints; 1 open questions and"
                + " requests, which need a reply but are no complaint, are in the inbox).");
    List<ComplaintRow> rows = ((Block.Complaints) s.blocks().get(1)).complaints();
    assertThat(rows).extracting(ComplaintRow::caseId).containsExactly("x:1");
    ComplaintRow row = rows.get(0);
    assertThat(row.author()).isEqualTo("@rina");
    assertThat(row.text()).isEqualTo("@bazarly where is my parcel? <b>now</b>");
    assertThat(s.blocks()).anyMatch(b -> b instanceof Block.Table);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
