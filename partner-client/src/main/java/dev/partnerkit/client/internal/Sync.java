package dev.partnerkit.client.internal;

import dev.partnerkit.client.TransportException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Not API: waits for an asynchronous call on behalf of a synchronous method. */
public final class Sync {
  private Sync() {}

  /**
   * Returns the future's value, or throws its failure unwrapped (always a {@code
   * PartnerClientException} or an {@code IllegalArgumentException} for a caller's mistake).
   *
   * @param <T> the value type
   * @param future the call
   * @return the value
   */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new TransportException(
          "Interrupted while waiting for the response; the call was abandoned",
          e,
          null,
          null,
          null);
    } catch (CancellationException e) {
      throw new TransportException("The call was cancelled", e, null, null, null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new TransportException("The call failed: " + cause, cause, null, null, null);
    }
  }
}
