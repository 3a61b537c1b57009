package org.brandpulse.nlp.complaint;

import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.text.Token;

/**
 * What {@link ComplaintTriage} can tell of a post in a language that neither the complaint model
 * nor the English phrases read (issue 16: non-English complaints were missed): a few complaint and
 * thanks words of the languages customers write to global brands in, matched as whole words in
 * Latin script and as parts of words in Japanese and Chinese (written without spaces, so a run of
 * them is one token). Bengali has its own rules ({@link ComplaintDetector}) and is not foreign
 * here. Deliberately short lists: a post they miss still gets a reply when it is long enough.
 */
final class ForeignCues {
  private ForeignCues() {}

  /** What was found. */
  record Found(boolean complaint, boolean thanks, boolean substantial) {
    static final Found NOTHING = new Found(false, false, false);
  }

  private static final List<String> COMPLAINT_WORDS =
      List.of(
          // Spanish, Portuguese, Italian
          "problema",
          "problemas",
          "incorrecta",
          "incorrecto",
          "error",
          "funciona",
          "puedo",
          "queja",
          "reclamo",
          "reembolso",
          "pésimo",
          "pésima",
          "sucio",
          "sucia",
          "nunca",
          "reclamação",
          "funziona",
          "rimborso",
          // French
          "problème",
          "marche",
          "fonctionne",
          "impossible",
          "remboursement",
          "sale",
          "nul",
          // German
          "funktioniert",
          "kaputt",
          "leider",
          "beschwerde",
          "fehler",
          "geht",
          // Hinglish
          "nahi",
          "nahin",
          "bakwas",
          "bekar",
          "khassi");

  private static final List<String> THANKS_WORDS =
      List.of(
          "gracias",
          "obrigado",
          "obrigada",
          "grazie",
          "merci",
          "danke",
          "dankeschön",
          "shukriya",
          "excelente",
          "genial");

  /** Parts of Japanese and Chinese words: cannot, not shown, not arriving, problem, error. */
  private static final List<String> CJK_COMPLAINT =
      List.of(
          "できな", "されな", "届かな", "届いてな", "問題", "エラー", "切れ", "困っ", "不具合", "故障", "退款", "投诉", "无法",
          "不能");

  /** "No problem": 問題 in it is no complaint. */
  private static final List<String> CJK_NO_PROBLEM = List.of("問題な", "問題あり", "没问题");

  private static final List<String> CJK_THANKS = List.of("ありがとう", "感謝", "谢谢", "謝謝");

  /** A language other than English and Bengali (and not undetermined). */
  static boolean isForeign(String language) {
    return language != null
        && !language.equals("en")
        && !language.equals("bn")
        && !language.equals(org.brandpulse.nlp.TextAnalysis.UNDETERMINED);
  }

  /** Complaint and thanks words of the tokens, and whether they say enough to need an answer. */
  static Found find(List<Token> tokens) {
    boolean complaint = false;
    boolean thanks = false;
    int words = 0;
    int cjkChars = 0;
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      words++;
      String w = t.text().toLowerCase(Locale.ROOT);
      if (isCjk(w)) {
        cjkChars += w.length();
        complaint |= containsAny(w, CJK_COMPLAINT) && !containsAny(w, CJK_NO_PROBLEM);
        thanks |= containsAny(w, CJK_THANKS);
      } else {
        complaint |= COMPLAINT_WORDS.contains(w);
        thanks |= THANKS_WORDS.contains(w);
      }
    }
    return new Found(complaint, thanks && !complaint, words >= 5 || cjkChars >= 15);
  }

  private static boolean isCjk(String w) {
    int cp = w.codePointAt(0);
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static boolean containsAny(String w, List<String> parts) {
    for (String p : parts) {
      if (w.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
