package org.brandpulse.reporting.report.build;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Author;
import org.brandpulse.reporting.report.Block;
import org.brandpulse.reporting.report.Kpi;
import org.brandpulse.reporting.report.KpiUnit;
import org.brandpulse.reporting.report.PostRow;
import org.brandpulse.reporting.report.Section;
import org.brandpulse.reporting.report.SectionKind;

/**
 * What the brand's own accounts posted: how many posts, how many of them replies, and the ones that
 * reached most people. Those posts are not mentions: the other social sections leave them out (the
 * store's {@code excludeAuthors} filter), so a brand's announcement to half a million followers no
 * longer heads "Top posts by reach".
 */
public final class OwnPostsSection {

  /**
   * Posts by the brand's accounts in a period.
   *
   * @param posts how many
   * @param replies how many of them reply to another post
   */
  public record Activity(long posts, long replies) {
    public Activity {
      if (posts < 0 || replies < 0 || replies > posts) {
        throw new IllegalArgumentException(
            "own posts " + posts + " with " + replies + " replies: expected 0 <= replies <= posts");
      }
    }
  }

  private OwnPostsSection() {}

  /**
   * The section.
   *
   * @param brand the brand's name
   * @param handles the brand's own account handles, as configured
   * @param now the period's activity
   * @param before the previous period's activity, or null when unknown
   * @param top the period's own posts with the largest reach, largest first
   */
  public static Section build(
      String brand, List<String> handles, Activity now, Activity before, List<AnalyzedPost> top) {
    Objects.requireNonNull(now, "now");
    String accounts =
        handles.stream()
            .map(Author::normalizeHandle)
            .filter(Objects::nonNull)
            .distinct()
            .map(h -> "@" + h)
            .collect(Collectors.joining(", "));
    if (accounts.isEmpty()) {
      return Section.absent(
          SectionKind.OWN_POSTS, "no own accounts are configured for " + brand + " (handles)");
    }
    if (now.posts() == 0) {
      return Section.absent(SectionKind.OWN_POSTS, "no posts by " + accounts + " in the period");
    }
    return Section.present(
        SectionKind.OWN_POSTS,
        new Block.Kpis(
            List.of(
                Kpi.of(
                    "Own posts",
                    now.posts(),
                    before == null ? null : (double) before.posts(),
                    KpiUnit.COUNT),
                Kpi.of(
                    "Replies among them",
                    now.replies(),
                    before == null ? null : (double) before.replies(),
                    KpiUnit.COUNT))),
        new Block.Note(
            "Posts by "
                + accounts
                + " are the brand's own activity: they are left out of mentions, sentiment, share"
                + " of voice, keywords and top posts."),
        new Block.Posts("Top own posts by reach", top.stream().map(PostRow::of).toList()));
  }
}
