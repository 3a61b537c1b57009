package org.brandpulse.app.demo;

/**
 * A way of writing: a language tag, the phrase file it draws from, and how brand names and digits
 * look in it. Banglish is Bengali in Latin script and is tagged {@code bn}, as listening tools do.
 */
enum Voice {
  EN("en", "en.txt", false, false),
  BN("bn", "bn.txt", true, true),
  BANGLISH("bn", "banglish.txt", false, false),
  HI("hi", "hi.txt", false, false),
  ES("es", "es.txt", false, false),
  AR("ar", "ar.txt", false, false);

  final String lang;
  final String resource;
  final boolean bengaliScript;
  final boolean bengaliDigits;

  Voice(String lang, String resource, boolean bengaliScript, boolean bengaliDigits) {
    this.lang = lang;
    this.resource = resource;
    this.bengaliScript = bengaliScript;
    this.bengaliDigits = bengaliDigits;
  }

  /** The voice a brand's support team answers in when a customer wrote in this one. */
  Voice supportVoice() {
    return this == BN || this == BANGLISH ? BN : EN;
  }

  /** Replaces ASCII digits by Bengali digits (০-৯). */
  static String bengaliDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) ('০' + (c - '0')) : c);
    }
    return out.toString();
  }
}
