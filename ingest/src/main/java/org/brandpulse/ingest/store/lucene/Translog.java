package org.brandpulse.ingest.store.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write-ahead log of the Lucene post store: what {@link LucenePostStore#upsert} wrote since the
 * index's last commit, so an upsert is durable when it returns without a Lucene commit (which
 * writes and fsyncs a segment) per upsert.
 *
 * <p>Files {@code translog-<generation>.tlog} in the index directory hold records of {@code
 * [length: int][CRC-32C of the bytes: int][the post's stored JSON, UTF-8]}, each write forced to
 * disk before {@link #append} returns. The index's commit data names the first generation the
 * commit does not contain ({@link #KEY}); opening the store replays the records of that generation
 * and later ones in order (upserts by id: replaying a record the index already has changes
 * nothing), commits, and deletes the files the commit covers. Damage that runs to the end of a file
 * is a write a crash interrupted (or that failed and could not be cut off), before its upsert
 * returned: it is dropped with a warning. Damage followed by a sound record is an error naming the
 * file and the byte offset, and the files are kept.
 */
final class Translog implements AutoCloseable {

  /** Commit data key: the first translog generation the commit does not contain. */
  static final String KEY = "brandpulse.translog.generation";

  private static final Logger log = LoggerFactory.getLogger(Translog.class);
  private static final Pattern NAME = Pattern.compile("translog-(\\d{1,18})\\.tlog");
  private static final int HEADER = 8;

  /** Longest record read back: a post's JSON is kilobytes; anything larger is damage. */
  private static final int MAX_RECORD = 64 << 20;

  private final Path dir;
  private long generation;
  private FileChannel channel;

  /** Why a failed write could not be cut off (no append is taken after it), or null. */
  private IOException broken;

  private Translog(Path dir, long generation) throws IOException {
    this.dir = dir;
    this.generation = generation;
    this.channel = create(dir, generation);
  }

  /**
   * Replays the records of the generations from {@code committed} on to {@code replay}, in order,
   * and opens the next generation (after every file present) for writing. The caller commits the
   * replayed records with {@link #generation()} in the commit data, then calls {@link
   * #deleteBefore}.
   *
   * @throws IOException when a file cannot be read or a record before the newest file's end is
   *     damaged
   */
  static Translog open(Path dir, long committed, Consumer<String> replay) throws IOException {
    TreeMap<Long, Path> files = files(dir);
    long last = files.isEmpty() ? committed - 1 : files.lastKey();
    for (var e : files.tailMap(committed, true).entrySet()) {
      read(e.getValue(), replay);
    }
    return new Translog(dir, Math.max(committed, last + 1));
  }

  /** The generation being written. */
  long generation() {
    return generation;
  }

  /** Appends records and forces them to disk. */
  void append(List<String> records) throws IOException {
    int size = 0;
    List<byte[]> bytes = new ArrayList<>(records.size());
    for (String r : records) {
      byte[] b = r.getBytes(StandardCharsets.UTF_8);
      if (b.length > MAX_RECORD) {
        // a replay would take it for damage: refused before anything of the batch is written
        throw new IOException(
            "a post of " + b.length + " bytes (JSON) is past the translog's " + MAX_RECORD);
      }
      bytes.add(b);
      size += HEADER + b.length;
    }
    ByteBuffer buffer = ByteBuffer.allocate(size);
    CRC32C crc = new CRC32C();
    for (byte[] b : bytes) {
      crc.reset();
      crc.update(b);
      buffer.putInt(b.length).putInt((int) crc.getValue()).put(b);
    }
    buffer.flip();
    if (broken != null) {
      throw new IOException("the translog could not be repaired after a failed write", broken);
    }
    long start = channel.position();
    try {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      // A record written in part (a full disk) would be damage before sound records once the next
      // append succeeds: cut it off, or refuse every later append.
      try {
        channel.truncate(start);
        channel.position(start);
      } catch (IOException cut) {
        e.addSuppressed(cut);
        broken = e;
      }
      throw e;
    }
    channel.force(false);
  }

  /**
   * Starts the next generation: what is appended from now on is not in a commit the caller makes
   * next. Returns that generation, for the commit data.
   */
  long roll() throws IOException {
    FileChannel next = create(dir, generation + 1);
    channel.close();
    channel = next;
    broken = null;
    generation++;
    return generation;
  }

  /** Deletes the files of the generations before {@code generation} (a commit holds them). */
  void deleteBefore(long generation) throws IOException {
    for (var e : files(dir).headMap(generation, false).entrySet()) {
      Files.deleteIfExists(e.getValue());
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private static FileChannel create(Path dir, long generation) throws IOException {
    FileChannel ch =
        FileChannel.open(
            dir.resolve("translog-" + generation + ".tlog"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    ch.force(true);
    return ch;
  }

  private static TreeMap<Long, Path> files(Path dir) throws IOException {
    TreeMap<Long, Path> files = new TreeMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "translog-*.tlog")) {
      for (Path p : entries) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (m.matches()) {
          files.put(Long.parseLong(m.group(1)), p);
        }
      }
    }
    return files;
  }

  private static void read(Path file, Consumer<String> replay) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      long offset = 0;
      ByteBuffer header = ByteBuffer.allocate(HEADER);
      CRC32C crc = new CRC32C();
      while (offset < size) {
        String damage = null;
        byte[] payload = null;
        if (size - offset < HEADER) {
          damage = "a record header cut short";
        } else {
          header.clear();
          readFully(ch, header, offset);
          int length = header.getInt(0);
          int sum = header.getInt(4);
          if (length < 0 || length > MAX_RECORD || length > size - offset - HEADER) {
            damage = "a record length of " + length + " bytes with " + (size - offset) + " left";
          } else {
            ByteBuffer body = ByteBuffer.allocate(length);
            readFully(ch, body, offset + HEADER);
            payload = body.array();
            crc.reset();
            crc.update(payload);
            if ((int) crc.getValue() != sum) {
              damage = "a record whose checksum does not match";
            }
          }
        }
        if (damage != null) {
          if (!validRecordAt(ch, size, offset + HEADER + (payload == null ? 0 : payload.length))) {
            log.warn(
                "translog {}: dropped {} bytes at the end ({} at byte {}): a write cut short by a"
                    + " crash",
                file,
                size - offset,
                damage,
                offset);
            return;
          }
          throw new IOException(
              "translog "
                  + file
                  + " is damaged at byte "
                  + offset
                  + ": "
                  + damage
                  + "; expected [length][CRC-32C][JSON] records up to the end");
        }
        replay.accept(new String(payload, StandardCharsets.UTF_8));
        offset += HEADER + payload.length;
      }
    }
  }

  /**
   * Whether a whole record with a matching checksum starts at {@code offset}: then the damage
   * before it is not a write cut short at the end, and dropping the rest would lose upserts.
   */
  private static boolean validRecordAt(FileChannel ch, long size, long offset) throws IOException {
    if (offset <= HEADER || size - offset < HEADER) {
      return false;
    }
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    readFully(ch, header, offset);
    int length = header.getInt(0);
    if (length < 0 || length > MAX_RECORD || length > size - offset - HEADER) {
      return false;
    }
    ByteBuffer body = ByteBuffer.allocate(length);
    readFully(ch, body, offset + HEADER);
    CRC32C crc = new CRC32C();
    crc.update(body.array());
    return (int) crc.getValue() == header.getInt(4);
  }

  private static void readFully(FileChannel ch, ByteBuffer buffer, long at) throws IOException {
    long position = at;
    while (buffer.hasRemaining()) {
      int n = ch.read(buffer, position);
      if (n < 0) {
        throw new EOFException("unexpected end of " + ch);
      }
      position += n;
    }
  }
}
