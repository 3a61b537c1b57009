package org.brandpulse.reporting.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstRepliesTest {

  private static final Instant T = Instant.parse("2017-10-31T22:08:27Z");

  private static OwnReply reply(String id, String brand, String to, String thread, long minutes) {
    return new OwnReply(id, brand, to, thread, T.plus(Duration.ofMinutes(minutes)));
  }

  @Test
  void theEarliestReplyOfTheCasesBrandToThePostOrItsThreadAnswersIt() {
    var complaint = new FirstReplies.Waiting("t:3", "Sprint", null, T);
    var threaded = new FirstReplies.Waiting("t:9", "Sprint", "t:7", T);
    List<FirstReplies.Match> m =
        FirstReplies.match(
            List.of(complaint, threaded),
            List.of(
                reply("t:1", "Sprint", "t:3", null, 2), // the twcs pair: 1 answers 3
                reply("t:0", "Sprint", "t:3", null, 1), // an earlier answer wins
                reply("t:8", "Apple", "t:9", null, 1), // another brand's handle
                reply("t:5", "Sprint", null, "t:7", -5), // in the thread, but before
                reply("t:6", "Sprint", null, "t:7", 30)));
    assertThat(m).hasSize(2);
    assertThat(m.get(0).reply().postId()).isEqualTo("t:0");
    assertThat(m.get(1).reply().postId()).isEqualTo("t:6");
  }

  @Test
  void aCaseWithoutAnAnsweringReplyHasNoMatch() {
    var c = new FirstReplies.Waiting("t:3", "Sprint", "t:3", T);
    assertThat(FirstReplies.match(List.of(c), List.of(reply("t:3", "Sprint", null, "t:3", 0))))
        .as("the case's own post is no answer")
        .isEmpty();
    assertThat(FirstReplies.match(List.of(c), List.of())).isEmpty();
  }

  @Test
  void replyTimesGiveMedianPercentileAndSla() {
    ReplyTimes r =
        ReplyTimes.of(
            List.of(
                Duration.ofMinutes(10),
                Duration.ofMinutes(30),
                Duration.ofHours(5),
                Duration.ofMinutes(-1)),
            6,
            Duration.ofHours(4));
    assertThat(r.answered()).isEqualTo(4);
    assertThat(r.median()).isEqualTo(Duration.ofMinutes(10));
    assertThat(r.p90()).isEqualTo(Duration.ofHours(5));
    assertThat(r.withinSla()).isEqualTo(3);
    assertThat(r.answeredShare()).isEqualTo(4 / 6.0);
    assertThat(ReplyTimes.format(Duration.ofMinutes(245))).isEqualTo("4h 05m");
    assertThat(ReplyTimes.format(Duration.ofHours(51))).isEqualTo("2d 03h");
    assertThat(ReplyTimes.of(List.of(), 0, Duration.ofHours(4)).median()).isNull();
  }
}
