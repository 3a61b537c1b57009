package org.brandpulse.ingest.metrics.accesslog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads and parses on one thread while the caller's thread consumes the records, in order: decoding
 * and parsing are about half of an import's reading, sessionising the other half, so on two cores
 * the read takes about half as long. Records travel in batches; a file's fingerprint travels in
 * line with its records, so the consumer sees exactly the sequence a plain {@link
 * AccessLogReader#read} would give.
 */
final class ParallelRead {

  private static final int BATCH = 1024;
  private static final int QUEUED = 8;
  private static final Object END = new Object();

  private record Origin(Path file, String fingerprint) {}

  private ParallelRead() {}

  static AccessLogReader.Summary read(
      AccessLogReader reader,
      List<Path> files,
      Consumer<AccessRecord> sink,
      BiConsumer<Path, String> onFile)
      throws IOException {
    // a short queue: records waiting in it outlive young collections, and copying them is what
    // those collections cost
    BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUED);
    AccessLogReader.Summary[] summary = new AccessLogReader.Summary[1];
    Throwable[] failure = new Throwable[1];
    Thread producer =
        new Thread(
            () -> {
              List<Object>[] batch = newBatch();
              try {
                summary[0] =
                    reader.read(
                        files,
                        r -> {
                          batch[0].add(r);
                          if (batch[0].size() == BATCH) {
                            put(queue, batch[0]);
                            batch[0] = new ArrayList<>(BATCH);
                          }
                        },
                        (file, fingerprint) -> batch[0].add(new Origin(file, fingerprint)));
              } catch (Throwable t) {
                failure[0] = t;
              } finally {
                batch[0].add(END);
                put(queue, batch[0]);
              }
            },
            "access-log-reader");
    producer.setDaemon(true);
    producer.start();
    try {
      while (true) {
        for (Object o : queue.take()) {
          if (o == END) {
            producer.join();
            if (failure[0] instanceof IOException e) {
              throw e;
            }
            if (failure[0] instanceof RuntimeException e) {
              throw e;
            }
            if (failure[0] instanceof Error e) {
              throw e;
            }
            return summary[0];
          }
          if (o instanceof Origin origin) {
            onFile.accept(origin.file(), origin.fingerprint());
          } else {
            sink.accept((AccessRecord) o);
          }
        }
      }
    } catch (InterruptedException e) {
      producer.interrupt();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading " + files, e);
    } catch (RuntimeException | Error e) {
      producer.interrupt(); // the consumer failed: the reader must not wait on a full queue
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object>[] newBatch() {
    return new List[] {new ArrayList<>(BATCH)};
  }

  private static void put(BlockingQueue<List<Object>> queue, List<Object> batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while reading", e));
    }
  }
}
