package org.brandpulse.nlp.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.TextAnalysis;
import org.brandpulse.nlp.TextAnalyzers;
import org.brandpulse.nlp.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bengali and Banglish posts through the real fast tier (none of them is in the labelled set):
 * clear complaints need a reply, clear non-complaints do not, and other languages still go to the
 * English model.
 */
class BengaliComplaintModelTest {
  private static TextAnalysis analyze(String text) {
    return TextAnalyzers.fast().analyze(text, AnalysisContext.NONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "তিন সপ্তাহ আগে অর্ডার দিয়েছি, এখনো পণ্য হাতে পাইনি। আমার অর্ডারটা কোথায়?",
        "আপনাদের পাঠানো ঘড়িটা ভাঙা এসেছে, বদলে দিন।",
        "টাকা কেটে নিয়েছে কিন্তু অর্ডার বাতিল দেখাচ্ছে, টাকা ফেরত চাই",
        "Amar parcel ekhono ashe nai, 2 week hoye gelo. Kobe pabo?",
        "vai apnara fake product diyechen, amar taka ferot din"
      })
  void clearComplaintsAreComplaintsThatNeedAReply(String text) {
    Complaint c = analyze(text).complaint();
    assertThat(c.isComplaint()).as(text).isTrue();
    assertThat(c.needsReply()).as(text).isTrue();
    assertThat(c.category()).as(text).isNotEqualTo(ComplaintCategory.NONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "আজকের খেলাটা দারুণ ছিল, সাকিব অসাধারণ খেলেছে।",
        "পণ্য হাতে পেয়েছি, খুব ভালো মান। ধন্যবাদ!",
        "ঢাকায় আজ সারাদিন বৃষ্টি হচ্ছে",
        "ইভ্যালির এমডি রাসেল গ্রেপ্তার",
        "product ta hate peye khub khushi, thank you",
        "ami kal bari jacchi, khub moja hobe"
      })
  void clearNonComplaintsNeedNoReply(String text) {
    Complaint c = analyze(text).complaint();
    assertThat(c.isComplaint()).as(text).isFalse();
    assertThat(c.needsReply()).as(text).isFalse();
    assertThat(c.category()).isEqualTo(ComplaintCategory.NONE);
  }

  @Test
  void theBrandsOwnPostNeverNeedsAReply() {
    AnalysisContext own = new AnalysisContext(null, Set.of(), Set.of(), true, false);
    Complaint c =
        TextAnalyzers.fast()
            .analyze("অর্ডার করেছি দশ দিন হলো, এখনো পার্সেল পাইনি। আমার অর্ডার কোথায়?", own)
            .complaint();
    assertThat(c.needsReply()).isFalse();
  }

  @Test
  void englishStillGoesToTheEnglishModel() {
    String text = "I ordered a phone two weeks ago and it never arrived, where is my order?";
    assertThat(BengaliComplaintModel.isBengali("en", Tokenizer.tokenize(text))).isFalse();
    assertThat(analyze(text).complaint().needsReply()).isTrue();
  }

  @Test
  void banglishIsRecognisedByItsFunctionWordsButEnglishIsNot() {
    assertThat(
            Banglish.looksBanglish(Tokenizer.tokenize("amar taka ferot din, order cancel korsi")))
        .isTrue();
    assertThat(Banglish.looksBanglish(Tokenizer.tokenize("my order was cancelled, refund me now")))
        .isFalse();
    assertThat(Banglish.looksBanglish(Tokenizer.tokenize("vai"))).isFalse();
  }
}
