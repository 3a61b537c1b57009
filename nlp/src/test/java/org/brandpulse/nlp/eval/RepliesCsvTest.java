package org.brandpulse.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The needs-reply CSV reader and the figures of {@link ReplyEvaluation}. */
class RepliesCsvTest {
  @TempDir Path dir;

  private Path csv(String content) throws IOException {
    return Files.writeString(dir.resolve("replies.csv"), content, StandardCharsets.UTF_8);
  }

  @Test
  void readsColumnsInAnyOrderWithOptionalOnes() throws IOException {
    Path f =
        csv(
            "needs_reply,text,id,category,kind,brand,split\n"
                + "yes,\"@AcmeHelp my order, it never arrived\",1,LATE_MISSING_DELIVERY,complaint,Acme"
                + ",dev\n"
                + "no,ধন্যবাদ 😍,2,,other,,test\n");
    List<LabeledReply> rows = EvalData.readRepliesCsv(f);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .isEqualTo(
            new LabeledReply(
                "1",
                2,
                "@AcmeHelp my order, it never arrived",
                true,
                ComplaintCategory.LATE_MISSING_DELIVERY,
                "complaint",
                "Acme"));
    assertThat(rows.get(1).category()).isNull();
    assertThat(rows.get(1).brand()).isNull();
  }

  @Test
  void namesEveryBadRowWithFileAndLine() throws IOException {
    Path f =
        csv(
            "id,text,needs_reply,category\n"
                + "1,fine,yes,\n"
                + "2,what,maybe,\n"
                + "3,\"two\nlines\",no,LOST_IN_SPACE\n"
                + "4,short\n");
    assertThatThrownBy(() -> EvalData.readRepliesCsv(f))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("replies.csv:3: expected needs_reply yes or no")
        .hasMessageContaining("replies.csv:4: expected category empty or one of")
        .hasMessageContaining("replies.csv:6: expected 4 comma-separated fields");
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsRefused() throws IOException {
    Path f = csv("tweet_id,text,label\n1,a,1\n");
    assertThatThrownBy(() -> EvalData.readRepliesCsv(f))
        .hasMessageContaining("replies.csv:1: expected a header with id,text,needs_reply");
  }

  @Test
  void scoresTheWholeDecision() throws IOException {
    Path f =
        csv(
            "id,text,needs_reply,category,kind,brand\n"
                + "1,@AcmeHelp my blender arrived broken,yes,DAMAGED_DEFECTIVE,complaint,AcmeHelp\n"
                + "2,Thanks @AcmeHelp that sorted it!,no,,other,AcmeHelp\n"
                + "3,@AcmeHelp how do I change my delivery address?,yes,,question,AcmeHelp\n"
                + "4,Lovely weather in Dhaka today ☀️,no,,other,AcmeHelp\n");
    ReplyEvaluation e = ReplyEvaluation.evaluate(TextAnalyzers.fast(), EvalData.readRepliesCsv(f));
    assertThat(e.n()).isEqualTo(4);
    assertThat(e.precision()).isEqualTo(1.0);
    assertThat(e.recall()).isEqualTo(1.0);
    assertThat(e.macroF1()).isEqualTo(1.0);
    assertThat(e.categoryN()).isEqualTo(1);
    assertThat(e.categoryAccuracy()).isEqualTo(1.0);
    assertThat(e.complaintPrecision()).isEqualTo(1.0);
    assertThat(e.misjudged()).isEmpty();
  }
}
