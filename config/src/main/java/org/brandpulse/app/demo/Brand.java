package org.brandpulse.app.demo;

import java.util.List;

/** The three brands of the demo world, with every way a post may name them. */
enum Brand {
  BAZARLY(
      "Bazarly",
      "bazarly",
      "bazarly_help",
      "#BZ-%06d",
      "https://bazarly.com/p/%07d",
      List.of("বাজারলি", "বাজারলির", "বাজারলিতে"),
      List.of("#Bazarly", "#OnlineShopping", "#বাজারলি")),
  SHOPNEST(
      "ShopNest",
      "shopnest",
      "shopnest",
      "SN%08d",
      "https://shopnest.com.bd/item/%07d",
      List.of("ShopNest", "ShopNest-এর", "ShopNest-এ"),
      List.of("#ShopNest", "#OnlineShopping", "#ShopNest")),
  DHAKART(
      "Dhakart",
      "dhakart",
      "dhakart",
      "DK-%07d",
      "https://dhakart.com/product/%07d",
      List.of("ঢাকার্ট", "ঢাকার্টের", "ঢাকার্টে"),
      List.of("#Dhakart", "#DhakaDeals", "#ঢাকার্ট"));

  /** Lower-case terms a brand query matches; every on-topic post contains at least one. */
  static final List<String> QUERY_TERMS =
      List.of("bazarly", "shopnest", "dhakart", "বাজারলি", "ঢাকার্ট");

  final String displayName;
  final String handle;
  final String supportHandle;
  final String orderPattern;
  final String productUrlPattern;

  /** Bengali-script forms: plain, genitive ("of"), locative ("in/at"). */
  final List<String> bengaliForms;

  /** Hashtags: English, English generic, Bengali. */
  final List<String> hashtags;

  Brand(
      String displayName,
      String handle,
      String supportHandle,
      String orderPattern,
      String productUrlPattern,
      List<String> bengaliForms,
      List<String> hashtags) {
    this.displayName = displayName;
    this.handle = handle;
    this.supportHandle = supportHandle;
    this.orderPattern = orderPattern;
    this.productUrlPattern = productUrlPattern;
    this.bengaliForms = bengaliForms;
    this.hashtags = hashtags;
  }

  /** True when the text names any brand the way a brand query would find it. */
  static boolean mentionedIn(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String term : QUERY_TERMS) {
      if (lower.contains(term)) {
        return true;
      }
    }
    return false;
  }
}
