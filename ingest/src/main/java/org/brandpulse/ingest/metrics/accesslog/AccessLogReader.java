package org.brandpulse.ingest.metrics.accesslog;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * name), in file-name order, handing each well-formed record to a sink. Malformed lines, and lines
 * longer than {@value #MAX_LINE} characters, are counted and the first {@value #MAX_REPORTED} are
 * kept with file:line; they never stop a file. A gzip file that inflates more than {@value
 * #MAX_INFLATION} times stops with an error naming it; a file that cannot be read is reported and
 * the others are read (unless strict). Bytes that are not valid UTF-8 are replaced rather than
 * rejected.
 */
public final class AccessLogReader {

  /** How many malformed lines are kept in the summary (all are counted). */
  public static final int MAX_REPORTED = 100;

  /** Longest line read (characters); longer ones are skipped as malformed with file:line. */
  public static final int MAX_LINE = 16_384;

  /** Most decompressed bytes per compressed byte of a gzip file. */
  public static final long MAX_INFLATION = 200;

  /** Decompressed bytes below which the ratio is not checked. */
  static final long INFLATION_FLOOR = 16L << 20;

  private final LogFormat format;
  private final boolean strict;

  /** Creates a reader for one format that reports a file it cannot read and goes on. */
  public AccessLogReader(LogFormat format) {
    this(format, false);
  }

  /**
   * Creates a reader for one format.
   *
   * @param strict true to stop at the first file that cannot be read, false to report it in {@link
   *     Summary#failedFiles()} and read the others
   */
  public AccessLogReader(LogFormat format, boolean strict) {
    this.format = Objects.requireNonNull(format, "format");
    this.strict = strict;
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
    List<String> failed = new ArrayList<>();
    Strings strings = new Strings();
    for (Path file : ordered) {
      String name = file.getFileName().toString();
      long number = 0;
      try (InputStream stream = open(file)) {
        BoundedLines in = new BoundedLines(stream, MAX_LINE);
        boolean first = true;
        for (String line = in.next(); line != null; line = in.next()) {
          number++;
          if (in.tooLong()) {
            lines++;
            malformed++;
            if (reported.size() < MAX_REPORTED) {
              reported.add(
                  new MalformedLine(
                      name,
                      number,
                      "(" + in.tooLongLength() + " characters)",
                      "a line of at most " + MAX_LINE + " characters"));
            }
            continue;
          }
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
          strings.line(in.asciiBytes());
          LogFormat.Result result = format.parse(line, strings);
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
      } catch (IOException e) {
        if (!strict) {
          // one bad file of a set is reported; what it yielded so far and the other files count
          failed.add(file + " after line " + number + ": " + e.getMessage());
          continue;
        }
        throw e;
      }
    }
    return new Summary(lines, records, malformed, reported, fingerprints, failed);
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

  private static InputStream open(Path file) throws IOException {
    LimitedInflation.Counting counted = new LimitedInflation.Counting(Files.newInputStream(file));
    InputStream raw = new BufferedInputStream(counted, 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    InputStream in =
        b1 == 0x1f && b2 == 0x8b
            ? new LimitedInflation.Capped(
                new GZIPInputStream(raw, 1 << 16),
                counted,
                file.toString(),
                MAX_INFLATION,
                INFLATION_FLOOR)
            : raw;
    return in;
  }

  /**
   * What a read saw.
   *
   * @param lines non-blank lines read
   * @param records well-formed lines handed to the sink
   * @param malformedLines lines that did not match the format
   * @param malformed the first {@value #MAX_REPORTED} malformed lines with file:line
   * @param fingerprints each non-empty file's {@link #fingerprint}, by path
   * @param failedFiles files that could not be read to their end, each with the line reached and
   *     the reason (only when not {@code strict})
   */
  public record Summary(
      long lines,
      long records,
      long malformedLines,
      List<MalformedLine> malformed,
      Map<String, String> fingerprints,
      List<String> failedFiles) {
    /** Copies the collections. */
    public Summary {
      malformed = List.copyOf(malformed);
      failedFiles = List.copyOf(failedFiles);
      fingerprints = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fingerprints));
    }
  }
}
