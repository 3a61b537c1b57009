package org.brandpulse.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brandpulse.nlp.ComplaintCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The labelled Bengali set's reader: written rows, joined real rows, and clear errors. */
class BengaliComplaintSetTest {
  @TempDir Path dir;

  private Path labels(String... rows) throws IOException {
    Path file = dir.resolve("labels.tsv");
    Files.writeString(
        file,
        BengaliComplaintSet.HEADER + "\n" + String.join("\n", rows) + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsWrittenRowsAndJoinsRealOnes() throws IOException {
    Files.writeString(
        dir.resolve("blp23_sentiment_dev.tsv"),
        "id\ttext\tlabel\n42\tআমার টাকা ফেরত চাই\tNegative\n",
        StandardCharsets.UTF_8);
    List<BengaliComplaintSet.Post> posts =
        BengaliComplaintSet.read(
            labels(
                "blp\t42\treal-keyword\tcomplaint\tyes\tREFUND_RETURN\t",
                "written\tw1\twritten\tother\tno\tNONE\tdhonnobad vai"),
            dir);
    assertThat(posts).hasSize(2);
    assertThat(posts.get(0).text()).isEqualTo("আমার টাকা ফেরত চাই");
    assertThat(posts.get(0).category()).isEqualTo(ComplaintCategory.REFUND_RETURN);
    assertThat(posts.get(0).real()).isTrue();
    assertThat(posts.get(1).needsReply()).isFalse();
    assertThat(posts.get(1).real()).isFalse();
  }

  @Test
  void aBadLabelNamesTheFileAndLine() throws IOException {
    Path file = labels("written\tw1\twritten\tcomplaint\tmaybe\tNONE\tkichu");
    assertThatThrownBy(() -> BengaliComplaintSet.read(file, dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file + ":2:")
        .hasMessageContaining("needs_reply must be yes or no");
  }

  @Test
  void anUnknownIdOrSourceIsAnError() throws IOException {
    Path file = labels("nowhere\t1\treal-keyword\tother\tno\tNONE\t");
    assertThatThrownBy(() -> BengaliComplaintSet.read(file, dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(":2:")
        .hasMessageContaining("unknown source 'nowhere'");
  }
}
