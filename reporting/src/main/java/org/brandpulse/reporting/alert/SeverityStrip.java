package org.brandpulse.reporting.alert;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.brandpulse.nlp.Severity;

/**
 * The e-mail's inline image: a strip with one segment per case, coloured by severity, highest
 * first, so a glance at a digest shows how bad it is. Written as a PNG (RFC 2083) by hand, so
 * composing needs no AWT.
 */
final class SeverityStrip {

  static final int WIDTH = 240;
  static final int HEIGHT = 12;

  private SeverityStrip() {}

  /** The RGB colour of a severity. */
  static int rgb(Severity s) {
    return switch (s) {
      case CRITICAL -> 0x8B0000;
      case HIGH -> 0xD7301F;
      case MEDIUM -> 0xFC8D59;
      case LOW -> 0xFDD49E;
      case NONE -> 0xDDDDDD;
    };
  }

  /** The PNG for these severities (any order; drawn highest first). */
  static byte[] png(List<Severity> severities) {
    List<Severity> sorted = severities.stream().sorted((a, b) -> b.compareTo(a)).toList();
    int n = Math.max(1, sorted.size());
    byte[] raw = new byte[HEIGHT * (1 + WIDTH * 3)];
    for (int y = 0; y < HEIGHT; y++) {
      int row = y * (1 + WIDTH * 3);
      raw[row] = 0; // filter type: none
      for (int x = 0; x < WIDTH; x++) {
        int segment = Math.min(n - 1, x * n / WIDTH);
        boolean gap = n > 1 && n <= WIDTH / 4 && x > 0 && (x - 1) * n / WIDTH != segment;
        int color = sorted.isEmpty() ? rgb(Severity.NONE) : rgb(sorted.get(segment));
        color = gap ? 0xFFFFFF : color;
        int p = row + 1 + x * 3;
        raw[p] = (byte) (color >> 16);
        raw[p + 1] = (byte) (color >> 8);
        raw[p + 2] = (byte) color;
      }
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream h = new DataOutputStream(header);
      h.writeInt(WIDTH);
      h.writeInt(HEIGHT);
      h.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB, deflate, no filter, no interlace
      chunk(out, "IHDR", header.toByteArray());
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      try (DeflaterOutputStream z = new DeflaterOutputStream(data)) {
        z.write(raw);
      }
      chunk(out, "IDAT", data.toByteArray());
      chunk(out, "IEND", new byte[0]);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the severity strip PNG in memory", e);
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    d.writeInt(data.length);
    d.write(t);
    d.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    d.writeInt((int) crc.getValue());
  }
}
