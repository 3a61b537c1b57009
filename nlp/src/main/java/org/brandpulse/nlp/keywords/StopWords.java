package org.brandpulse.nlp.keywords;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.brandpulse.nlp.lang.StopWordProfiles;
import org.brandpulse.nlp.text.Resources;

/**
 * Stop lists for keywords. Every list holds the bundled words: our English list ({@code
 * stopwords-en.txt}), the stopwords-iso Bengali list ({@code stopwords-bn.txt}, MIT, see {@code
 * LICENSE-stopwords-iso.txt}) and the function words of every {@link StopWordProfiles} language, so
 * Spanish or Indonesian posts do not yield "que" or "yang". {@link #forLanguage} adds the default
 * stop set Lucene ships for that language ({@code lucene-analysis-common}, {@link
 * #LUCENE_LANGUAGES}, e.g. Hindi's "की" and "पर"); {@link #forLanguages} adds those of several, for
 * counts that mix posts in several languages.
 *
 * <p>A language's list is added only for text in that language, not to every text: a union of all
 * of Lucene's lists would drop English content words that are function words elsewhere (Dutch
 * "door" and "men"). Lucene's sets are matched against the lower-cased word as written; the Hindi
 * list also holds its normalised spellings, other analyzers that fold first (Greek accents) catch
 * fewer forms here than in their own pipeline. Immutable and thread-safe; one instance per language
 * is kept.
 */
public final class StopWords {

  private static final Map<String, Supplier<CharArraySet>> LUCENE =
      Map.ofEntries(
          Map.entry("ar", ArabicAnalyzer::getDefaultStopSet),
          Map.entry("bg", BulgarianAnalyzer::getDefaultStopSet),
          Map.entry("bn", BengaliAnalyzer::getDefaultStopSet),
          Map.entry("ca", CatalanAnalyzer::getDefaultStopSet),
          Map.entry("cs", CzechAnalyzer::getDefaultStopSet),
          Map.entry("da", DanishAnalyzer::getDefaultStopSet),
          Map.entry("de", GermanAnalyzer::getDefaultStopSet),
          Map.entry("el", GreekAnalyzer::getDefaultStopSet),
          Map.entry("en", EnglishAnalyzer::getDefaultStopSet),
          Map.entry("es", SpanishAnalyzer::getDefaultStopSet),
          Map.entry("et", EstonianAnalyzer::getDefaultStopSet),
          Map.entry("eu", BasqueAnalyzer::getDefaultStopSet),
          Map.entry("fa", PersianAnalyzer::getDefaultStopSet),
          Map.entry("fi", FinnishAnalyzer::getDefaultStopSet),
          Map.entry("fr", FrenchAnalyzer::getDefaultStopSet),
          Map.entry("ga", IrishAnalyzer::getDefaultStopSet),
          Map.entry("gl", GalicianAnalyzer::getDefaultStopSet),
          Map.entry("hi", HindiAnalyzer::getDefaultStopSet),
          Map.entry("hu", HungarianAnalyzer::getDefaultStopSet),
          Map.entry("hy", ArmenianAnalyzer::getDefaultStopSet),
          Map.entry("id", IndonesianAnalyzer::getDefaultStopSet),
          Map.entry("it", ItalianAnalyzer::getDefaultStopSet),
          Map.entry("lt", LithuanianAnalyzer::getDefaultStopSet),
          Map.entry("lv", LatvianAnalyzer::getDefaultStopSet),
          Map.entry("ne", NepaliAnalyzer::getDefaultStopSet),
          Map.entry("nl", DutchAnalyzer::getDefaultStopSet),
          Map.entry("no", NorwegianAnalyzer::getDefaultStopSet),
          Map.entry("nb", NorwegianAnalyzer::getDefaultStopSet),
          Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet),
          Map.entry("ro", RomanianAnalyzer::getDefaultStopSet),
          Map.entry("ru", RussianAnalyzer::getDefaultStopSet),
          Map.entry("sr", SerbianAnalyzer::getDefaultStopSet),
          Map.entry("sv", SwedishAnalyzer::getDefaultStopSet),
          Map.entry("ta", TamilAnalyzer::getDefaultStopSet),
          Map.entry("te", TeluguAnalyzer::getDefaultStopSet),
          Map.entry("th", ThaiAnalyzer::getDefaultStopSet),
          Map.entry("tr", TurkishAnalyzer::getDefaultStopSet));

  /** The ISO 639-1 codes Lucene has a stop set for. */
  public static final Set<String> LUCENE_LANGUAGES = Set.copyOf(new TreeSet<>(LUCENE.keySet()));

  private static final Map<Set<String>, StopWords> CACHE = new ConcurrentHashMap<>();

  private final Set<String> words;
  private final List<CharArraySet> lucene;

  private StopWords(Set<String> words, List<CharArraySet> lucene) {
    this.words = words;
    this.lucene = List.copyOf(lucene);
  }

  private static final class Holder {
    static final StopWords BUNDLED = new StopWords(bundled(), List.of());
  }

  private static Set<String> bundled() {
    Set<String> all = new HashSet<>();
    for (String line : Resources.lines(StopWords.class, "stopwords-en.txt", true)) {
      for (String w : line.split("\\s+")) {
        all.add(w);
      }
    }
    all.addAll(Resources.lines(StopWords.class, "stopwords-bn.txt", false));
    all.addAll(StopWordProfiles.get().words());
    return Set.copyOf(all);
  }

  /** The bundled lists only (text of unknown language). */
  public static StopWords get() {
    return Holder.BUNDLED;
  }

  /**
   * The bundled lists and Lucene's list for {@code language} (ISO 639-1, any case; {@code und},
   * null or a language Lucene has no list for give the bundled lists only).
   */
  public static StopWords forLanguage(String language) {
    return forLanguages(language == null ? Set.of() : Set.of(language));
  }

  /** The bundled lists and Lucene's lists for each of {@code languages}. */
  public static StopWords forLanguages(Collection<String> languages) {
    Set<String> known = new TreeSet<>();
    for (String language : languages) {
      String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
      if (LUCENE.containsKey(code)) {
        known.add(code);
      }
    }
    if (known.isEmpty()) {
      return get();
    }
    return CACHE.computeIfAbsent(
        Set.copyOf(known),
        k -> {
          List<CharArraySet> sets = new ArrayList<>();
          known.forEach(code -> sets.add(LUCENE.get(code).get()));
          return new StopWords(get().words, sets);
        });
  }

  /** True when a lower-case word is a stop word. */
  public boolean contains(String lowerWord) {
    if (words.contains(lowerWord)) {
      return true;
    }
    for (CharArraySet set : lucene) {
      if (set.contains(lowerWord)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a keyword (a word, or a phrase of words joined by spaces) is or holds a stop word:
   * the keyword extractor builds phrases from content words only, so such a phrase comes from an
   * older stop list.
   */
  public boolean containsAnyWordOf(String keyword) {
    for (String word : keyword.split(" ")) {
      if (!word.isEmpty() && contains(word)) {
        return true;
      }
    }
    return false;
  }
}
