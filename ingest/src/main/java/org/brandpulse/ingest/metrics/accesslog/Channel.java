package org.brandpulse.ingest.metrics.accesslog;

/** Marketing channel of a session, decided from its landing hit by {@link TrafficClassifier}. */
public enum Channel {
  /** No referrer, or a referrer from the site itself. */
  DIRECT("Direct"),
  /** A search engine referrer, or {@code utm_medium=organic}. */
  ORGANIC_SEARCH("Organic Search"),
  /** A click id ({@code gclid}, {@code msclkid}...) or a paid {@code utm_medium}. */
  PAID_SEARCH("Paid Search"),
  /** A social network referrer or {@code utm_medium=social}. */
  SOCIAL("Social"),
  /** A webmail referrer or {@code utm_medium=email}. */
  EMAIL("Email"),
  /** Any other referring site. */
  REFERRAL("Referral");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  /** Returns the display label, e.g. {@code Organic Search}. */
  public String label() {
    return label;
  }
}
