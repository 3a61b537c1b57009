package org.brandpulse.app.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brandpulse.app.settings.BrandSettings;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.match.BrandQuery;

/**
 * The configured brands and competitors, flattened: every one is matched by its query and counted
 * under its name; handles tell which accounts speak for it.
 */
public final class BrandDirectory implements org.brandpulse.ingest.pipeline.OwnHandles {

  private final List<BrandQuery> queries = new ArrayList<>();
  private final Map<String, Set<String>> handlesByBrand = new HashMap<>();
  private final Map<String, Set<String>> brandsByHandle = new HashMap<>();

  public BrandDirectory(List<BrandSettings> brands) {
    for (BrandSettings b : brands) {
      add(b.name(), b.query(), b.handles());
      for (BrandSettings.CompetitorSettings c : b.competitors()) {
        add(c.name(), c.query(), c.handles());
      }
    }
  }

  private void add(String name, String query, List<String> handles) {
    queries.add(new BrandQuery(name, query));
    Set<String> normalized = new HashSet<>();
    for (String h : handles) {
      normalized.add(normalizeHandle(h));
    }
    handlesByBrand.put(name, Set.copyOf(normalized));
    for (String h : normalized) {
      brandsByHandle.computeIfAbsent(h, k -> new java.util.TreeSet<>()).add(name);
    }
  }

  /**
   * The brands (and competitors) that {@code handle} speaks for: its own posts belong to them even
   * when they do not name them ("@115712 I understand..."). Empty for anyone else.
   */
  @Override
  public Set<String> brandsSpeakingAs(String handle) {
    if (handle == null || handle.isBlank()) {
      return Set.of();
    }
    Set<String> brands = brandsByHandle.get(normalizeHandle(handle));
    return brands == null ? Set.of() : Set.copyOf(brands);
  }

  /** Every {@code brand:handle} pair, sorted: what the own-reply ledger was filled for. */
  public String handleSignature() {
    java.util.TreeSet<String> pairs = new java.util.TreeSet<>();
    handlesByBrand.forEach((b, hs) -> hs.forEach(h -> pairs.add(b + ":" + h)));
    return String.join("\n", pairs);
  }

  /** Every brand and competitor query. */
  public List<BrandQuery> queries() {
    return List.copyOf(queries);
  }

  /** The handles of the given brands, lower case without {@code @}. */
  @Override
  public Set<String> handlesOf(Set<String> brands) {
    Set<String> out = new HashSet<>();
    for (String b : brands) {
      out.addAll(handlesByBrand.getOrDefault(b, Set.of()));
    }
    return out;
  }

  /** Lower case, without a leading {@code @} ({@link Author#normalizeHandle}; "" when blank). */
  public static String normalizeHandle(String handle) {
    String h = Author.normalizeHandle(handle);
    return h == null ? "" : h;
  }
}
