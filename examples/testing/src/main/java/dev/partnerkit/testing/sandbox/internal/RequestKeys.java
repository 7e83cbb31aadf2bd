package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.rules.IdempotencyKey;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Not API: the program keys and the new ids of one request. A Partner Center request that changes
 * something and carries an {@code MS-RequestId} (API-4) applies each of its actions under a key
 * made of the caller, the request id and the action's place in the request, and makes each new id
 * (an order's, a subscription's, a cart's, a customer's) from the same three. A repeat of the
 * request, after a restart, on another instance sharing the store, or after its first answer was
 * lost, is then the same actions with the same ids, which the program answers with their first
 * outcomes instead of applying them again ({@link dev.partnerkit.rules.PartnerProgram#apply(
 * dev.partnerkit.rules.Action, java.time.Instant, IdempotencyKey)}). A request without a request id
 * keys nothing and makes random ids.
 *
 * <p>One request's: not thread-safe, as a request's handler runs on one thread.
 */
public final class RequestKeys {
  private final Optional<String> requestId;
  // A digest of the caller and the request id: keys stay within IdempotencyKey's length whatever
  // the header holds, and one caller's request ids never meet another's.
  private final String scope;
  private int actions;
  private int ids;

  private RequestKeys(Optional<String> requestId, String scope) {
    this.requestId = requestId;
    this.scope = scope;
  }

  /**
   * Returns the keys of a request that carries no request id: no key, random ids.
   *
   * @return the keys
   */
  public static RequestKeys none() {
    return new RequestKeys(Optional.empty(), "");
  }

  /**
   * Returns the keys of a caller's request with a request id.
   *
   * @param caller the caller's key ({@link Caller#key()})
   * @param requestId the request's {@code MS-RequestId}
   * @return the keys
   */
  public static RequestKeys of(String caller, String requestId) {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(requestId, "requestId");
    return new RequestKeys(
        Optional.of(requestId), Wire.sha256Hex(caller + "\n" + requestId).substring(0, 32));
  }

  /**
   * Returns the request id the keys come from.
   *
   * @return the {@code MS-RequestId}; empty when the request has none
   */
  public Optional<String> requestId() {
    return requestId;
  }

  /**
   * Returns the key of the request's next action: the first action of a repeat gets the first
   * action's key, and so on.
   *
   * @return the key; empty when the request has no request id
   */
  public Optional<IdempotencyKey> nextKey() {
    if (requestId.isEmpty()) {
      return Optional.empty();
    }
    actions++;
    return Optional.of(IdempotencyKey.of("ms-request:" + scope + "#" + actions));
  }

  /**
   * Returns the request's next new id: the same on a repeat of the request when it has a request
   * id, random otherwise.
   *
   * @return the id
   */
  public UUID newId() {
    if (requestId.isEmpty()) {
      return UUID.randomUUID();
    }
    ids++;
    return UUID.nameUUIDFromBytes((scope + "/id/" + ids).getBytes(StandardCharsets.UTF_8));
  }
}
