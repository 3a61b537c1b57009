package org.brandpulse.seoaudit.http;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body subscriber that keeps at most {@code cap} bytes and then cancels the stream. The buffer is
 * sized from {@code Content-Length} (never trusted beyond the cap), so the usual body is read
 * without a single copy. The hardened reading of every HTTP client of the product: the crawler's
 * and the post and metrics sources'.
 */
public final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Result> {

  /** The bytes kept and whether more were sent. */
  public record Result(byte[] bytes, boolean truncated) {}

  private final long cap;
  private byte[] buf;
  private int size;
  private final CompletableFuture<Result> result = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;

  /**
   * @param cap the most bytes kept
   * @param contentLength the announced length, or -1: sizes the first buffer, never trusted
   */
  public CappedBody(long cap, long contentLength) {
    this.cap = cap;
    long initial = contentLength >= 0 ? Math.min(contentLength, cap) : Math.min(16 * 1024, cap);
    this.buf = new byte[(int) Math.max(0, Math.min(initial, Integer.MAX_VALUE - 16))];
  }

  @Override
  public CompletionStage<Result> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      long room = cap - size;
      int n = b.remaining();
      if (n > room) {
        append(b, (int) room);
        result.complete(new Result(bytes(), true));
        subscription.cancel();
        return;
      }
      append(b, n);
    }
    subscription.request(1);
  }

  private void append(ByteBuffer b, int n) {
    if (size + n > buf.length) {
      long grown = Math.max((long) size + n, Math.min(cap, buf.length * 2L + 1024));
      buf = Arrays.copyOf(buf, (int) Math.min(grown, Integer.MAX_VALUE - 16));
    }
    b.get(buf, size, n);
    size += n;
  }

  private byte[] bytes() {
    return size == buf.length ? buf : Arrays.copyOf(buf, size);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Result(bytes(), false));
  }

  /** Stops the stream and the result; for an exchange given up on. */
  public void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    result.cancel(false);
  }
}
