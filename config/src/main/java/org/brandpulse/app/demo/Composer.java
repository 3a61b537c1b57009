package org.brandpulse.app.demo;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Fills the {@code {slot}}s of phrase templates with brand names, numbers and words. */
final class Composer {
  private static final List<String> SCAM_URLS =
      List.of(
          "http://bazarly-eid-gift.example/claim",
          "https://bazarly-reward.example/bd?ref=sms",
          "http://bzrly-offer.example/win",
          "https://bazarly-bd.example/verify-account");
  private static final int[] PERCENTS = {10, 15, 20, 25, 30, 40, 50, 60};

  private final Phrasebook book;

  Composer(Phrasebook book) {
    this.book = book;
  }

  /**
   * Fills a template.
   *
   * @param user the handle a reply answers (for {@code {user}}), or null
   */
  String fill(
      String template, Voice voice, Brand brand, Brand rival, String user, SplittableRandom rnd) {
    StringBuilder out = new StringBuilder(template.length() + 40);
    int pos = 0;
    while (pos < template.length()) {
      int open = template.indexOf('{', pos);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, pos, template.length());
        break;
      }
      out.append(template, pos, open);
      out.append(
          slot(template.substring(open + 1, close), template, voice, brand, rival, user, rnd));
      pos = close + 1;
    }
    return out.toString();
  }

  private String slot(
      String name,
      String template,
      Voice voice,
      Brand brand,
      Brand rival,
      String user,
      SplittableRandom rnd) {
    return switch (name) {
      case "brand", "brandof", "brandin" -> brandForm(brand, name.substring(5), voice, rnd);
      case "rival", "rivalof", "rivalin" -> brandForm(rival, name.substring(5), voice, rnd);
      case "at" ->
          "@"
              + (brand == Brand.BAZARLY && rnd.nextDouble() < 0.3
                  ? brand.handle
                  : brand.supportHandle);
      case "order" -> orderNumber(brand, rnd);
      case "days" -> digits(Integer.toString(3 + rnd.nextInt(19)), voice, rnd);
      case "n" -> digits(Integer.toString(2 + rnd.nextInt(8)), voice, rnd);
      case "pct" -> digits(Integer.toString(PERCENTS[rnd.nextInt(PERCENTS.length)]), voice, rnd);
      case "amount" -> amount(voice, rnd);
      case "url" ->
          String.format(Locale.ROOT, brand.productUrlPattern, 1_000_000 + rnd.nextInt(9_000_000));
      case "scamurl" -> SCAM_URLS.get(rnd.nextInt(SCAM_URLS.size()));
      case "user" -> {
        if (user == null) {
          throw new IllegalStateException("template needs {user} but no user given: " + template);
        }
        yield user;
      }
      default -> word(name, template, voice, rnd);
    };
  }

  private String word(String name, String template, Voice voice, SplittableRandom rnd) {
    List<String> words = book.section(voice, "@" + name);
    if (words.isEmpty()) {
      words = book.section(Voice.EN, "@" + name);
    }
    if (words.isEmpty()) {
      throw new IllegalStateException(
          "no word list [@"
              + name
              + "] for slot {"
              + name
              + "} in "
              + voice.resource
              + ": "
              + template);
    }
    return words.get(rnd.nextInt(words.size()));
  }

  /** Brand name in a grammatical case: "" plain, "of" genitive, "in" locative (Bengali only). */
  static String brandForm(Brand brand, String grammaticalCase, Voice voice, SplittableRandom rnd) {
    double roll = rnd.nextDouble();
    if (voice.bengaliScript && roll < 0.6) {
      return brand.bengaliForms.get(
          grammaticalCase.isEmpty() ? 0 : grammaticalCase.equals("of") ? 1 : 2);
    }
    String base = roll > 0.82 ? "@" + brand.handle : brand.displayName;
    if (brand == Brand.BAZARLY && roll > 0.95 && grammaticalCase.isEmpty()) {
      base = "bazarly.com";
    }
    return switch (grammaticalCase) {
      case "of" -> base + " এর";
      case "in" -> base + (brand == Brand.BAZARLY ? "-তে" : "-এ");
      default -> base;
    };
  }

  static String orderNumber(Brand brand, SplittableRandom rnd) {
    int number =
        switch (brand) {
          case BAZARLY -> 100_000 + rnd.nextInt(900_000);
          case SHOPNEST -> 10_000_000 + rnd.nextInt(90_000_000);
          case DHAKART -> 1_000_000 + rnd.nextInt(9_000_000);
        };
    return String.format(Locale.ROOT, brand.orderPattern, number);
  }

  private static String amount(Voice voice, SplittableRandom rnd) {
    double raw = 300 * StrictMath.exp(rnd.nextDouble() * StrictMath.log(250));
    long taka = raw < 1000 ? Math.round(raw / 10) * 10 : Math.round(raw / 50) * 50;
    String grouped = String.format(Locale.ROOT, "%,d", taka);
    double roll = rnd.nextDouble();
    if (voice == Voice.BN) {
      return roll < 0.6
          ? Voice.bengaliDigits(grouped) + " টাকা"
          : roll < 0.8 ? "৳" + Voice.bengaliDigits(Long.toString(taka)) : taka + " টাকা";
    }
    return roll < 0.5 ? "Tk " + grouped : roll < 0.8 ? "৳" + grouped : "BDT " + grouped;
  }

  private static String digits(String ascii, Voice voice, SplittableRandom rnd) {
    return voice.bengaliDigits && rnd.nextDouble() < 0.7 ? Voice.bengaliDigits(ascii) : ascii;
  }
}
