package dev.partnerkit.store.journal;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Key;
import dev.partnerkit.rules.KeyedOutcome;
import dev.partnerkit.rules.MemoryStorage;
import dev.partnerkit.rules.ProgramSnapshot;
import dev.partnerkit.store.CustomerStateDocument;
import dev.partnerkit.store.EventCodec;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A snapshot of a journal program's whole state, in a file beside the journal named {@code
 * <journal>.snapshot-<last sequence, 19 digits>}: what {@link MemoryStorage#image()} holds, plus
 * where in the journal it was taken.
 *
 * <p><b>Format.</b> UTF-8 JSON lines. The first is the header, {@code {"format":
 * "partnerkit-journal-snapshot", "version": 1, "lastSequence": ..., "journalOffset": ...,
 * "journalLines": ..., "journalTail": "<crc32>", "partnerClock": ...}}; then one line per partner
 * ({@code {"partner": ...}}), per customer ({@code {"customer": <state>, "clock": ...,
 * "invitations": [...], "relationships": [...], "linked": [...]}}, with the ids it claims and the
 * partners linked to it), per relationship display name ({@code {"displayName": ...}}) and per
 * idempotency key ({@code {"keyed": <event or denial as EventCodec writes it>}}); last the trailer
 * {@code {"end": <lines before it>, "crc32": "<CRC-32 of every byte before it>"}}. A file without
 * its trailer, or whose checksum or line count does not match, is not a snapshot.
 *
 * <p><b>Writing</b> is atomic: a temporary file {@code <name>.tmp} is written and forced, renamed
 * over the final name in one atomic move, and the directory forced, so a crash at any point leaves
 * either no new snapshot or the whole one. Older snapshots than the one before are deleted after.
 *
 * <p><b>Matching its journal.</b> The header names the journal's length when the snapshot was taken
 * and the CRC-32 of the bytes just before it; a journal that is shorter or differs there is not the
 * one the snapshot was taken beside (replaced, or restored from an older copy), and the snapshot is
 * not used.
 *
 * <p>Stateless and thread-safe: a utility class.
 */
final class SnapshotFile {
  private static final System.Logger LOG = System.getLogger(SnapshotFile.class.getName());

  static final String FORMAT = "partnerkit-journal-snapshot";
  static final int VERSION = 1;

  /** How many snapshots are kept: the newest and the one before, to fall back to. */
  static final int KEPT = 2;

  private static final String INFIX = ".snapshot-";
  private static final String TEMPORARY = ".tmp";
  private static final int CHUNK = 1 << 16;

  private static final ObjectWriter HEADER_WRITER = PartnerJson.mapper().writerFor(Header.class);
  private static final ObjectReader HEADER_READER = PartnerJson.mapper().readerFor(Header.class);
  private static final ObjectWriter PARTNER_WRITER =
      PartnerJson.mapper().writerFor(PartnerLine.class);
  private static final ObjectReader PARTNER_READER =
      PartnerJson.mapper().readerFor(PartnerLine.class);
  private static final ObjectWriter CUSTOMER_WRITER =
      PartnerJson.mapper().writerFor(CustomerLine.class);
  private static final ObjectReader CUSTOMER_READER =
      PartnerJson.mapper().readerFor(CustomerLine.class);
  private static final ObjectWriter NAME_WRITER =
      PartnerJson.mapper().writerFor(DisplayNameLine.class);
  private static final ObjectReader NAME_READER =
      PartnerJson.mapper().readerFor(DisplayNameLine.class);

  private static final byte[] PARTNER = prefix("partner");
  private static final byte[] CUSTOMER = prefix("customer");
  private static final byte[] DISPLAY_NAME = prefix("displayName");
  private static final byte[] KEYED = prefix("keyed");
  private static final byte[] END = prefix("end");

  private static final Pattern TRAILER =
      Pattern.compile("\\{\"end\":(\\d{1,18}),\"crc32\":\"([0-9a-f]{8})\"}");

  private SnapshotFile() {}

  /**
   * The first line.
   *
   * @param format always {@link #FORMAT}
   * @param version the format version
   * @param lastSequence the last event in the snapshot
   * @param journalOffset the journal's length when the snapshot was taken: its lines after that are
   *     read on opening
   * @param journalLines the journal's lines up to that offset, the header included
   * @param journalTail the CRC-32 of the journal's bytes just before that offset, as 8 hex digits
   * @param partnerClock the time of the last partner action; absent before the first
   */
  private record Header(
      String format,
      int version,
      long lastSequence,
      long journalOffset,
      long journalLines,
      String journalTail,
      Optional<Instant> partnerClock) {}

  private record PartnerLine(Partner partner) {}

  /** A customer's state, with the time of its last action and what it holds in the indexes. */
  private record CustomerLine(
      CustomerStateDocument customer,
      Instant clock,
      List<InvitationId> invitations,
      List<RelationshipId> relationships,
      List<PartnerId> linked) {}

  private record DisplayName(PartnerId partner, String displayName, RelationshipId relationship) {}

  private record DisplayNameLine(DisplayName displayName) {}

  /**
   * A snapshot read back whole and checked.
   *
   * @param file the snapshot's file
   * @param image what it holds
   * @param start where in the journal to go on reading
   * @param tailCrc the CRC-32 of the journal's bytes just before {@code start}
   */
  record Loaded(Path file, MemoryStorage.Image image, Journal.Start start, long tailCrc) {}

  /** Why a file is not a usable snapshot; the message says so for a log line. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message, null, false, false);
    }
  }

  private static byte[] prefix(String field) {
    return ("{\"" + field + "\":").getBytes(StandardCharsets.US_ASCII);
  }

  /** Returns the name of the snapshot of {@code journal} at a sequence number. */
  static Path path(Path journal, long lastSequence) {
    return journal.resolveSibling(
        journal.getFileName() + INFIX + String.format("%019d", lastSequence));
  }

  /**
   * Writes a snapshot atomically beside the journal and deletes all but the {@value #KEPT} newest.
   *
   * @param journal the journal's path
   * @param image the state
   * @param position where in the journal the state was taken; everything before it is in it
   * @return the snapshot's file and size
   * @throws IOException when the file cannot be written; the snapshots before stay as they were
   */
  static JournalSnapshot write(Path journal, MemoryStorage.Image image, Journal.Position position)
      throws IOException {
    Path target = path(journal, image.lastSequence());
    Path temporary = target.resolveSibling(target.getFileName() + TEMPORARY);
    CRC32 crc = new CRC32();
    long lines = 0;
    try (FileChannel channel =
            FileChannel.open(
                temporary,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), CHUNK)) {
      lines += line(out, crc, HEADER_WRITER.writeValueAsBytes(header(image, position)));
      for (Partner partner : image.state().partners().values()) {
        lines += line(out, crc, PARTNER_WRITER.writeValueAsBytes(new PartnerLine(partner)));
      }
      Map<CustomerId, List<InvitationId>> invitations = invert(image.invitations());
      Map<CustomerId, List<RelationshipId>> relationships = invert(image.relationships());
      Map<CustomerId, List<PartnerId>> linked = new HashMap<>();
      image
          .linked()
          .forEach(
              (partner, ids) -> {
                for (CustomerId id : ids) {
                  linked.computeIfAbsent(id, k -> new ArrayList<>(2)).add(partner);
                }
              });
      Set<CustomerId> unknown = new HashSet<>(invitations.keySet());
      unknown.addAll(relationships.keySet());
      unknown.addAll(linked.keySet());
      unknown.removeAll(image.state().customers().keySet());
      if (!unknown.isEmpty()) {
        throw new IllegalStateException(
            "the program's indexes name customers it does not hold: " + unknown);
      }
      for (Map.Entry<CustomerId, CustomerState> customer : image.state().customers().entrySet()) {
        CustomerId id = customer.getKey();
        CustomerLine line =
            new CustomerLine(
                CustomerStateDocument.of(customer.getValue()),
                image.clocks().get(id),
                invitations.getOrDefault(id, List.of()),
                relationships.getOrDefault(id, List.of()),
                linked.getOrDefault(id, List.of()));
        lines += line(out, crc, CUSTOMER_WRITER.writeValueAsBytes(line));
      }
      for (Key.DisplayName name : image.displayNames()) {
        DisplayNameLine line =
            new DisplayNameLine(
                new DisplayName(name.partner(), name.displayName(), name.relationship()));
        lines += line(out, crc, NAME_WRITER.writeValueAsBytes(line));
      }
      for (KeyedOutcome outcome : image.keyed()) {
        String json = "{\"keyed\":" + EventCodec.encodeKeyed(outcome) + "}";
        lines += line(out, crc, json.getBytes(StandardCharsets.UTF_8));
      }
      String trailer =
          "{\"end\":" + lines + ",\"crc32\":\"" + String.format("%08x", crc.getValue()) + "\"}\n";
      out.write(trailer.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      channel.force(true);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    // The rename is the commit point: before it the new name does not exist, after it the name
    // holds the whole forced file; forcing the directory makes the rename itself survive a crash.
    Files.move(
        temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    Journal.forceDirectory(target.toAbsolutePath().getParent());
    long size = Files.size(target);
    List<Path> all = list(journal);
    for (Path old : all.subList(Math.min(KEPT, all.size()), all.size())) {
      try {
        Files.deleteIfExists(old);
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "Could not delete old snapshot " + old, e);
      }
    }
    return new JournalSnapshot(target, image.lastSequence(), size);
  }

  private static Header header(MemoryStorage.Image image, Journal.Position position) {
    return new Header(
        FORMAT,
        VERSION,
        image.lastSequence(),
        position.offset(),
        position.lines(),
        String.format("%08x", position.tailCrc()),
        image.partnerClock().equals(Instant.MIN)
            ? Optional.empty()
            : Optional.of(image.partnerClock()));
  }

  private static int line(OutputStream out, CRC32 crc, byte[] json) throws IOException {
    out.write(json);
    out.write('\n');
    crc.update(json);
    crc.update('\n');
    return 1;
  }

  private static <K> Map<CustomerId, List<K>> invert(Map<K, CustomerId> index) {
    Map<CustomerId, List<K>> inverted = new HashMap<>();
    index.forEach(
        (k, customer) -> inverted.computeIfAbsent(customer, c -> new ArrayList<>(4)).add(k));
    return inverted;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * Returns the snapshots of a journal, newest first.
   *
   * @param journal the journal's path
   * @return the snapshot files
   * @throws IOException when the directory cannot be listed
   */
  static List<Path> list(Path journal) throws IOException {
    List<Path> found = new ArrayList<>();
    Pattern name = Pattern.compile(Pattern.quote(journal.getFileName() + INFIX) + "\\d{19}");
    try (DirectoryStream<Path> dir =
        Files.newDirectoryStream(journal.toAbsolutePath().getParent())) {
      for (Path path : dir) {
        if (name.matcher(path.getFileName().toString()).matches()) {
          found.add(path);
        }
      }
    }
    found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
    return found;
  }

  /**
   * Deletes what a crash while writing a snapshot left: temporary files that were never renamed,
   * and so never a snapshot.
   */
  static void deleteTemporaries(Path journal) throws IOException {
    Pattern name =
        Pattern.compile(
            Pattern.quote(journal.getFileName() + INFIX) + "\\d{19}" + Pattern.quote(TEMPORARY));
    try (DirectoryStream<Path> dir =
        Files.newDirectoryStream(journal.toAbsolutePath().getParent())) {
      for (Path path : dir) {
        if (name.matcher(path.getFileName().toString()).matches()) {
          LOG.log(
              System.Logger.Level.INFO,
              "Deleting {0}: a snapshot a crash interrupted before it was complete",
              path);
          Files.deleteIfExists(path);
        }
      }
    }
  }

  /**
   * Returns the newest snapshot of the journal that reads whole, passes its checksum and was taken
   * beside this very journal; each one that does not is logged and passed over.
   *
   * @param journal the journal's path
   * @param channel the open, locked journal
   * @return the snapshot, or empty when none is usable: the journal is then read whole
   * @throws IOException when the directory or the journal cannot be read
   */
  static Optional<Loaded> latest(Path journal, FileChannel channel) throws IOException {
    deleteTemporaries(journal);
    long size = channel.size();
    for (Path file : list(journal)) {
      try {
        Loaded loaded = read(file);
        long offset = loaded.start().offset();
        if (offset < JournalReader.header().remaining() || loaded.start().lines() < 1) {
          throw new Unusable("its journal offset " + offset + " is inside the journal's header");
        }
        if (offset > size || Journal.tailCrc(channel, offset) != loaded.tailCrc()) {
          throw new Unusable(
              "it was taken beside a journal that differs from this one before byte offset "
                  + offset
                  + " (the journal was replaced, or restored from an older copy)");
        }
        return Optional.of(loaded);
      } catch (Unusable e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "Journal {0}: not using snapshot {1}: {2}; trying an older one, else reading the whole"
                + " journal",
            journal,
            file.getFileName(),
            e.getMessage());
      } catch (NoSuchFileException e) {
        // Deleted since it was listed; an older one may do.
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a snapshot whole and checks its trailer.
   *
   * @param file the snapshot
   * @return what it holds
   * @throws Unusable when it is partial, damaged or not a snapshot of this format
   * @throws IOException when it cannot be read
   */
  static Loaded read(Path file) throws IOException, Unusable {
    Reader reader = new Reader();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[CHUNK];
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            line.write(buffer, from, i - from);
            reader.line(line.toByteArray());
            line.reset();
            from = i + 1;
          }
        }
        line.write(buffer, from, n - from);
      }
      if (line.size() > 0 || !reader.ended) {
        throw new Unusable(
            "it ends before its closing line: a partial snapshot, from a crash while it was"
                + " written or a damaged file");
      }
    }
    return reader.loaded(file);
  }

  /** Decodes a snapshot's lines in order. Not thread-safe. */
  private static final class Reader {
    private final CRC32 crc = new CRC32();
    private long lines;
    private boolean ended;
    private Header header;
    private final Map<PartnerId, Partner> partners = new HashMap<>();
    private final Map<CustomerId, CustomerState> customers = new HashMap<>();
    private final Map<CustomerId, Instant> clocks = new HashMap<>();
    private final Map<InvitationId, CustomerId> invitations = new HashMap<>();
    private final Map<RelationshipId, CustomerId> relationships = new HashMap<>();
    private final Map<PartnerId, Set<CustomerId>> linked = new HashMap<>();
    private final List<Key.DisplayName> displayNames = new ArrayList<>();
    private final List<KeyedOutcome> keyed = new ArrayList<>();

    void line(byte[] bytes) throws Unusable {
      if (ended) {
        throw new Unusable("more follows its closing line");
      }
      if (lines > 0 && startsWith(bytes, END)) {
        end(bytes);
        return;
      }
      crc.update(bytes);
      crc.update('\n');
      lines++;
      try {
        decode(bytes);
      } catch (IOException | RuntimeException e) {
        throw new Unusable("line " + lines + " does not decode: " + e.getMessage());
      }
    }

    private void end(byte[] bytes) throws Unusable {
      Matcher m = TRAILER.matcher(new String(bytes, StandardCharsets.US_ASCII));
      if (!m.matches()) {
        throw new Unusable("its closing line is damaged");
      }
      long count = Long.parseLong(m.group(1));
      long expected = Long.parseLong(m.group(2), 16);
      if (count != lines || expected != crc.getValue()) {
        throw new Unusable(
            "its checksum is "
                + String.format("%08x", crc.getValue())
                + " over "
                + lines
                + " lines, but its closing line says "
                + m.group(2)
                + " over "
                + count);
      }
      ended = true;
    }

    private void decode(byte[] bytes) throws IOException, Unusable {
      if (lines == 1) {
        header = HEADER_READER.readValue(bytes);
        if (header == null || !FORMAT.equals(header.format())) {
          throw new Unusable("it does not start with a snapshot header");
        }
        if (header.version() != VERSION) {
          throw new Unusable(
              "it is in snapshot format version "
                  + header.version()
                  + ", but this version of Partnerkit reads version "
                  + VERSION);
        }
      } else if (startsWith(bytes, CUSTOMER)) {
        CustomerLine line = CUSTOMER_READER.readValue(bytes);
        CustomerId id = line.customer().customer().getId();
        customers.put(id, line.customer().toState());
        clocks.put(id, line.clock());
        for (InvitationId invitation : orEmpty(line.invitations())) {
          invitations.put(invitation, id);
        }
        for (RelationshipId relationship : orEmpty(line.relationships())) {
          relationships.put(relationship, id);
        }
        for (PartnerId partner : orEmpty(line.linked())) {
          linked.computeIfAbsent(partner, k -> new HashSet<>()).add(id);
        }
      } else if (startsWith(bytes, PARTNER)) {
        Partner partner = PARTNER_READER.<PartnerLine>readValue(bytes).partner();
        partners.put(partner.getId(), partner);
      } else if (startsWith(bytes, DISPLAY_NAME)) {
        DisplayName name = NAME_READER.<DisplayNameLine>readValue(bytes).displayName();
        displayNames.add(
            new Key.DisplayName(name.partner(), name.displayName(), name.relationship()));
      } else if (startsWith(bytes, KEYED)) {
        String json = new String(bytes, StandardCharsets.UTF_8);
        keyed.add(EventCodec.decodeKeyed(json.substring(KEYED.length, json.length() - 1)));
      } else {
        throw new Unusable("line " + lines + " is of no kind a snapshot holds");
      }
    }

    Loaded loaded(Path file) throws Unusable {
      try {
        MemoryStorage.Image image =
            new MemoryStorage.Image(
                new ProgramSnapshot(partners, customers),
                header.partnerClock().orElse(Instant.MIN),
                clocks,
                invitations,
                relationships,
                displayNames,
                linked,
                keyed,
                header.lastSequence());
        long tail = Long.parseLong(header.journalTail(), 16);
        return new Loaded(
            file,
            image,
            new Journal.Start(header.journalOffset(), header.journalLines(), header.lastSequence()),
            tail);
      } catch (RuntimeException e) {
        throw new Unusable("it does not hold a whole program: " + e.getMessage());
      }
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
