package org.brandpulse.ingest.metrics.accesslog;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads access-log files, plain or gzip (detected by the magic bytes {@code 1f 8b}, not by the
 * name), in file-name order, handing each well-formed record to a sink. Malformed lines are counted
 * and the first {@value #MAX_REPORTED} are kept with file:line; they never stop a file. Bytes that
 * are not valid UTF-8 are replaced rather than rejected.
 */
public final class AccessLogReader {

  /** How many malformed lines are kept in the summary (all are counted). */
  public static final int MAX_REPORTED = 100;

  private final LogFormat format;

  /** Creates a reader for one format. */
  public AccessLogReader(LogFormat format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /**
   * Reads the files in name order.
   *
   * @throws IOException when a file cannot be opened or read (not for malformed lines)
   */
  public Summary read(List<Path> files, Consumer<AccessRecord> sink) throws IOException {
    return read(files, sink, (file, fingerprint) -> {});
  }

  /**
   * Reads the files in name order, telling {@code onFile} each file's fingerprint before its first
   * record (see {@link #fingerprint}).
   *
   * @throws IOException when a file cannot be opened or read (not for malformed lines)
   */
  public Summary read(
      List<Path> files, Consumer<AccessRecord> sink, BiConsumer<Path, String> onFile)
      throws IOException {
    List<Path> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparing(p -> p.getFileName().toString()));
    long lines = 0;
    long records = 0;
    long malformed = 0;
    List<MalformedLine> reported = new ArrayList<>();
    Map<String, String> fingerprints = new LinkedHashMap<>();
    for (Path file : ordered) {
      String name = file.getFileName().toString();
      try (BufferedReader in = open(file)) {
        long number = 0;
        boolean first = true;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          if (first) {
            first = false;
            String fingerprint = fingerprint(line);
            fingerprints.put(file.toString(), fingerprint);
            onFile.accept(file, fingerprint);
          }
          lines++;
          LogFormat.Result result = format.parse(line);
          if (result instanceof LogFormat.Result.Ok ok) {
            records++;
            sink.accept(ok.record());
          } else if (result instanceof LogFormat.Result.Error error) {
            malformed++;
            if (reported.size() < MAX_REPORTED) {
              reported.add(
                  new MalformedLine(
                      name, number, line, error.expected() + " at column " + error.column()));
            }
          }
        }
      }
    }
    return new Summary(lines, records, malformed, reported, fingerprints);
  }

  /**
   * A file's identity: the first 16 hex digits of the SHA-256 of its first non-blank line. It stays
   * the same while the file grows and after it is rotated or compressed, and differs between two
   * servers' logs (their first requests differ in time, client or path).
   */
  public static String fingerprint(String firstLine) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(firstLine.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    InputStream in = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * What a read saw.
   *
   * @param lines non-blank lines read
   * @param records well-formed lines handed to the sink
   * @param malformedLines lines that did not match the format
   * @param malformed the first {@value #MAX_REPORTED} malformed lines with file:line
   * @param fingerprints each non-empty file's {@link #fingerprint}, by path
   */
  public record Summary(
      long lines,
      long records,
      long malformedLines,
      List<MalformedLine> malformed,
      Map<String, String> fingerprints) {
    /** Copies the collections. */
    public Summary {
      malformed = List.copyOf(malformed);
      fingerprints = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fingerprints));
    }
  }
}
