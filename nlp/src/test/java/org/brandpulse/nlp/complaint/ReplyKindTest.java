package org.brandpulse.nlp.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.ReplyKind;
import org.brandpulse.nlp.Severity;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions apart from complaints ({@link Complaint#replyKind()}), and the second round of issue
 * 16's misses: non-English posts, sarcasm marked by an emoji, details for an open case. Texts
 * written for this test (none is from the labelled sets).
 */
class ReplyKindTest {

  private static final AnalysisContext BAZARLY =
      new AnalysisContext(null, Set.of("Bazarly"), Set.of("BazarlyCare"), false, false);

  private static Complaint judge(String text) {
    return TextAnalyzers.fast().analyze(text, BAZARLY).complaint();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@BazarlyCare my parcel never arrived and nobody answers the phone     | COMPLAINT",
        "@BazarlyCare how do I change the address on my account?               | QUESTION",
        "@BazarlyCare Is there a way to pay by bank transfer                   | QUESTION",
        "@BazarlyCare the order number is 55512 and it was the blue one        | QUESTION",
        "@BazarlyCare DM sent                                                  | NONE",
        "@BazarlyCare thank you so much, lovely service                        | NONE",
        // non-English: a complaint, a question long enough to need an answer, thanks
        "@BazarlyCare Mi pedido llegó roto y nadie responde, es un problema    | COMPLAINT",
        "@BazarlyCare 注文した商品がまだ届かないです。どうすればいいでしょうか        | COMPLAINT",
        "@BazarlyCare Muchas gracias por la ayuda                              | NONE",
        // sarcasm: praise words, an upside-down face
        "Love spending my evening on hold with @BazarlyCare 🙃🙃                | COMPLAINT",
      })
  void replyKind(String text, ReplyKind kind) {
    assertThat(judge(text.strip()).replyKind()).isEqualTo(kind);
  }

  @Test
  void theKindIsReadFromStoredFieldsAlone() {
    assertThat(new Complaint(0.3, ComplaintCategory.NONE, Severity.NONE, true).replyKind())
        .isEqualTo(ReplyKind.QUESTION);
    assertThat(new Complaint(0.8, ComplaintCategory.OTHER, Severity.LOW, true).replyKind())
        .isEqualTo(ReplyKind.COMPLAINT);
    assertThat(new Complaint(0.8, ComplaintCategory.OTHER, Severity.LOW, false).replyKind())
        .isEqualTo(ReplyKind.NONE);
    assertThat(Complaint.NONE.replyKind()).isEqualTo(ReplyKind.NONE);
  }

  @Test
  void aComplaintWithoutCueWordsGetsTheCategoryNearestInMeaning() {
    Complaint c = judge("@BazarlyCare the speaker crackles and the volume jumps around, awful");
    assertThat(c.isComplaint()).isTrue();
    assertThat(c.category()).isEqualTo(ComplaintCategory.DAMAGED_DEFECTIVE);
  }
}
