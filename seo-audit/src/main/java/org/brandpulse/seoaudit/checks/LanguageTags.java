package org.brandpulse.seoaudit.checks;

import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates language codes: hreflang values (ISO 639-1 language, optional ISO 15924 script,
 * optional ISO 3166-1 alpha-2 region, or {@code x-default}; Google's format) and html lang values
 * (BCP 47: a known 2- or 3-letter language, then well-formed subtags).
 */
final class LanguageTags {

  private static final Set<String> LANGUAGES = new HashSet<>();
  private static final Set<String> LANGUAGES_3 = new HashSet<>();
  private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
  private static final Pattern HREFLANG =
      Pattern.compile("(?i)([a-z]{2,3})(-[a-z]{4})?(-([a-z]{2}|\\d{3}))?");
  private static final Pattern BCP47 =
      Pattern.compile(
          "(?i)([a-z]{2,3})(-[a-z]{4})?(-([a-z]{2}|\\d{3}))?(-([a-z0-9]{5,8}|\\d[a-z0-9]{3}))*(-[a-wyz0-9](-[a-z0-9]{2,8})+)*(-x(-[a-z0-9]{1,8})+)?");

  static {
    for (String l : Locale.getISOLanguages()) {
      LANGUAGES.add(l);
      try {
        LANGUAGES_3.add(Locale.forLanguageTag(l).getISO3Language());
      } catch (MissingResourceException e) {
        // a 2-letter code without 3-letter form is still valid
      }
    }
    LANGUAGES.addAll(Set.of("he", "id", "yi", "iw", "in", "ji"));
    LANGUAGES_3.addAll(Set.of("fil", "yue", "cmn", "nan", "ckb", "haw", "gsw"));
  }

  private LanguageTags() {}

  /** Whether {@code code} is a valid hreflang value. */
  static boolean validHreflang(String code) {
    if (code.equalsIgnoreCase("x-default")) {
      return true;
    }
    var m = HREFLANG.matcher(code);
    return m.matches() && knownLanguage(m.group(1)) && knownRegion(m.group(4));
  }

  /** Whether {@code tag} is a valid BCP 47 tag with a known language. */
  static boolean validLang(String tag) {
    var m = BCP47.matcher(tag);
    return m.matches() && knownLanguage(m.group(1)) && knownRegion(m.group(4));
  }

  private static boolean knownLanguage(String language) {
    String l = language.toLowerCase(Locale.ROOT);
    return l.length() == 2 ? LANGUAGES.contains(l) : LANGUAGES_3.contains(l);
  }

  private static boolean knownRegion(String region) {
    return region == null
        || Character.isDigit(region.charAt(0))
        || REGIONS.contains(region.toUpperCase(Locale.ROOT));
  }
}
