package org.brandpulse.seoaudit.checks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.nlp.text.Fingerprint64;
import org.brandpulse.nlp.text.SimHash;
import org.brandpulse.seoaudit.page.HtmlFacts;

/**
 * Duplicate titles, descriptions and body text (exact, by 64-bit hash) and near-duplicate body text
 * (SimHash within {@code 64 * (1 - similarity)} bits, found by banding: with k differing bits
 * allowed, k + 1 bands guarantee that a close pair agrees on one band). Holds four longs and one
 * int per indexable page.
 */
final class Duplicates {

  /** Members of one band bucket compared pairwise at most (guards against huge templates). */
  static final int MAX_BUCKET = 2_000;

  private final IntList ids = new IntList(1024);
  private long[] title = new long[1024];
  private long[] description = new long[1024];
  private long[] content = new long[1024];
  private long[] sim = new long[1024];

  void add(int id, HtmlFacts h) {
    int i = ids.size();
    if (i == title.length) {
      title = Arrays.copyOf(title, i * 2);
      description = Arrays.copyOf(description, i * 2);
      content = Arrays.copyOf(content, i * 2);
      sim = Arrays.copyOf(sim, i * 2);
    }
    ids.add(id);
    title[i] = h.title() == null || h.title().isEmpty() ? 0 : Fingerprint64.of(h.title());
    description[i] =
        h.description() == null || h.description().isEmpty()
            ? 0
            : Fingerprint64.of(h.description());
    content[i] = h.words() == 0 ? 0 : h.contentHash();
    sim[i] = h.words() == 0 ? 0 : h.simHash();
  }

  void report(SiteGraph g, Thresholds t, List<Finding> out) {
    exact(g, title, Check.TITLE_DUPLICATE, "same title as", out);
    exact(g, description, Check.DESCRIPTION_DUPLICATE, "same meta description as", out);
    exact(g, content, Check.DUPLICATE_CONTENT, "same body text as", out);
    near(g, t, out);
  }

  private void exact(SiteGraph g, long[] hashes, Check check, String what, List<Finding> out) {
    Map<Long, IntList> groups = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (hashes[i] != 0) {
        groups.computeIfAbsent(hashes[i], h -> new IntList(2)).add(i);
      }
    }
    for (IntList group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      String first = null;
      String second = null;
      for (int a = 0; a < group.size(); a++) {
        String u = g.url(ids.get(group.get(a)));
        if (first == null || u.compareTo(first) < 0) {
          second = first;
          first = u;
        } else if (second == null || u.compareTo(second) < 0) {
          second = u;
        }
      }
      int others = group.size() - 1;
      String detail = what + " " + others + (others == 1 ? " other page" : " other pages");
      for (int a = 0; a < group.size(); a++) {
        String url = g.url(ids.get(group.get(a)));
        out.add(Finding.of(check, url, detail, url.equals(first) ? second : first));
      }
    }
  }

  private void near(SiteGraph g, Thresholds t, List<Finding> out) {
    int maxBits = (int) Math.floor(64 * (1 - t.nearDuplicateSimilarity()) + 1e-9);
    int bands = maxBits + 1;
    int n = ids.size();
    String[] best = new String[n];
    int[] bestBits = new int[n];
    Arrays.fill(bestBits, Integer.MAX_VALUE);
    int bandBits = Math.max(1, 64 / bands);
    long[] keys = new long[n];
    for (int band = 0; band < bands && band * bandBits < 64; band++) {
      int shift = band * bandBits;
      int width = band == bands - 1 ? 64 - shift : bandBits;
      long mask = width >= 32 ? 0xffffffffL : (1L << width) - 1;
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (sim[i] != 0) {
          keys[k++] = (((sim[i] >>> shift) & mask) << 32) | i;
        }
      }
      Arrays.sort(keys, 0, k);
      for (int start = 0; start < k; ) {
        int end = start + 1;
        while (end < k && keys[end] >>> 32 == keys[start] >>> 32) {
          end++;
        }
        compare(g, keys, start, Math.min(end, start + MAX_BUCKET), maxBits, best, bestBits);
        start = end;
      }
    }
    for (int i = 0; i < n; i++) {
      if (best[i] != null) {
        int similarity = (int) Math.floor(100.0 * (64 - bestBits[i]) / 64);
        out.add(
            Finding.of(
                Check.NEAR_DUPLICATE_CONTENT,
                g.url(ids.get(i)),
                similarity + " % similar body text",
                best[i]));
      }
    }
  }

  private void compare(
      SiteGraph g, long[] keys, int from, int to, int maxBits, String[] best, int[] bestBits) {
    for (int x = from; x < to; x++) {
      int a = (int) keys[x];
      for (int y = x + 1; y < to; y++) {
        int b = (int) keys[y];
        int bits = SimHash.distance(sim[a], sim[b]);
        if (bits <= maxBits && content[a] != content[b]) {
          offer(g, a, b, bits, best, bestBits);
          offer(g, b, a, bits, best, bestBits);
        }
      }
    }
  }

  private void offer(SiteGraph g, int a, int b, int bits, String[] best, int[] bestBits) {
    String url = g.url(ids.get(b));
    if (bits < bestBits[a] || (bits == bestBits[a] && url.compareTo(best[a]) < 0)) {
      bestBits[a] = bits;
      best[a] = url;
    }
  }
}
