package org.brandpulse.reporting.report.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brandpulse.ingest.testing.Posts.post;

import java.util.List;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.Kpi;
import org.brandpulse.reporting.report.PostRow;
import org.brandpulse.reporting.report.Section;
import org.junit.jupiter.api.Test;

class OwnPostsSectionTest {

  private static final List<String> HANDLES = List.of("@Bazarly", "bazarly_help", "BAZARLY");

  private static final List<AnalyzedPost> TOP =
      List.of(
          post("social:1")
              .author("bazarly", 512_000)
              .engagement(300, 40, 12)
              .text("ঈদ সেল 🎉")
              .build(),
          post("social:2")
              .author("bazarly_help", 48_000)
              .replyTo("social:0")
              .text("<b>Sorry</b>")
              .build());

  @Test
  void countsRepliesAndListsTheTopOwnPosts() {
    Section s =
        OwnPostsSection.build(
            "Bazarly",
            HANDLES,
            new OwnPostsSection.Activity(14, 9),
            new OwnPostsSection.Activity(10, 9),
            TOP);
    List<Kpi> kpis = ((Block.Kpis) s.blocks().get(0)).kpis();
    assertThat(kpis)
        .extracting(Kpi::name, Kpi::valueText, Kpi::changeText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Own posts", "14", "+4 (+40.0 %)"),
            org.assertj.core.groups.Tuple.tuple("Replies among them", "9", "no change"));
    assertThat(((Block.Note) s.blocks().get(1)).text())
        .startsWith("Posts by @bazarly, @bazarly_help are the brand's own activity");
    List<PostRow> rows = ((Block.Posts) s.blocks().get(2)).posts();
    assertThat(rows)
        .extracting(PostRow::author, PostRow::reach, PostRow::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("@bazarly", 512_000L + 300 + 80 + 12, "ঈদ সেল 🎉"),
            org.assertj.core.groups.Tuple.tuple("@bazarly_help", 48_000L, "<b>Sorry</b>"));
  }

  @Test
  void withoutHandlesOrPostsTheSectionSaysWhy() {
    assertThat(
            OwnPostsSection.build(
                    "Bazarly", List.of(), new OwnPostsSection.Activity(0, 0), null, List.of())
                .absentReason())
        .isEqualTo("no own accounts are configured for Bazarly (handles)");
    assertThat(
            OwnPostsSection.build(
                    "Bazarly", HANDLES, new OwnPostsSection.Activity(0, 0), null, List.of())
                .absentReason())
        .isEqualTo("no posts by @bazarly, @bazarly_help in the period");
  }

  @Test
  void withoutAPreviousPeriodThereIsNoChange() {
    Section s =
        OwnPostsSection.build("Bazarly", HANDLES, new OwnPostsSection.Activity(2, 1), null, TOP);
    assertThat(((Block.Kpis) s.blocks().get(0)).kpis())
        .extracting(Kpi::changeText)
        .containsOnly("n/a");
  }
}
