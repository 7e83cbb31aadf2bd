package dev.partnerkit.testing.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Not API: de-duplicates Partner Center's non-idempotent requests by {@code MS-RequestId} (API-4)
 * within one process: the first request with an id is handled and its answer kept; a repeat by the
 * same caller with the same id gets that answer again, even while the first is still being handled.
 * Across restarts and instances the program's keys do it ({@link RequestKeys}): a repeat this map
 * no longer holds is handled again, and each of its actions answers with its first outcome. A
 * repeat of the id for a different request is a 409. Ids are scoped to the caller, so one partner
 * never sees another partner's answer. Keeps the latest answers, up to a bound. Thread-safe.
 */
public final class Idempotency {
  private static final int MAX_ENTRIES = 10_000;

  /** What a request id is remembered with. */
  private record Entry(String fingerprint, CompletableFuture<ApiResponse> answer) {}

  /** The answer and whether it was replayed. */
  public record Result(ApiResponse response, boolean replayed) {}

  private final Map<String, Entry> entries =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  /**
   * Handles a request once per caller and request id.
   *
   * @param caller the caller's key
   * @param requestId the request's {@code MS-RequestId}
   * @param fingerprint what identifies the request: method, path and a digest of the body
   * @param handler handles the request the first time
   * @return the answer, and whether it is a replay
   */
  public Result once(
      String caller, String requestId, String fingerprint, Supplier<ApiResponse> handler) {
    Objects.requireNonNull(handler, "handler");
    String key = caller + "\n" + requestId;
    Entry entry;
    boolean first;
    synchronized (entries) {
      entry = entries.get(key);
      first = entry == null;
      if (first) {
        entry = new Entry(fingerprint, new CompletableFuture<>());
        entries.put(key, entry);
      }
    }
    if (!first) {
      if (!entry.fingerprint().equals(fingerprint)) {
        throw reused(requestId);
      }
      try {
        return new Result(entry.answer().join(), true);
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      ApiResponse response = handler.get();
      entry.answer().complete(response);
      return new Result(response, false);
    } catch (ApiProblem problem) {
      // A denial is the request's answer too: a retry of it gets the same denial.
      entry.answer().completeExceptionally(problem);
      throw problem;
    } catch (RuntimeException e) {
      forget(key, entry);
      entry.answer().completeExceptionally(e);
      throw e;
    }
  }

  /**
   * Returns the answer to a request id used before for a different request.
   *
   * @param requestId the request id
   * @return a 409 saying what to send instead
   */
  public static ApiProblem reused(String requestId) {
    return ApiProblem.conflict(
        "MS-RequestId "
            + requestId
            + " was already used for a different request; send a new request id with each"
            + " new call and the same one only when retrying it (API-1).");
  }

  private void forget(String key, Entry entry) {
    synchronized (entries) {
      entries.remove(key, entry);
    }
  }
}
