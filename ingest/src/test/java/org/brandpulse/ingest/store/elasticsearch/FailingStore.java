package org.brandpulse.ingest.store.elasticsearch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.Facet;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostPage;
import org.brandpulse.ingest.store.PostQuery;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.store.TermCount;

/** A store that passes everything on but fails the upsert number {@code failAt} (1-based), once. */
final class FailingStore implements PostStore {

  private final PostStore delegate;
  private final int failAt;
  private int upserts;

  FailingStore(PostStore delegate, int failAt) {
    this.delegate = delegate;
    this.failAt = failAt;
  }

  @Override
  public void upsert(Collection<AnalyzedPost> posts) throws StoreException {
    if (++upserts == failAt) {
      throw new StoreException("simulated crash at upsert " + failAt);
    }
    delegate.upsert(posts);
  }

  @Override
  public Optional<AnalyzedPost> get(String id) throws StoreException {
    return delegate.get(id);
  }

  @Override
  public java.util.Map<String, AnalyzedPost> getAll(java.util.Collection<String> ids)
      throws StoreException {
    return delegate.getAll(ids);
  }

  @Override
  public PostPage search(PostQuery query) throws StoreException {
    return delegate.search(query);
  }

  @Override
  public long count(PostFilter filter) throws StoreException {
    return delegate.count(filter);
  }

  @Override
  public SortedMap<LocalDate, Long> countPerDay(PostFilter filter, ZoneId zone)
      throws StoreException {
    return delegate.countPerDay(filter, zone);
  }

  @Override
  public List<TermCount> countBy(Facet facet, PostFilter filter) throws StoreException {
    return delegate.countBy(facet, filter);
  }

  @Override
  public List<TermCount> topKeywords(PostFilter filter, int limit) throws StoreException {
    return delegate.topKeywords(filter, limit);
  }

  @Override
  public List<AnalyzedPost> topByReach(PostFilter filter, int limit) throws StoreException {
    return delegate.topByReach(filter, limit);
  }

  @Override
  public List<AnalyzedPost> findByDedupKeys(
      Collection<String> keys, Instant from, Instant to, int limit) throws StoreException {
    return delegate.findByDedupKeys(keys, from, to, limit);
  }

  @Override
  public void forEach(PostFilter filter, Consumer<AnalyzedPost> action) throws StoreException {
    delegate.forEach(filter, action);
  }

  @Override
  public void close() throws StoreException {
    delegate.close();
  }
}
