package org.brandpulse.seoaudit.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A body subscriber that keeps at most {@code cap} bytes and then cancels the stream. */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Result> {

  /** The bytes kept and whether more were sent. */
  record Result(byte[] bytes, boolean truncated) {}

  private final long cap;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<Result> result = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;

  CappedBody(long cap) {
    this.cap = cap;
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
      long room = cap - out.size();
      int n = b.remaining();
      if (n > room) {
        byte[] part = new byte[(int) room];
        b.get(part);
        out.write(part, 0, part.length);
        result.complete(new Result(out.toByteArray(), true));
        subscription.cancel();
        return;
      }
      byte[] all = new byte[n];
      b.get(all);
      out.write(all, 0, n);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Result(out.toByteArray(), false));
  }

  void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    result.cancel(false);
  }
}
