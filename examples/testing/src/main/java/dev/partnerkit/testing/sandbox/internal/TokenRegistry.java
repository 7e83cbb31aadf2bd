package dev.partnerkit.testing.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Not API: issues the sandbox's bearer tokens and resolves them to callers.
 *
 * <p>A token is 256 random bits from {@link SecureRandom}, URL-safe Base64 with a {@code pks_}
 * prefix. The registry keeps only each token's SHA-256 digest and looks tokens up by it, so neither
 * a stored token nor the time a lookup takes gives a token away. Tokens expire after their
 * lifetime, measured on the sandbox's clock. Thread-safe.
 */
public final class TokenRegistry {
  private static final int SWEEP_EVERY = 256;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Grant> byDigest = new ConcurrentHashMap<>();

  /** What a token stands for, and until when. */
  private record Grant(Caller caller, Instant expiresAt) {}

  /**
   * Returns a new token for the caller.
   *
   * @param caller who the token speaks for
   * @param now the sandbox's time
   * @param lifetime how long the token stays valid
   * @return the token's text; shown once, never stored
   */
  public String issue(Caller caller, Instant now, Duration lifetime) {
    Objects.requireNonNull(caller, "caller");
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = "pks_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    if (byDigest.size() % SWEEP_EVERY == SWEEP_EVERY - 1) {
      byDigest.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
    }
    byDigest.put(digest(token), new Grant(caller, now.plus(lifetime)));
    return token;
  }

  /**
   * Returns the caller a token speaks for, when the token is one this registry issued and it has
   * not expired.
   *
   * @param token the token's text
   * @param now the sandbox's time
   * @return the caller; empty for a missing, forged or expired token
   */
  public Optional<Caller> resolve(String token, Instant now) {
    if (token == null || token.isEmpty() || token.length() > 512) {
      return Optional.empty();
    }
    String key = digest(token);
    Grant grant = byDigest.get(key);
    if (grant == null) {
      return Optional.empty();
    }
    if (!now.isBefore(grant.expiresAt())) {
      byDigest.remove(key, grant);
      return Optional.empty();
    }
    return Optional.of(grant.caller());
  }

  /** Returns {@code TokenRegistry[n tokens]}; never a token. */
  @Override
  public String toString() {
    return "TokenRegistry[" + byDigest.size() + " tokens]";
  }

  private static String digest(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
