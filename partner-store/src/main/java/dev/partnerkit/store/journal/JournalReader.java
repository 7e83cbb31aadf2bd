package dev.partnerkit.store.journal;

import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.KeyedOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a journal file line by line and decides what a crash left: good lines, a torn last line to
 * drop, or damage before the last line, which it refuses. A line is good when it ends with a line
 * break and {@link JournalLine#decode} reads it. Reads only; {@link Journal} repairs.
 *
 * <p>Not thread-safe; one instance reads one file once.
 */
final class JournalReader {
  /**
   * The format this version writes, and the newest it reads. Version 2 added idempotency keys:
   * event lines that carry {@code "key"} and denial lines. Version 1 journals hold neither and read
   * as they are; {@link Journal} raises a version-1 header to 2 before it writes the first line
   * that holds a key, so that a Partnerkit that reads only version 1 refuses the journal rather
   * than ignore its keys and apply a repeated action twice.
   */
  static final int FORMAT_VERSION = 2;

  /** The oldest format this version reads. */
  static final int OLDEST_VERSION = 1;

  /** The first line of every journal, without its line break. */
  static final String HEADER =
      "{\"format\":\"partnerkit-journal\",\"version\":" + FORMAT_VERSION + "}";

  private static final Pattern HEADER_LINE =
      Pattern.compile("\\{\"format\":\"partnerkit-journal\",\"version\":(\\d{1,9})}");

  private static final byte[] HEADER_BYTES = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);

  private static final int CHUNK = 1 << 16;

  /**
   * What a scan found.
   *
   * @param events the events of the good lines, in sequence order
   * @param denials the denials of the good lines, in file order
   * @param validLength the offset just after the last good line's line break
   * @param validLines the number of good lines, the header included
   * @param droppedBytes the length of a torn last line after {@code validLength}, or 0
   * @param tornLine the torn line's number (the header is line 1), or 0
   * @param needsHeader whether the file holds no complete header: new, empty, or torn at creation
   * @param version the header's format version; {@link #FORMAT_VERSION} when it needs a header
   */
  record Scan(
      List<Event> events,
      List<KeyedOutcome> denials,
      long validLength,
      long validLines,
      long droppedBytes,
      long tornLine,
      boolean needsHeader,
      int version) {}

  /** A decoded event line and where it was, for messages. */
  private record Entry(Event event, long line, long offset) {}

  /** A line that would not decode, kept until it is known whether another line follows it. */
  private record Bad(long line, long offset, long length, String reason) {}

  private final Path file;
  private final List<Entry> entries = new ArrayList<>();
  private final List<KeyedOutcome> denials = new ArrayList<>();
  private int version = FORMAT_VERSION;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private long lineNumber;
  private long lineStart;
  private long validLength;
  private Bad bad;

  private JournalReader(Path file) {
    this.file = file;
  }

  /**
   * Reads the whole file from the channel's start.
   *
   * @param channel the open journal
   * @param file its path, for messages
   * @return what was found
   * @throws IOException when the file cannot be read
   * @throws JournalException when the file is not a journal of this format, or is damaged before
   *     its last line
   */
  static Scan scan(FileChannel channel, Path file) throws IOException {
    return new JournalReader(file).read(channel, 0);
  }

  /**
   * Checks the header, then reads the file from a line's start onwards, as if the lines before it
   * were read and good: for a snapshot that holds everything before that line.
   *
   * @param channel the open journal
   * @param file its path, for messages
   * @param offset where a line starts, after the header
   * @param lines the number of lines before it, the header included
   * @return what was found from {@code offset} on; its events and denials are those after it
   * @throws IOException when the file cannot be read
   * @throws JournalException when the file is not a journal of this format, or is damaged after
   *     {@code offset} before its last line
   */
  static Scan scanFrom(FileChannel channel, Path file, long offset, long lines) throws IOException {
    JournalReader reader = new JournalReader(file);
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES.length);
    while (header.hasRemaining() && channel.read(header, header.position()) > 0) {
      // Reads until the header's length is in or the file ends.
    }
    byte[] bytes = header.array();
    if (header.hasRemaining() || bytes[bytes.length - 1] != '\n' || offset < bytes.length) {
      throw reader.notAJournal("its first line is not the journal header ");
    }
    reader.checkHeader(Arrays.copyOf(bytes, bytes.length - 1));
    reader.lineNumber = lines;
    reader.lineStart = offset;
    reader.validLength = offset;
    return reader.read(channel, offset);
  }

  private Scan read(FileChannel channel, long start) throws IOException {
    long size = channel.size();
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    long position = start;
    while (position < size) {
      buffer.clear();
      int n = channel.read(buffer, position);
      if (n < 0) {
        break;
      }
      byte[] bytes = buffer.array();
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (bytes[i] == '\n') {
          line.write(bytes, from, i - from);
          completeLine(position + i + 1);
          from = i + 1;
        }
      }
      line.write(bytes, from, n - from);
      position += n;
      if (lineNumber == 0 && line.size() >= HEADER_BYTES.length) {
        throw notAJournal("it does not start with the journal header ");
      }
    }
    return finish(position);
  }

  /** Handles the line that ends with the line break just before {@code end}. */
  private void completeLine(long end) {
    lineNumber++;
    if (bad != null) {
      throw damaged(bad);
    }
    byte[] bytes = line.toByteArray();
    line.reset();
    if (lineNumber == 1) {
      checkHeader(bytes);
      validLength = end;
    } else {
      try {
        JournalLine.Entry entry = JournalLine.decode(bytes);
        if (entry instanceof JournalLine.EventEntry e) {
          entries.add(new Entry(e.event(), lineNumber, lineStart));
        } else {
          denials.add(((JournalLine.DenialEntry) entry).denial());
        }
        validLength = end;
      } catch (IllegalArgumentException e) {
        bad = new Bad(lineNumber, lineStart, end - lineStart, e.getMessage());
      }
    }
    lineStart = end;
  }

  private Scan finish(long size) {
    byte[] rest = line.toByteArray();
    if (lineNumber == 0) {
      // No complete line: a new file, or a crash while the header was written.
      if (!startsHeader(rest)) {
        throw notAJournal("it does not start with the journal header ");
      }
      return new Scan(
          List.of(), List.of(), 0, 0, rest.length, rest.length == 0 ? 0 : 1, true, FORMAT_VERSION);
    }
    if (bad != null && rest.length > 0) {
      throw damaged(bad);
    }
    List<Event> events = sortedEvents();
    if (bad != null) {
      return new Scan(
          events, denials, validLength, lineNumber - 1, bad.length(), bad.line(), false, version);
    }
    return new Scan(
        events,
        denials,
        validLength,
        lineNumber,
        size - validLength,
        rest.length == 0 ? 0 : lineNumber + 1,
        false,
        version);
  }

  private List<Event> sortedEvents() {
    entries.sort(Comparator.comparingLong((Entry e) -> e.event().sequence()));
    List<Event> events = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (i > 0 && entries.get(i - 1).event().sequence() == entry.event().sequence()) {
        Entry first = entries.get(i - 1);
        throw new JournalException(
            "Journal "
                + file
                + " is damaged: lines "
                + Math.min(first.line(), entry.line())
                + " and "
                + Math.max(first.line(), entry.line())
                + " both hold event "
                + entry.event().sequence()
                + "; nothing was changed. A journal holds each event once: restore it from a copy.");
      }
      events.add(entry.event());
    }
    return events;
  }

  private void checkHeader(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Matcher m = HEADER_LINE.matcher(text);
    if (!m.matches()) {
      throw notAJournal("its first line is not the journal header ");
    }
    int found = Integer.parseInt(m.group(1));
    if (found < OLDEST_VERSION || found > FORMAT_VERSION) {
      throw new JournalException(
          "Journal "
              + file
              + " is in format version "
              + found
              + ", but this version of Partnerkit reads versions "
              + OLDEST_VERSION
              + " to "
              + FORMAT_VERSION
              + "; open it with the Partnerkit version that wrote it.");
    }
    version = found;
  }

  private JournalException notAJournal(String why) {
    return new JournalException(
        "File "
            + file
            + " is not a Partnerkit journal: "
            + why
            + HEADER
            + ". Name a new file, or the journal this library wrote; nothing was changed.");
  }

  private static boolean startsHeader(byte[] rest) {
    return rest.length < HEADER_BYTES.length
        && Arrays.equals(rest, 0, rest.length, HEADER_BYTES, 0, rest.length);
  }

  private JournalException damaged(Bad at) {
    return new JournalException(
        "Journal "
            + file
            + " is damaged at line "
            + at.line()
            + " (byte offset "
            + at.offset()
            + "): "
            + at.reason()
            + ". More follows it, so it is not a line torn by a crash; nothing was changed."
            + " Restore the journal from a copy, or, if nothing from that line on was ever"
            + " acknowledged, truncate the file to "
            + at.offset()
            + " bytes.");
  }

  /** Returns the header line's bytes, line break included. */
  static ByteBuffer header() {
    return ByteBuffer.wrap(HEADER_BYTES.clone());
  }

  /**
   * Returns the byte offset of the header's version digit, which {@link Journal} rewrites in place
   * to raise a version-1 journal to this format: both headers are the same length.
   */
  static int versionOffset() {
    return HEADER.length() - 2;
  }
}
