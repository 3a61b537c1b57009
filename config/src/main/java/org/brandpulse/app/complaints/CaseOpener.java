package org.brandpulse.app.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.brandpulse.app.ingest.BrandDirectory;
import org.brandpulse.app.settings.AlertSettings;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.reporting.complaints.CaseIntake;
import org.brandpulse.reporting.complaints.CaseState;
import org.brandpulse.reporting.complaints.ComplaintCase;
import org.brandpulse.reporting.complaints.FirstReplies;
import org.springframework.stereotype.Component;

/**
 * Step one of {@code complaintAlerts}: opens a case for every stored post of the last {@code
 * lookbackDays} whose complaint needs a reply (idempotent: a case id is its post id), and closes as
 * {@code REPLIED} every open case that one of its brand's own handles answered in the thread.
 *
 * <p>Complaints written before the look-back that ingest runs stored since the last pass (a
 * backfill with {@code ingest --since}, a source's {@code since:}, an old export) open as {@code
 * BACKFILLED}: in the inbox and reports, never e-mailed. A pass reads only the posts fetched since
 * the previous one ({@link CaseStore#backfillMark}), less {@link #BACKFILL_OVERLAP} for ingest runs
 * that were still storing while it ran.
 *
 * <p>Which post opens which case, with which priority, is {@link CaseIntake}'s: a case belongs to
 * the first configured brand (not competitor) the post matched; complaints about competitors only
 * open no case. The ingest job keeps every post of a brand's own handles and records its replies in
 * the {@link OwnReplies} ledger, which closing reads.
 */
@Component
public class CaseOpener {

  /**
   * What one pass did.
   *
   * @param opened cases opened for recent complaints (alerted by the next step)
   * @param backfilled cases opened for complaints older than the look-back (never alerted)
   * @param replied cases closed by a brand reply
   */
  public record Result(int opened, int backfilled, int replied) {}

  /** Posts fetched this long before the previous pass are read again (opening is idempotent). */
  static final Duration BACKFILL_OVERLAP = Duration.ofDays(1);

  /** Closed cases younger than this still get their first reply recorded. */
  static final int RECENT_DAYS = 30;

  private final PostStore store;
  private final CaseStore cases;
  private final OwnReplies ownReplies;
  private final BrandDirectory brandDirectory;
  private final AlertSettings alerts;
  private final CaseIntake intake;

  public CaseOpener(
      PostStore store,
      CaseStore cases,
      AlertSettings alerts,
      BrandpulseSettings settings,
      OwnReplies ownReplies,
      BrandDirectory brandDirectory) {
    this.store = store;
    this.cases = cases;
    this.ownReplies = ownReplies;
    this.brandDirectory = brandDirectory;
    this.alerts = alerts;
    Map<String, List<String>> handles = new LinkedHashMap<>();
    settings.brands().forEach(b -> handles.put(b.name(), b.handles()));
    this.intake = new CaseIntake(handles, alerts.slaHours(), alerts.highPriorityThreshold());
  }

  /** Opens new cases, then closes answered ones. */
  public Result run(Instant runAt) throws StoreException {
    Instant from = runAt.minus(Duration.ofDays(alerts.lookbackDays()));
    int opened = open(PostFilter.ALL.needsReply(true).between(from, null), CaseState.NEW, runAt);
    int backfilled = openBackfilled(from, runAt);
    int replied = closeAnswered(runAt);
    return new Result(opened, backfilled, replied);
  }

  /**
   * Opens {@code BACKFILLED} cases for complaints written before {@code from} and fetched since the
   * last pass (all of them on the first pass), then moves the mark to this run.
   */
  private int openBackfilled(Instant from, Instant runAt) throws StoreException {
    PostFilter old = PostFilter.ALL.needsReply(true).between(null, from);
    Optional<Instant> mark = cases.backfillMark();
    if (mark.isPresent()) {
      old = old.fetchedSince(mark.get().minus(BACKFILL_OVERLAP));
    }
    int backfilled = open(old, CaseState.BACKFILLED, runAt);
    cases.setBackfillMark(runAt);
    return backfilled;
  }

  private int open(PostFilter filter, CaseState state, Instant runAt) throws StoreException {
    int[] opened = {0};
    store.forEach(
        filter,
        p -> {
          Optional<ComplaintCase> c = intake.caseFor(p, state, runAt);
          if (c.isPresent() && cases.openIfAbsent(c.get())) {
            opened[0]++;
          }
        });
    return opened[0];
  }

  /**
   * Closes as {@code REPLIED} every open case one of its brand's own handles answered, and records
   * the first reply of every case that has none yet: a keyed look-up in the {@link OwnReplies}
   * ledger the ingest job fills, not a scan of the posts.
   */
  private int closeAnswered(Instant runAt) throws StoreException {
    seedLedgerIfNeeded(runAt);
    List<FirstReplies.Waiting> waiting =
        cases.waitingForFirstReply(runAt.minus(Duration.ofDays(RECENT_DAYS)));
    if (waiting.isEmpty()) {
      return 0;
    }
    Set<String> keys = new java.util.LinkedHashSet<>();
    waiting.forEach(w -> keys.addAll(w.keys()));
    int replied = 0;
    for (FirstReplies.Match m : FirstReplies.match(waiting, ownReplies.answering(keys))) {
      String id = m.waiting().id();
      cases.setFirstReply(id, m.reply().createdAt(), m.reply().postId());
      if (cases.markReplied(id, m.reply().createdAt(), "reply:" + m.reply().postId())) {
        replied++;
      }
    }
    return replied;
  }

  /**
   * Fills the ledger from the whole store once, and again whenever the configured handles change:
   * own replies stored before the ledger existed, or by a handle added later, are found too.
   */
  private void seedLedgerIfNeeded(Instant runAt) throws StoreException {
    String signature = brandDirectory.handleSignature();
    if (signature.equals(ownReplies.seededFor().orElse(null))) {
      return;
    }
    List<AnalyzedPost> batch = new ArrayList<>();
    store.forEach(
        PostFilter.ALL,
        p -> {
          if (!brandDirectory.brandsSpeakingAs(p.post().author().handle()).isEmpty()) {
            batch.add(p);
            if (batch.size() == 1_000) {
              ownReplies.record(batch, brandDirectory);
              batch.clear();
            }
          }
        });
    ownReplies.record(batch, brandDirectory);
    ownReplies.markSeeded(signature, runAt);
  }
}
