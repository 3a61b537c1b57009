package org.brandpulse.app.ingest;

import java.util.Set;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.dedup.Deduplicator;
import org.brandpulse.ingest.dedup.Verdict;
import org.brandpulse.ingest.match.BrandMatcher;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.TextAnalysis;
import org.brandpulse.nlp.TextAnalyzer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a fetched post into what the writer stores: drops posts that match no brand query and are
 * not by a brand's own handle (returns null, which Spring Batch counts as filtered), turns
 * near-duplicate copies into a count against their original, and analyses the rest.
 *
 * <p>A post by a brand's own handle is always kept under that brand, even when it does not name it
 * (support replies such as "@115712 I understand..."), and is never folded into a near-duplicate:
 * templated replies are each an answer to someone, and they close complaint cases. Reports count
 * them as the brand's own activity, never as mentions.
 */
public class PostAnalysisProcessor implements ItemProcessor<Post, IngestItem> {

  private final BrandMatcher matcher;
  private final BrandDirectory brands;
  private final Deduplicator deduplicator;
  private final TextAnalyzer analyzer;

  public PostAnalysisProcessor(
      BrandMatcher matcher,
      BrandDirectory brands,
      Deduplicator deduplicator,
      TextAnalyzer analyzer) {
    this.matcher = matcher;
    this.brands = brands;
    this.deduplicator = deduplicator;
    this.analyzer = analyzer;
  }

  @Override
  public IngestItem process(Post post) throws StoreException {
    Set<String> matched = matcher.match(post.text());
    Set<String> speaksFor = brands.brandsSpeakingAs(post.author().handle());
    if (!speaksFor.isEmpty()) {
      Set<String> all = new java.util.TreeSet<>(matched);
      all.addAll(speaksFor);
      matched = all;
    }
    if (matched.isEmpty()) {
      return null;
    }
    boolean byBrand = !speaksFor.isEmpty();
    if (!byBrand) {
      Verdict verdict = deduplicator.check(post);
      if (verdict.isDuplicate()) {
        return IngestItem.copy(post.id(), verdict.originalId());
      }
    }
    Set<String> handles = brands.handlesOf(matched);
    AnalysisContext context =
        new AnalysisContext(post.language(), matched, handles, byBrand, post.isReply());
    TextAnalysis analysis = analyzer.analyze(post.text(), context);
    return IngestItem.store(new AnalyzedPost(post, matched, analysis, Set.of()));
  }
}
