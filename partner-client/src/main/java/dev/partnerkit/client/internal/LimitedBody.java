package dev.partnerkit.client.internal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
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
      return new Subscriber(limit, declared);
    };
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    /**
     * The most a declared length may make the buffer before any byte arrives: a length a server
     * only claims must not make the client reserve up to the limit for nothing.
     */
    private static final int MAX_PRESIZE = 1 << 20;

    private static final int FIRST_SIZE = 8192;
    private static final byte[] NONE = new byte[0];

    private final long limit;
    private final boolean refuseAtOnce;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long received;
    // Filled straight from the transport's buffers and handed over as it is when full, so that a
    // body is copied once: a page of customers is most of what a listing allocates.
    private byte[] buffer;
    private int size;

    Subscriber(long limit, long declared) {
      this.limit = limit;
      this.refuseAtOnce = declared > limit;
      this.buffer =
          declared >= 0 && !refuseAtOnce
              ? new byte[(int) Math.min(declared, MAX_PRESIZE)]
              : new byte[FIRST_SIZE];
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
        buffer = NONE;
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
          buffer = NONE;
          result.completeExceptionally(new TooLarge(limit));
          return;
        }
        if (size + n > buffer.length) {
          // received <= limit, and the limit is at most 1 GiB, so the new size fits an int.
          long grown = Math.max(size + (long) n, Math.min(2L * buffer.length, limit));
          buffer = Arrays.copyOf(buffer, (int) grown);
        }
        item.get(buffer, size, n);
        size += n;
      }
    }

    @Override
    public void onError(Throwable throwable) {
      buffer = NONE;
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      byte[] body = size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
      buffer = NONE;
      result.complete(body);
    }
  }
}
