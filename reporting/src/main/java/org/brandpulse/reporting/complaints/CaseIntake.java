package org.brandpulse.reporting.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Post;
import org.brandpulse.nlp.Complaint;

/**
 * Which stored post opens which case: the case belongs to the first configured brand (not
 * competitor) the post matched, a post by one of that brand's own handles opens none, and the
 * case's priority, reasons and SLA due time come from the post's complaint, reach, engagement and
 * age at the run.
 */
public final class CaseIntake {

  private final Map<String, Set<String>> handlesByBrand = new LinkedHashMap<>();
  private final Duration sla;
  private final int highPriorityThreshold;

  /**
   * @param brands the configured brands in order, each with its own handles
   * @param slaHours hours a reply may take
   * @param highPriorityThreshold the priority from which a case is urgent
   */
  public CaseIntake(Map<String, List<String>> brands, int slaHours, int highPriorityThreshold) {
    brands.forEach(
        (brand, handles) -> {
          Set<String> set = new TreeSet<>();
          handles.forEach(h -> set.add(normalize(h)));
          handlesByBrand.put(brand, set);
        });
    this.sla = Duration.ofHours(slaHours);
    this.highPriorityThreshold = highPriorityThreshold;
  }

  private static String normalize(String handle) {
    String h = Author.normalizeHandle(handle);
    return h == null ? "" : h;
  }

  /** The case a post opens in {@code state} at {@code runAt}, or empty when it opens none. */
  public Optional<ComplaintCase> caseFor(AnalyzedPost p, CaseState state, Instant runAt) {
    String brand = brandOf(p);
    if (brand == null || isOwn(brand, p.post())) {
      return Optional.empty();
    }
    return Optional.of(newCase(p, brand, state, runAt));
  }

  private String brandOf(AnalyzedPost p) {
    for (String b : handlesByBrand.keySet()) {
      if (p.brands().contains(b)) {
        return b;
      }
    }
    return null;
  }

  private boolean isOwn(String brand, Post post) {
    String h = post.author().handle();
    return h != null && handlesByBrand.getOrDefault(brand, Set.of()).contains(normalize(h));
  }

  private ComplaintCase newCase(AnalyzedPost p, String brand, CaseState state, Instant runAt) {
    Post post = p.post();
    Complaint c = p.analysis().complaint();
    Duration age = Duration.between(post.createdAt(), runAt);
    long engagement = post.engagement().total();
    int priority = Priority.score(c.severity(), p.reach(), engagement, age, sla);
    return new ComplaintCase(
        post.id(),
        brand,
        state,
        priority,
        c.severity(),
        c.category(),
        c.probability(),
        Priority.reasons(
            c.probability(),
            c.severity(),
            p.reach(),
            engagement,
            age,
            sla,
            priority,
            highPriorityThreshold),
        post.createdAt(),
        post.createdAt().plus(sla),
        runAt,
        null,
        null,
        null,
        null,
        null,
        post.threadId(),
        post.url(),
        post.author().handle(),
        post.author().name(),
        p.reach(),
        engagement,
        post.text());
  }
}
