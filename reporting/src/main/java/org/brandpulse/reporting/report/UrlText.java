package org.brandpulse.reporting.report;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * URLs and paths as people read them: {@code /product/%E0%A6%87%E0%A6%B2%E0%A6%BF%E0%A6%B6} becomes
 * {@code /product/ইলিশ}, the way a browser's address bar shows it. For display only: the result is
 * still untrusted text (renderers escape it) and is never used as an address.
 *
 * <p>Each {@code %XX} run is decoded as UTF-8 (RFC 3986 section 2.5), one character at a time, with
 * the JDK's strict decoder, so overlong forms, surrogates and truncated or stray bytes are refused.
 * What is not decoded stays exactly as written, so decoding never fails and never guesses: invalid
 * sequences, {@code %} without two hex digits, and characters that would change how the text reads:
 *
 * <ul>
 *   <li>the delimiters {@code %2F} ({@code /}), {@code %3F} ({@code ?}), {@code %23} ({@code #})
 *       and {@code %25} ({@code %}), which would make two different paths look alike;
 *   <li>controls, line and paragraph separators, spaces other than U+0020, private-use and
 *       unassigned code points, and format characters such as the bidirectional overrides (U+202E
 *       would reverse the text around it), except the zero-width (non-)joiners that Bengali and
 *       Hindi spelling needs.
 * </ul>
 *
 * A {@code +} stays a plus: in a path it is not a space.
 */
public final class UrlText {

  private static final char ZWNJ = '\u200c';
  private static final char ZWJ = '\u200d';

  private UrlText() {}

  /** The text with its percent-encoded UTF-8 decoded where that is safe to show. */
  public static String decodeForDisplay(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int lead = text.charAt(i) == '%' ? hexByte(text, i) : -1;
      if (lead < 0) {
        out.append(text.charAt(i++));
        continue;
      }
      String decoded = decodeOne(text, i, lead);
      if (decoded == null) {
        out.append(text, i, i + 3);
        i += 3;
      } else {
        out.append(decoded);
        i += 3 * decoded.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return out.toString();
  }

  /** The character encoded at {@code at}, or null when invalid or not to be shown decoded. */
  private static String decodeOne(String text, int at, int lead) {
    int length = sequenceLength(lead);
    if (length == 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    bytes[0] = (byte) lead;
    for (int n = 1; n < length; n++) {
      int next = hexByte(text, at + 3 * n);
      if (next < 0 || (next & 0xC0) != 0x80) {
        return null;
      }
      bytes[n] = (byte) next;
    }
    try {
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return shown(decoded.codePointAt(0)) ? decoded : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Bytes in the UTF-8 sequence a lead byte starts (RFC 3629), 0 when it cannot lead one. */
  private static int sequenceLength(int lead) {
    if (lead < 0x80) {
      return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
    }
    return 0;
  }

  private static boolean shown(int cp) {
    if (cp == '/' || cp == '?' || cp == '#' || cp == '%') {
      return false;
    }
    if (cp == ZWNJ || cp == ZWJ || cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR,
          Character.PRIVATE_USE,
          Character.SURROGATE,
          Character.UNASSIGNED ->
          false;
      default -> true;
    };
  }

  /** The byte {@code %XX} at {@code at} stands for, or -1 when there is none. */
  private static int hexByte(String text, int at) {
    if (at + 2 >= text.length()
        || text.charAt(at) != '%'
        || !HexFormat.isHexDigit(text.charAt(at + 1))
        || !HexFormat.isHexDigit(text.charAt(at + 2))) {
      return -1;
    }
    return HexFormat.fromHexDigits(text, at + 1, at + 3);
  }
}
