package org.brandpulse.ingest.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.dedup.Deduplicator;
import org.brandpulse.ingest.dedup.Verdict;
import org.brandpulse.ingest.match.BrandMatcher;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.TextAnalysis;
import org.brandpulse.nlp.TextAnalyzer;

/**
 * Match, own handle, de-duplicate and analyse, a chunk at a time (see the package guide). Not
 * thread-safe when its {@link Deduplicator} window is shared: one pipeline per step or thread.
 */
public final class PostPipeline {

  /** Chunks with at least this many posts to analyse are analysed on every core. */
  private static final int PARALLEL_FROM = 32;

  /** Posts a thread takes at a time when a chunk is analysed on every core. */
  private static final int TAKE = 8;

  private final BrandMatcher matcher;
  private final OwnHandles own;
  private final Deduplicator deduplicator;
  private final TextAnalyzer analyzer;

  /**
   * @param deduplicator the de-duplication of this run (its window holds the chunk's originals), or
   *     null to keep every copy (re-analysis, where copies were settled when stored)
   */
  public PostPipeline(
      BrandMatcher matcher, OwnHandles own, Deduplicator deduplicator, TextAnalyzer analyzer) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.own = Objects.requireNonNull(own, "own");
    this.deduplicator = deduplicator;
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /**
   * One outcome per post, in order.
   *
   * @throws StoreException when the store cannot be asked about copies
   */
  public List<Outcome> process(List<? extends Post> posts) throws StoreException {
    List<String> texts = new ArrayList<>(posts.size());
    posts.forEach(p -> texts.add(p.text()));
    List<Set<String>> matched = matcher.match(texts);
    Outcome[] outcomes = new Outcome[posts.size()];
    List<Set<String>> brands = new ArrayList<>(posts.size());
    List<Boolean> byBrand = new ArrayList<>(posts.size());
    List<Post> toCheck = new ArrayList<>();
    List<Integer> toCheckAt = new ArrayList<>();
    List<Post> ownPosts = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      Post post = posts.get(i);
      Set<String> speaksFor = own.brandsSpeakingAs(post.author().handle());
      Set<String> all = matched.get(i);
      if (!speaksFor.isEmpty()) {
        all = new TreeSet<>(all);
        all.addAll(speaksFor);
      }
      brands.add(all);
      byBrand.add(!speaksFor.isEmpty());
      if (all.isEmpty()) {
        outcomes[i] = new Outcome.NoBrand(post.id());
      } else if (!speaksFor.isEmpty()) {
        ownPosts.add(post);
      } else if (deduplicator != null) {
        toCheck.add(post);
        toCheckAt.add(i);
      }
    }
    // Every post with a brand is analysed but the copies: the analyses start now, on another core,
    // while this thread de-duplicates, and skip the posts found to be copies by the time they get
    // to them (an analysis of a copy is thrown away). Each analysis lands in its own slot and is
    // independent of the others (the analysers are thread-safe: TextAnalyzerContract), so the
    // outcomes are those of de-duplicating first and analysing in order.
    List<Integer> toAnalyse = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      if (outcomes[i] == null) {
        toAnalyse.add(i);
      }
    }
    Outcome[] analysed = new Outcome[posts.size()];
    AtomicIntegerArray copy = new AtomicIntegerArray(posts.size());
    IntConsumer analyseOne =
        j -> {
          int i = toAnalyse.get(j);
          if (copy.get(i) != 0) {
            return;
          }
          Post post = posts.get(i);
          try {
            TextAnalysis analysis = analyse(post, brands.get(i), byBrand.get(i));
            analysed[i] =
                new Outcome.Keep(new AnalyzedPost(post, brands.get(i), analysis, Set.of()));
          } catch (RuntimeException e) {
            analysed[i] = new Outcome.Failed(post, "analysis failed: " + e);
          }
        };
    AtomicInteger next = new AtomicInteger();
    Runnable take =
        () -> {
          for (int from; (from = next.getAndAdd(TAKE)) < toAnalyse.size(); ) {
            for (int j = from; j < Math.min(from + TAKE, toAnalyse.size()); j++) {
              analyseOne.accept(j);
            }
          }
        };
    // The helper takes the next few posts as it gets to them, so one the machine does not schedule
    // (a busy machine) never makes this thread wait for more than the posts it has in hand.
    ForkJoinTask<?> helper =
        toAnalyse.size() >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() > 1
            ? ForkJoinPool.commonPool().submit(take)
            : null;
    try {
      if (deduplicator != null && !ownPosts.isEmpty()) {
        // shares of the brand's own posts in this chunk are copies of them, as once they are
        // stored
        deduplicator.rememberOriginals(ownPosts);
      }
      if (!toCheck.isEmpty()) {
        List<Verdict> verdicts = deduplicator.checkAll(toCheck);
        for (int j = 0; j < verdicts.size(); j++) {
          if (verdicts.get(j).isDuplicate()) {
            int i = toCheckAt.get(j);
            copy.set(i, 1);
            outcomes[i] = new Outcome.Copy(posts.get(i).id(), verdicts.get(j).originalId());
          }
        }
      }
    } catch (StoreException | RuntimeException e) {
      next.set(toAnalyse.size());
      if (helper != null) {
        helper.quietlyJoin();
      }
      throw e;
    }
    take.run();
    if (helper != null) {
      helper.join();
    }
    for (int i : toAnalyse) {
      if (outcomes[i] == null) {
        outcomes[i] = analysed[i];
      }
    }
    return List.of(outcomes);
  }

  /** The analysis of a post about these brands ({@code byBrand}: written by one of them). */
  public TextAnalysis analyse(Post post, Set<String> brands, boolean byBrand) {
    AnalysisContext context =
        new AnalysisContext(
            post.language(), brands, own.handlesOf(brands), byBrand, post.isReply());
    return analyzer.analyze(post.text(), context);
  }

  /**
   * The posts a chunk's outcomes store: each kept post carries the copies already counted against
   * its stored version, and each copy is counted against its original (kept in this chunk, or
   * stored earlier; a copy of an original that is gone is dropped). Replaying a chunk changes
   * nothing: copies are a set.
   */
  public static List<AnalyzedPost> toStore(List<Outcome> outcomes, PostStore store)
      throws StoreException {
    Set<String> lookUp = new LinkedHashSet<>();
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Keep k) {
        lookUp.add(k.postId());
      } else if (o instanceof Outcome.Copy c) {
        lookUp.add(c.originalId());
      }
    }
    Map<String, AnalyzedPost> stored = lookUp.isEmpty() ? Map.of() : store.getAll(lookUp);
    Map<String, AnalyzedPost> pending = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Keep k) {
        AnalyzedPost post = k.post();
        AnalyzedPost earlier = pending.getOrDefault(post.id(), stored.get(post.id()));
        pending.put(
            post.id(), withCopies(post, earlier == null ? Set.of() : earlier.duplicateIds()));
      }
    }
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Copy c) {
        AnalyzedPost original = pending.getOrDefault(c.originalId(), stored.get(c.originalId()));
        if (original != null) {
          pending.put(original.id(), original.withDuplicate(c.postId()));
        }
      }
    }
    return new ArrayList<>(pending.values());
  }

  private static AnalyzedPost withCopies(AnalyzedPost post, Collection<String> copies) {
    for (String copy : copies) {
      post = post.withDuplicate(copy);
    }
    return post;
  }
}
