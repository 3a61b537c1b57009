package org.brandpulse.reporting.complaints;

import java.util.EnumSet;
import java.util.Set;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.nlp.ComplaintCategory;

/**
 * The two kinds of post that need a reply, kept apart in every count, list and alert: a complaint
 * (the analysis found one: it has a category) and a question or request (it needs an answer but is
 * no complaint: category {@link ComplaintCategory#NONE}). This is {@link
 * org.brandpulse.nlp.Complaint#replyKind()} as the store can filter it: the analysis gives a
 * category exactly to the posts it judges complaints.
 */
public final class NeedsReply {

  private static final Set<ComplaintCategory> COMPLAINT_CATEGORIES = complaintCategories();

  private NeedsReply() {}

  private static Set<ComplaintCategory> complaintCategories() {
    Set<ComplaintCategory> all = EnumSet.allOf(ComplaintCategory.class);
    all.remove(ComplaintCategory.NONE);
    return Set.copyOf(all);
  }

  /** The complaints needing a reply among the posts of {@code filter}. */
  public static PostFilter complaints(PostFilter filter) {
    return filter.needsReply(true).complaintCategories(COMPLAINT_CATEGORIES);
  }

  /**
   * The questions and requests needing a reply (no complaint) among the posts of {@code filter}.
   */
  public static PostFilter questions(PostFilter filter) {
    return filter.needsReply(true).complaintCategories(Set.of(ComplaintCategory.NONE));
  }

  /** True when a post's complaint category makes it a question rather than a complaint. */
  public static boolean isQuestion(ComplaintCategory category) {
    return category == ComplaintCategory.NONE;
  }
}
