package dev.partnerkit.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based (version 3) UUIDs, equal to {@link UUID#nameUUIDFromBytes} of the name's UTF-8 bytes.
 *
 * <p>Why not call that method: it looks up an MD5 implementation through the security providers on
 * every call, which costs more than the rest of applying an accepted invitation. Each thread keeps
 * one digest here instead. Thread-safe.
 */
final class NameUuids {
  private static final ThreadLocal<MessageDigest> MD5 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
              // Every Java platform must provide MD5 (MessageDigest's own documentation).
              throw new IllegalStateException("this JVM has no MD5", e);
            }
          });

  private NameUuids() {}

  /**
   * Returns the version 3 UUID of the name.
   *
   * @param name the name
   * @return the UUID, as {@link UUID#nameUUIDFromBytes} would make it
   */
  static UUID of(String name) {
    byte[] hash = MD5.get().digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x30); // version 3
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
    long most = 0;
    long least = 0;
    for (int i = 0; i < 8; i++) {
      most = (most << 8) | (hash[i] & 0xff);
      least = (least << 8) | (hash[i + 8] & 0xff);
    }
    return new UUID(most, least);
  }
}
