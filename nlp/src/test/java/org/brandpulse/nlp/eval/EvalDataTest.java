package org.brandpulse.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brandpulse.nlp.SentimentLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvalDataTest {
  @TempDir Path dir;

  private Path file(String name, String content, Charset charset) throws IOException {
    return Files.writeString(dir.resolve(name), content, charset);
  }

  @Test
  void readsSentimentTsv() throws IOException {
    Path f = file("s.tsv", "positive\tভালো 😍\n\nNEGATIVE\tawful\tday\n", StandardCharsets.UTF_8);
    assertThat(EvalData.readSentimentTsv(f))
        .containsExactly(
            new LabeledText(SentimentLabel.POSITIVE, "ভালো 😍"),
            new LabeledText(SentimentLabel.NEGATIVE, "awful\tday"));
  }

  @Test
  void malformedTsvNamesFileLineAndText() throws IOException {
    Path f = file("bad.tsv", "neutral\tok\nhappy\tyay\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EvalData.readSentimentTsv(f))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bad.tsv:2")
        .hasMessageContaining("\"happy\tyay\"")
        .hasMessageContaining("negative|neutral|positive");
  }

  @Test
  void readsComplaintsCsvWithQuotedCommasAndNewlines() throws IOException {
    String csv =
        "tweet_id,text,label,domain\n1,\"@Shop where is my order, \"\"again\"\"?\nঅর্ডার\",1,retail\n"
            + "2,thanks 👍,0,apparel\n";
    Path f = file("c.csv", csv, StandardCharsets.UTF_8);
    assertThat(EvalData.readComplaintsCsv(f))
        .containsExactly(
            new LabeledComplaint(
                "1", "@Shop where is my order, \"again\"?\nঅর্ডার", true, "retail"),
            new LabeledComplaint("2", "thanks 👍", false, "apparel"));
  }

  @Test
  void complaintLabelMustBeZeroOrOne() throws IOException {
    Path f =
        file("c.csv", "tweet_id,text,label,domain\n1,a,0,x\n2,b,yes,x\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EvalData.readComplaintsCsv(f)).hasMessageContaining("c.csv:3");
  }

  @Test
  void readsAirlineAndSentiment140() throws IOException {
    Path a =
        file(
            "a.csv",
            "tweet_id,airline_sentiment,negativereason,airline,text,tweet_created\n"
                + "5,negative,Late Flight,United,\"@united late, again\",2/24/2015 11:35\n",
            StandardCharsets.UTF_8);
    assertThat(EvalData.readAirlineCsv(a))
        .containsExactly(
            new AirlineTweet(
                "5", SentimentLabel.NEGATIVE, "Late Flight", "United", "@united late, again"));
    Path s =
        file(
            "s140.csv",
            "\"4\",\"3\",\"Mon May 11\",\"kindle2\",\"u\",\"caf\u00e9 love\"\n\"2\",\"9\",\"d\",\"q\",\"u\",\"meh\"\n",
            StandardCharsets.ISO_8859_1);
    assertThat(EvalData.readSentiment140Csv(s))
        .containsExactly(
            new LabeledText(SentimentLabel.POSITIVE, "caf\u00e9 love"),
            new LabeledText(SentimentLabel.NEUTRAL, "meh"));
  }

  @Test
  void readsVaderRatingsWithCrLf() throws IOException {
    Path f =
        file("v.tsv", "1_1\t-0.9\tno picture.\r\n1_2\t2.5\tgreat!\r\n", StandardCharsets.UTF_8);
    assertThat(EvalData.readVaderRatings(f))
        .containsExactly(
            new RatedText("1_1", -0.9, "no picture."), new RatedText("1_2", 2.5, "great!"));
    assertThat(EvalData.readVaderAsLabeled(f))
        .extracting(LabeledText::label)
        .containsExactly(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);
  }

  @ParameterizedTest
  @CsvSource({
    "-4, NEGATIVE",
    "-0.2, NEGATIVE",
    "-0.19, NEUTRAL",
    "0, NEUTRAL",
    "0.19, NEUTRAL",
    "0.2, POSITIVE",
    "4, POSITIVE"
  })
  void vaderRatingsMapWithTheScaledBand(double rating, SentimentLabel expected) {
    assertThat(new RatedText("x", rating, "t").toLabeled(RatedText.NEUTRAL_BAND).label())
        .isEqualTo(expected);
  }
}
