package org.brandpulse.seoaudit.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact site model the site-wide checks run on: every URL seen (page, link target, sitemap
 * entry) gets an int id; per id a status, flags, redirect and canonical targets; per page its link
 * targets as ids. About 100 bytes per URL plus 4 bytes per link, so 100,000 pages with 50 links
 * each fit in tens of megabytes. Not thread-safe; {@link SiteChecks} synchronizes.
 */
final class SiteGraph {

  static final int UNKNOWN = Integer.MIN_VALUE;
  static final int PAGE = 1;
  static final int HTML200 = 1 << 1;
  static final int NOINDEX = 1 << 2;
  static final int BLOCKED = 1 << 3;
  static final int IN_SITEMAP = 1 << 4;
  static final int POOL = 1 << 5;
  static final int CANONICALISED = 1 << 6;
  static final int REDIRECT = 1 << 7;
  static final int INLINK = 1 << 8;
  static final int START = 1 << 9;

  /** Marks an embedding edge (image, frame) as opposed to a navigational link. */
  static final int EMBED = 1 << 31;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> urls = new ArrayList<>();
  int[] status = new int[1024];
  int[] flags = new int[1024];
  int[] redirectTo = new int[1024];
  int[] canonical = new int[1024];
  int[] sitemap = new int[1024];
  int[] edgeStart = new int[1024];
  int[] edgeCount = new int[1024];
  final IntList edges = new IntList(4096);
  final Map<Integer, int[]> hreflangs = new HashMap<>();

  /** The id of {@code url}, assigning the next one on first sight. */
  int id(String url) {
    Integer id = ids.get(url);
    if (id != null) {
      return id;
    }
    int next = urls.size();
    urls.add(url);
    ids.put(url, next);
    if (next == status.length) {
      int n = next * 2;
      status = Arrays.copyOf(status, n);
      flags = Arrays.copyOf(flags, n);
      redirectTo = Arrays.copyOf(redirectTo, n);
      canonical = Arrays.copyOf(canonical, n);
      sitemap = Arrays.copyOf(sitemap, n);
      edgeStart = Arrays.copyOf(edgeStart, n);
      edgeCount = Arrays.copyOf(edgeCount, n);
    }
    status[next] = UNKNOWN;
    redirectTo[next] = -1;
    canonical[next] = -1;
    sitemap[next] = -1;
    return next;
  }

  /** The id of {@code url}, or -1 when never seen. */
  int find(String url) {
    Integer id = ids.get(url);
    return id == null ? -1 : id;
  }

  String url(int id) {
    return urls.get(id);
  }

  int size() {
    return urls.size();
  }

  boolean has(int id, int flag) {
    return (flags[id] & flag) != 0;
  }

  void set(int id, int flag) {
    flags[id] |= flag;
  }

  /** The status at the end of {@code id}'s redirects (at most 20 hops), UNKNOWN if not fetched. */
  int finalStatus(int id) {
    int at = id;
    for (int hops = 0; hops < 20 && has(at, REDIRECT) && redirectTo[at] >= 0; hops++) {
      if (status[redirectTo[at]] == UNKNOWN) {
        return status[at];
      }
      at = redirectTo[at];
    }
    return status[at];
  }
}
