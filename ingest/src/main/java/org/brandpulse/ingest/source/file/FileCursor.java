package org.brandpulse.ingest.source.file;

import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.brandpulse.ingest.source.SourceException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a file source has read: per file, how far (bytes and lines) and a fingerprint of its head so
 * a file replaced under the same name is read afresh. Encoded as JSON text.
 *
 * @param files one entry per file read so far, in name order
 */
record FileCursor(List<FileState> files) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  FileCursor {
    files = List.copyOf(files);
  }

  /**
   * How far one file was read.
   *
   * @param name the file name
   * @param offset bytes consumed (complete records only)
   * @param line lines consumed
   * @param headLength how many leading bytes {@code headHash} covers (at most 1 KiB)
   * @param headHash a hash of the first {@code headLength} bytes
   * @param pendingSize the file size when an unterminated last line was left unread, else -1
   */
  record FileState(
      String name, long offset, long line, int headLength, String headHash, long pendingSize) {
    FileState {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(headHash, "headHash");
    }
  }

  static final FileCursor START = new FileCursor(List.of());

  Optional<FileState> state(String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  String encode() {
    return JSON.writeValueAsString(this);
  }

  static FileCursor decode(String cursor, String source) throws SourceException {
    if (cursor == null) {
      return START;
    }
    try {
      return JSON.readValue(cursor, FileCursor.class);
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      String clipped = cursor.length() > 80 ? cursor.substring(0, 80) + "…" : cursor;
      throw new SourceException(
          "file source "
              + source
              + ": unreadable cursor '"
              + clipped
              + "', expected one this source returned",
          false,
          e);
    }
  }

  static String hash(byte[] bytes, int length) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      sha.update(bytes, 0, length);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
