package org.brandpulse.ingest.metrics.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines split on bytes give what decoding the whole stream as UTF-8 and splitting the characters
 * gives: non-ASCII and invalid bytes, CRLF, lines at and over the bound.
 */
class BoundedLinesTest {

  private static final int MAX = 8;

  @Test
  void bytesSplitLikeDecodedCharacters() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    for (String s :
        List.of(
            "ascii\n",
            "12345678\n", // at the bound
            "123456789\n", // one over
            "1234567\r\n", // the \r counts, as it did
            "12345678\r\n",
            "চাচাচা\n", // 3-byte characters: 6 characters, 18 bytes
            "চাচাচাচাচা\n", // 10 characters
            "😀😀😀😀\n", // 4-byte characters: 8 UTF-16 characters
            "😀😀😀😀😀\n",
            "é\r\n",
            "\n",
            "last without newline")) {
      in.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      if (s.equals("é\r\n")) {
        in.writeBytes(new byte[] {'a', (byte) 0xff, (byte) 0xe0, 'b', '\n'}); // invalid UTF-8
      }
    }
    byte[] bytes = in.toByteArray();

    assertThat(read(bytes)).isEqualTo(reference(bytes));
    assertThat(read(bytes)).contains("12345678", "1234567", "a\uFFFD\uFFFDb", "[too long: 9]");
  }

  @Test
  void aLongLineOverManyBuffersIsCountedInCharacters() throws IOException {
    String longLine = "ü".repeat(100_000) + "x".repeat(100_000);
    byte[] bytes = ("ok\n" + longLine + "\nok\n").getBytes(StandardCharsets.UTF_8);
    assertThat(read(bytes)).containsExactly("ok", "[too long: 200000]", "ok");
  }

  private static List<String> read(byte[] bytes) throws IOException {
    BoundedLines lines = new BoundedLines(new ByteArrayInputStream(bytes), MAX);
    List<String> out = new ArrayList<>();
    for (String line = lines.next(); line != null; line = lines.next()) {
      out.add(lines.tooLong() ? "[too long: " + lines.tooLongLength() + "]" : line);
    }
    return out;
  }

  /** What a decoding reader gave: characters split at \n, the bound counting a trailing \r. */
  private static List<String> reference(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    String[] parts = text.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (i == parts.length - 1 && p.isEmpty()) {
        break;
      }
      if (p.length() > MAX) {
        out.add("[too long: " + p.length() + "]");
      } else {
        out.add(p.endsWith("\r") ? p.substring(0, p.length() - 1) : p);
      }
    }
    return out;
  }
}
