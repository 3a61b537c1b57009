package org.brandpulse.seoaudit.crawl;

/** Why a URL was fetched. */
public enum PageKind {
  /** A page of the site: fetched with GET, its links followed. */
  PAGE,
  /** A link to another site: checked with HEAD (GET when HEAD is refused), never crawled. */
  EXTERNAL,
  /** An image (site or external): checked with HEAD (GET when refused) for status and size. */
  RESOURCE
}
