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

class ComplaintDetectorTest {
  private static final AnalysisContext ACME =
      new AnalysisContext(null, Set.of("Acme"), Set.of("@AcmeHelp"), false, false);

  private static Complaint complaint(String text, AnalysisContext ctx) {
    return TextAnalyzers.fast().analyze(text, ctx).complaint();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@AcmeHelp my phone arrived with a cracked screen, totally broken   | DAMAGED_DEFECTIVE",
        "The blender stopped working after two days, so disappointed       | DAMAGED_DEFECTIVE",
        "পণ্যটা ভাঙা অবস্থায় এসেছে, পুরো নষ্ট                           | DAMAGED_DEFECTIVE",
        "Still waiting for my order, where is my order?? #order            | LATE_MISSING_DELIVERY",
        "দশ দিন হয়ে গেল, আমার অর্ডার এখনও পাইনি                          | LATE_MISSING_DELIVERY",
        "I returned it a month ago and still no refund, unacceptable        | REFUND_RETURN",
        "টাকা ফেরত দিচ্ছে না, রিফান্ড কবে পাবো?                         | REFUND_RETURN",
        "You charged twice for one order, I was double charged!            | BILLING_PAYMENT",
        "Payment failed but money was deducted from my card                | BILLING_PAYMENT",
        "I'm locked out of my account and can't log in, password reset fails | ACCOUNT_ACCESS",
        "On hold for two hours and the agent was rude, terrible service    | CUSTOMER_SERVICE",
        "This is a scam, fake products and they stole my money. Fraud!     | FRAUD_SCAM",
        "এটা সম্পূর্ণ প্রতারণা, ভুয়া পণ্য দিয়েছে                        | FRAUD_SCAM",
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
        "নতুন ফোনটা দারুণ, ধন্যবাদ",
        "今天天气很好 ☀️",
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

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // addressed by handle
        "@AcmeHelp my blender arrived broken                 | false | true",
        // names the brand
        "My Acme blender arrived broken and cracked          | false | true",
        // about my order, no brand at all
        "Still waiting for my order, it never arrived        | false | true",
        // asks for help, addressed to the brand
        "@AcmeHelp how do I change my delivery address? help | false | true",
        // a complaint in the brand's stream (ingest matched it to Acme) needs a reply even when it
        // neither @-addresses nor names the brand (issue 16: support threads often address the
        // brand by a handle the brand list lacks)
        "The bus was late again, terrible                    | false | true",
        // the brand's own post never needs a reply
        "@AcmeHelp my blender arrived broken                 | true  | false",
        // addressed to the brand but neither complaint nor question
        "Thanks @AcmeHelp, great service today               | false | false",
      })
  void needsReplyRules(String text, boolean authoredByBrand, boolean expected) {
    AnalysisContext ctx =
        new AnalysisContext(null, Set.of("Acme"), Set.of("AcmeHelp"), authoredByBrand, false);
    assertThat(complaint(text.strip(), ctx).needsReply()).isEqualTo(expected);
  }
}
