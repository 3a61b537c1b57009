package org.brandpulse.ingest.store;

/** Dimensions the store counts posts by. */
public enum Facet {
  SENTIMENT,
  SOURCE,
  BRAND,
  LANGUAGE,
  COMPLAINT_CATEGORY
}
