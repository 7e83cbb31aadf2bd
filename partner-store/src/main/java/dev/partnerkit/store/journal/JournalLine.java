package dev.partnerkit.store.journal;

import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.KeyedOutcome;
import dev.partnerkit.store.EventCodec;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * One line of a journal: an event, or the denial of a keyed action, as {@link EventCodec} writes
 * it, with a {@code "crc32"} field added at its end that holds the CRC-32 of the line's own JSON,
 * then a line break. A reader that ignores unknown fields reads an event line as the event; the
 * checksum catches a line that was damaged but still parses. A denial line starts with {@code
 * {"denied":}, the field no event has; every other line is an event.
 *
 * <p>Stateless and thread-safe.
 */
final class JournalLine {
  /** What a line holds. */
  sealed interface Entry {}

  /**
   * An event line.
   *
   * @param event the event, with its idempotency key if it has one
   */
  record EventEntry(Event event) implements Entry {}

  /**
   * A denial line.
   *
   * @param denial the denial of a keyed action
   */
  record DenialEntry(KeyedOutcome denial) implements Entry {}

  private static final byte[] DENIAL_START = "{\"denied\":".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] CRC_FIELD = ",\"crc32\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final int HEX_DIGITS = 8;

  /** Bytes the checksum adds after the event's own JSON, less its closing brace. */
  private static final int SUFFIX = CRC_FIELD.length + HEX_DIGITS + 2;

  private JournalLine() {}

  /**
   * Returns the event's line, line break included.
   *
   * @param event the event
   * @return the UTF-8 bytes
   * @throws JournalException when the event's JSON is not one line
   */
  static byte[] encode(Event event) {
    return line(EventCodec.encode(event), "Event " + event.sequence());
  }

  /**
   * Returns the denial's line, line break included.
   *
   * @param denial the denial of a keyed action
   * @return the UTF-8 bytes
   * @throws JournalException when the denial's JSON is not one line
   */
  static byte[] encode(KeyedOutcome denial) {
    return line(EventCodec.encodeDenial(denial), "The denial under key " + denial.key());
  }

  private static byte[] line(String json, String what) {
    if (json.indexOf('\n') >= 0 || !json.endsWith("}")) {
      throw new JournalException(what + " did not encode to one JSON object on one line.");
    }
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String crc = String.format("%08x", checksum(body, body.length - 1));
    ByteBuffer line = ByteBuffer.allocate(body.length - 1 + SUFFIX + 1);
    line.put(body, 0, body.length - 1)
        .put(CRC_FIELD)
        .put(crc.getBytes(StandardCharsets.US_ASCII))
        .put((byte) '"')
        .put((byte) '}')
        .put((byte) '\n');
    return line.array();
  }

  /**
   * Reads an event or a denial from a line without its line break.
   *
   * @param line the line's bytes
   * @return what the line holds
   * @throws IllegalArgumentException naming what is wrong: no checksum, a checksum that does not
   *     match, text that is not UTF-8, or JSON that is not an event or a denial
   */
  static Entry decode(byte[] line) {
    int bodyEnd = line.length - SUFFIX;
    if (bodyEnd < 1
        || !Arrays.equals(line, bodyEnd, bodyEnd + CRC_FIELD.length, CRC_FIELD, 0, CRC_FIELD.length)
        || line[line.length - 2] != '"'
        || line[line.length - 1] != '}') {
      throw new IllegalArgumentException("the line does not end with its \"crc32\" field");
    }
    String hex =
        new String(line, bodyEnd + CRC_FIELD.length, HEX_DIGITS, StandardCharsets.US_ASCII);
    long expected;
    try {
      expected = Long.parseLong(hex, 16);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("its \"crc32\" field is not 8 hex digits", e);
    }
    long actual = checksum(line, bodyEnd);
    if (actual != expected) {
      throw new IllegalArgumentException(
          "its checksum is " + String.format("%08x", actual) + ", but the line says " + hex);
    }
    String json;
    try {
      json =
          StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)
                  .decode(ByteBuffer.wrap(line, 0, bodyEnd))
                  .toString()
              + "}";
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the line is not valid UTF-8", e);
    }
    try {
      if (Arrays.equals(
          line, 0, Math.min(DENIAL_START.length, bodyEnd), DENIAL_START, 0, DENIAL_START.length)) {
        return new DenialEntry(EventCodec.decodeDenial(json));
      }
      return new EventEntry(EventCodec.decode(json));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Returns the CRC-32 of the first {@code length} bytes followed by the closing brace. */
  private static long checksum(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    crc.update('}');
    return crc.getValue();
  }
}
