package org.brandpulse.app.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.brandpulse.app.ingest.BrandDirectory;
import org.brandpulse.app.settings.BrandSettings;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.nlp.Complaint;
import org.springframework.stereotype.Component;

/**
 * Step one of {@code complaintAlerts}: opens a case for every stored post of the last {@code
 * lookbackDays} whose complaint needs a reply (idempotent: a case id is its post id), and closes as
 * {@code REPLIED} every open case that one of its brand's own handles answered in the thread.
 *
 * <p>A case belongs to the first configured brand (not competitor) the post matched; complaints
 * about competitors only open no case. The brand's reply must be in the store, i.e. match a brand
 * query like any other post.
 */
@Component
public class CaseOpener {

  /** What one pass did. */
  public record Result(int opened, int replied) {}

  private final PostStore store;
  private final CaseStore cases;
  private final AlertSettings alerts;
  private final List<String> brandOrder;
  private final Map<String, Set<String>> handles = new HashMap<>();

  public CaseOpener(
      PostStore store, CaseStore cases, AlertSettings alerts, BrandpulseSettings settings) {
    this.store = store;
    this.cases = cases;
    this.alerts = alerts;
    this.brandOrder = settings.brands().stream().map(BrandSettings::name).toList();
    for (BrandSettings b : settings.brands()) {
      Set<String> set = new TreeSet<>();
      b.handles().forEach(h -> set.add(BrandDirectory.normalizeHandle(h)));
      handles.put(b.name(), set);
    }
  }

  /** Opens new cases, then closes answered ones. */
  public Result run(Instant runAt) throws StoreException {
    int opened = open(runAt);
    int replied = closeAnswered(runAt);
    return new Result(opened, replied);
  }

  private int open(Instant runAt) throws StoreException {
    Instant from = runAt.minus(Duration.ofDays(alerts.lookbackDays()));
    PostFilter filter = PostFilter.ALL.needsReply(true).between(from, null);
    int[] opened = {0};
    store.forEach(
        filter,
        p -> {
          String brand = brandOf(p);
          if (brand != null
              && !isOwn(brand, p.post())
              && cases.openIfAbsent(newCase(p, brand, runAt))) {
            opened[0]++;
          }
        });
    return opened[0];
  }

  private int closeAnswered(Instant runAt) throws StoreException {
    List<ComplaintCase> open = cases.openCases();
    if (open.isEmpty()) {
      return 0;
    }
    Map<String, ComplaintCase> byKey = new HashMap<>();
    for (ComplaintCase c : open) {
      byKey.put(c.id(), c);
      if (c.threadId() != null) {
        byKey.putIfAbsent(c.threadId(), c);
      }
    }
    Instant from = open.get(0).postCreatedAt();
    int[] replied = {0};
    store.forEach(
        PostFilter.ALL.between(from, null),
        p -> {
          Post post = p.post();
          for (String ref : new String[] {post.replyToId(), post.threadId()}) {
            ComplaintCase c = ref == null ? null : byKey.get(ref);
            if (c != null
                && isOwn(c.brand(), post)
                && !post.createdAt().isBefore(c.postCreatedAt())
                && cases.markReplied(c.id(), post.createdAt(), "reply:" + post.id())) {
              replied[0]++;
            }
          }
        });
    return replied[0];
  }

  private String brandOf(AnalyzedPost p) {
    for (String b : brandOrder) {
      if (p.brands().contains(b)) {
        return b;
      }
    }
    return null;
  }

  private boolean isOwn(String brand, Post post) {
    String h = post.author().handle();
    return h != null
        && handles.getOrDefault(brand, Set.of()).contains(BrandDirectory.normalizeHandle(h));
  }

  private ComplaintCase newCase(AnalyzedPost p, String brand, Instant runAt) {
    Post post = p.post();
    Complaint c = p.analysis().complaint();
    Duration sla = Duration.ofHours(alerts.slaHours());
    Duration age = Duration.between(post.createdAt(), runAt);
    long engagement = post.engagement().total();
    int priority = Priority.score(c.severity(), p.reach(), engagement, age, sla);
    return new ComplaintCase(
        post.id(),
        brand,
        CaseState.NEW,
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
            alerts.highPriorityThreshold()),
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
