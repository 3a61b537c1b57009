package org.brandpulse.seoaudit.crawl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;

/**
 * A FIFO of frontier entries that keeps at most {@code memoryLimit} in memory and appends the rest
 * to segment files in a spill directory, read back in order. Not thread-safe (the {@link Frontier}
 * is guarded by the crawler's lock).
 */
final class SpillQueue implements Closeable {

  private final int memoryLimit;
  private final SpillDirectory dir;
  private final ArrayDeque<Frontier.Entry> memory = new ArrayDeque<>();
  private final ArrayDeque<Path> segments = new ArrayDeque<>();
  private Path writing;
  private DataOutputStream out;
  private int writingCount;
  private DataInputStream in;
  private Path reading;
  private int readingLeft;
  private final ArrayDeque<Integer> segmentCounts = new ArrayDeque<>();
  private long size;

  SpillQueue(int memoryLimit, SpillDirectory dir) {
    this.memoryLimit = memoryLimit;
    this.dir = dir;
  }

  long size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void add(Frontier.Entry e) {
    size++;
    if (out == null && segments.isEmpty() && in == null && memory.size() < memoryLimit) {
      memory.addLast(e);
      return;
    }
    try {
      if (out == null) {
        writing = dir.newFile();
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(writing), 65536));
        writingCount = 0;
      }
      write(out, e);
      writingCount++;
      if (writingCount >= memoryLimit) {
        closeWriting();
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot spill the crawl frontier to " + writing, ex);
    }
  }

  Frontier.Entry poll() {
    if (size == 0) {
      return null;
    }
    size--;
    Frontier.Entry e = memory.pollFirst();
    if (e != null) {
      return e;
    }
    try {
      if (in == null) {
        if (segments.isEmpty()) {
          closeWriting();
        }
        reading = segments.pollFirst();
        readingLeft = segmentCounts.pollFirst();
        in = new DataInputStream(new BufferedInputStream(Files.newInputStream(reading), 65536));
      }
      e = read(in);
      if (--readingLeft == 0) {
        in.close();
        in = null;
        Files.deleteIfExists(reading);
      }
      return e;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read the spilled crawl frontier " + reading, ex);
    }
  }

  private void closeWriting() throws IOException {
    if (out != null) {
      out.close();
      out = null;
      segments.addLast(writing);
      segmentCounts.addLast(writingCount);
    }
  }

  private static void write(DataOutputStream out, Frontier.Entry e) throws IOException {
    writeString(out, e.url());
    writeString(out, e.referrer());
    out.writeInt(e.depth());
    out.writeByte(e.kind().ordinal());
    out.writeBoolean(e.fromSitemap());
  }

  private static Frontier.Entry read(DataInputStream in) throws IOException {
    String url = readString(in);
    String referrer = readString(in);
    int depth = in.readInt();
    PageKind kind = PageKind.values()[in.readByte()];
    return new Frontier.Entry(url, referrer, depth, kind, in.readBoolean());
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
        Files.deleteIfExists(writing);
      }
      if (in != null) {
        in.close();
        Files.deleteIfExists(reading);
      }
      for (Path p : segments) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the spilled crawl frontier", e);
    }
  }
}
