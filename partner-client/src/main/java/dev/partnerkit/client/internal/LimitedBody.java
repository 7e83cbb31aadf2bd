package dev.partnerkit.client.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Not API: a body handler that reads a body into memory only up to a limit and refuses a larger one
 * as it streams in: a declared {@code Content-Length} over the limit is refused before a byte is
 * read, and a body without one is cut off (and its connection dropped) the moment it passes the
 * limit.
 */
public final class LimitedBody {
  private LimitedBody() {}

  /**
   * Thrown inside the body future when a body passes the limit; the engine turns it into a {@code
   * ResponseTooLargeException}.
   */
  public static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    TooLarge(long limit) {
      super("response body larger than " + limit + " bytes", null, false, false);
      this.limit = limit;
    }

    /**
     * Returns the limit that was passed.
     *
     * @return the limit in bytes
     */
    public long getLimit() {
      return limit;
    }
  }

  /**
   * Returns a handler that reads at most {@code limit} bytes.
   *
   * @param limit the largest body accepted, in bytes
   * @return the handler
   */
  public static HttpResponse.BodyHandler<byte[]> handler(long limit) {
    return info -> {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
      return new Subscriber(limit, declared > limit);
    };
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final boolean refuseAtOnce;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long received;

    Subscriber(long limit, boolean refuseAtOnce) {
      this.limit = limit;
      this.refuseAtOnce = refuseAtOnce;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (refuseAtOnce) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(limit));
        return;
      }
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        int n = item.remaining();
        received += n;
        if (received > limit) {
          subscription.cancel();
          buffer.reset();
          result.completeExceptionally(new TooLarge(limit));
          return;
        }
        byte[] chunk = new byte[n];
        item.get(chunk);
        buffer.write(chunk, 0, n);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(buffer.toByteArray());
    }
  }
}
