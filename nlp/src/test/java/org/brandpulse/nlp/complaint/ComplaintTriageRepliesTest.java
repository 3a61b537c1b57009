package org.brandpulse.nlp.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The needs-reply cases issue 16 names (short nags, sarcasm, thanks, questions, categories), judged
 * by the fast tier as ingest runs it, in the stream of a matched brand.
 */
class ComplaintTriageRepliesTest {

  private static final AnalysisContext BAZARLY =
      new AnalysisContext(null, Set.of("Bazarly"), Set.of("BazarlyCare"), false, false);

  private static Complaint judge(String text, AnalysisContext ctx) {
    return TextAnalyzers.fast().analyze(text, ctx).complaint();
  }

  @ParameterizedTest(name = "{0} -> reply {1}, complaint {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // short nags
        "@Uber_Support Or even reply.                                               | true  | true",
        "@BazarlyCare Again                                                         | true  | true",
        "@BazarlyCare Didn’t work                                                   | true  | true",
        // sarcasm: thanks and praise words, but the customer is leaving
        "Thanks to your AMAZING customer service, you have just lost 2 customers    | true  | true",
        // thanks and praise, vetoed
        "Bazarly customer care sorted my issue in 10 minutes. Didn't expect that at all. | false | false",
        "@BazarlyCare Its working again                                             | false | false",
        "@BazarlyCare Ok thanks, that did it 🙏                                      | false | false",
        // a question is a help request, not a complaint
        "@BazarlyCare how do I change my delivery address?                          | true  | false",
        "@BazarlyCare I would like to speak to a technician                         | true  | false",
        // Bengali and Banglish complaints keep their rules
        "@BazarlyCare আমার অর্ডার এখনও পাইনি, খুব বাজে সার্ভিস                       | true  | true",
        // a support agent's signed post and a conversation tagging many accounts
        "@115721 Are you referring to wireless or residential service? ^JAY         | false | false",
      })
  void needsReplyAndComplaint(String text, boolean reply, boolean complaint) {
    Complaint c = judge(text.strip(), BAZARLY);
    assertThat(c.needsReply()).as("needs reply").isEqualTo(reply);
    assertThat(c.isComplaint()).as("complaint").isEqualTo(complaint);
  }

  @Test
  void aComplaintMatchedToNoBrandNeedsNoReply() {
    assertThat(judge("The bus was late again, terrible", AnalysisContext.NONE).needsReply())
        .isFalse();
  }

  @Test
  void aLockedAccountIsAnAccountComplaint() {
    assertThat(judge("@BazarlyCare my account was locked and nobody helps", BAZARLY).category())
        .isEqualTo(ComplaintCategory.ACCOUNT_ACCESS);
  }

  @Test
  void aBroadcastTaggingManyAccountsNeedsNoReply() {
    String text = "@BazarlyCare @a @b @c @d @e who has the best mince pies? Results tomorrow!";
    assertThat(judge(text, BAZARLY).needsReply()).isFalse();
  }
}
