package org.brandpulse.nlp.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped complaint analyser: categories, severity, needs-reply and hostile input. */
class ComplaintAnalyzerTest {
  private static final AnalysisContext ACME =
      new AnalysisContext(null, Set.of("Acme"), Set.of("@AcmeHelp"), false, false);

  static Complaint complaint(String text, AnalysisContext ctx) {
    return ComplaintAnalyzer.loadDefault()
        .analyze(text, ctx, TextAnalyzers.vader().analyze(text, ctx).sentiment());
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@AcmeHelp my phone arrived with a cracked screen, totally broken    | DAMAGED_DEFECTIVE",
        "The blender stopped working after two days, so disappointed 😞     | DAMAGED_DEFECTIVE",
        "@AcmeHelp my suitcase came back ripped and destroyed               | DAMAGED_DEFECTIVE",
        "পণ্যটা ভাঙা অবস্থায় এসেছে, পুরো নষ্ট                            | DAMAGED_DEFECTIVE",
        "Still waiting for my order, where is my order?? #order             | LATE_MISSING_DELIVERY",
        "@AcmeHelp you lost my luggage and nobody knows where my bags are   | LATE_MISSING_DELIVERY",
        "দশ দিন হয়ে গেল, আমার অর্ডার এখনও পাইনি                           | LATE_MISSING_DELIVERY",
        "I returned it a month ago and still no refund, unacceptable         | REFUND_RETURN",
        "টাকা ফেরত দিচ্ছে না, রিফান্ড কবে পাবো?                          | REFUND_RETURN",
        "You charged twice for one order, I was double charged!             | BILLING_PAYMENT",
        "Payment failed but money was deducted from my card                 | BILLING_PAYMENT",
        "বিকাশে পেমেন্ট করলাম, টাকা কেটে নিয়েছে কিন্তু অর্ডার হয়নি        | BILLING_PAYMENT",
        "I'm locked out of my account and can't log in, password reset fails | ACCOUNT_ACCESS",
        "পাসওয়ার্ড রিসেট হচ্ছে না, লগইন করতে পারছি না                     | ACCOUNT_ACCESS",
        "On hold for two hours and the agent was rude, terrible service     | CUSTOMER_SERVICE",
        "কাস্টমার কেয়ার ফোন ধরে না, খারাপ ব্যবহার                         | CUSTOMER_SERVICE",
        "This is a scam, fake products and they stole my money. Fraud!      | FRAUD_SCAM",
        "এটা সম্পূর্ণ প্রতারণা, ভুয়া পণ্য দিয়েছে                         | FRAUD_SCAM",
      })
  void categorisesEnglishAndBengaliComplaints(String text, ComplaintCategory expected) {
    Complaint c = complaint(text.strip(), ACME);
    assertThat(c.isComplaint()).as("probability %s", c.probability()).isTrue();
    assertThat(c.category()).isEqualTo(expected);
    assertThat(c.severity()).isNotEqualTo(Severity.NONE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Loving my new Acme headphones, the sound is amazing!",
        "Acme announces its new store in Dhaka",
        "Thanks @AcmeHelp, that sorted it. Great service today 👍",
        "নতুন ফোনটা দারুণ, ধন্যবাদ",
        "今天天气很好 ☀️",
        "متجر جديد في دبي 🎉",
      })
  void praiseAndNewsAreNoComplaints(String text) {
    Complaint c = complaint(text, ACME);
    assertThat(c.isComplaint()).as("probability %s", c.probability()).isFalse();
    assertThat(c.category()).isEqualTo(ComplaintCategory.NONE);
    assertThat(c.severity()).isEqualTo(Severity.NONE);
  }

  @Test
  void fraudWithAngerIsCriticalAndPlainLatenessIsLower() {
    Complaint fraud =
        complaint("SCAM!! You STOLE my money AGAIN, my lawyer will hear about this fraud", ACME);
    Complaint late = complaint("My parcel is a bit late, any update on tracking?", ACME);
    assertThat(fraud.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(late.severity()).isIn(Severity.NONE, Severity.LOW, Severity.MEDIUM);
    assertThat(complaint("I was charged twice for my order", ACME).severity())
        .isGreaterThanOrEqualTo(Severity.MEDIUM);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"''", "'   '", "'\u0000\u0001\u0002\uFFFF'", "'\uD83D\uDE00\uD83D\uDE00'"})
  void emptyBinaryAndEmojiOnlyTextAreNoComplaints(String text) {
    Complaint c = complaint(text, ACME);
    assertThat(c.isComplaint()).isFalse();
    assertThat(c.needsReply()).isFalse();
  }

  @Test
  void hugeAndNullInputNeverThrow() {
    String huge = "my order never arrived ".repeat(50_000);
    assertThat(ComplaintAnalyzer.loadDefault().analyze(huge, null, null).probability())
        .isBetween(0.0, 1.0);
    assertThat(ComplaintAnalyzer.loadDefault().analyze(null, null, null)).isEqualTo(Complaint.NONE);
  }
}
