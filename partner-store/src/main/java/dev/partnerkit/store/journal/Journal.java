package dev.partnerkit.store.journal;

import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.EventSink;
import dev.partnerkit.rules.KeyedOutcome;
import dev.partnerkit.store.EventCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;

/**
 * An append-only journal file of program events, and the {@link EventSink} that writes it. {@link
 * #append(Event)} returns only once the event's line is written and forced to the disk, so an
 * action the program acknowledged survives any crash after that.
 *
 * <p><b>Format.</b> UTF-8 JSON lines. The first line is the header {@code
 * {"format":"partnerkit-journal","version":2}}; each further line is one event as {@link
 * EventCodec} writes it (with its idempotency key, if it has one), or the denial of an action given
 * with an idempotency key ({@link #denied(KeyedOutcome)}), with a last field {@code "crc32"} that
 * holds the CRC-32 (eight lowercase hex digits) of the line's JSON without that field. The checksum
 * catches a line that was damaged but still parses. Version 1, written before idempotency keys, has
 * no keys and no denial lines and opens as it is; its header is raised to version 2, in place and
 * forced, just before the first line that holds a key is written, so that an older Partnerkit
 * refuses the journal instead of ignoring its keys.
 *
 * <p><b>Opening recovers.</b> {@link #open(Path, Durability)} creates the file if it is absent (and
 * forces its directory, so that the new name survives a crash too), takes an exclusive lock on it,
 * and reads every line. A last line that has no line break or does not decode was torn by a crash
 * while it was written, before it could be acknowledged: it is cut off, with a warning that names
 * its byte offset. A bad line that is not the last is damage no crash explains: opening refuses
 * with a {@link JournalException} that names the line and its offset and changes nothing. {@link
 * #recoveredEvents()} returns what was read, in sequence order, and {@link #recoveredDenials()} the
 * denials.
 *
 * <p><b>One writer.</b> A second open of the same file, from this process or another, is refused
 * while the first is open; the lock goes with the process, so a crashed writer never blocks the
 * next one.
 *
 * <p><b>Writing.</b> Appends queue to one writer thread that owns the file, so that interrupting an
 * appending thread cannot close the channel under the others; an appender waits, ignoring
 * interrupts but keeping its interrupt status, until the force that covers its line is done. Lines
 * reach the file in the order appends arrive, so one customer's events stay in sequence order;
 * different customers' events may interleave out of sequence order, which replay, reading in
 * sequence order, does not mind. Sequence numbers may have gaps where an action was never
 * acknowledged. {@link Durability} chooses between one force per event and group commit.
 *
 * <p><b>Failure.</b> If a write or force fails, the journal stops: that append and every later one
 * throws {@link JournalException}, and the program applies none of those actions. Whether the
 * failed event reached the file is unknown until the journal is opened again, which keeps every
 * acknowledged event.
 *
 * <p>Thread-safe. Create with {@link #open(Path)} or {@link #open(Path, Durability)}; close when
 * done.
 */
public final class Journal implements EventSink, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Journal.class.getName());

  /** Most bytes one group commit writes at once; a single larger line is written alone. */
  private static final int MAX_BATCH_BYTES = 1 << 20;

  private final Path file;
  private final Durability durability;
  private final FileChannel channel;
  private final List<Event> recoveredEvents;
  private final List<KeyedOutcome> recoveredDenials;
  private final JournalRecovery recovery;
  private final Thread writer;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final Condition done = lock.newCondition();
  private final ArrayDeque<Line> pending = new ArrayDeque<>();

  /** A line waiting to be written, and whether it holds an idempotency key. */
  private record Line(byte[] bytes, boolean keyed) {}

  /** The header's format version; written by the writer thread only, once it runs. */
  private int version;

  /** The file's length up to the last forced line; guarded by {@link #lock}. */
  private long durableLength;

  /** The number of lines up to the last forced one, the header included; guarded by lock. */
  private long durableLines;

  /** Lines appended so far; guarded by {@link #lock}. */
  private long enqueued;

  /** Lines the writer has taken from {@link #pending}; guarded by {@link #lock}. */
  private long taken;

  /** Lines written and forced; guarded by {@link #lock}. */
  private long durable;

  /** Set by {@link #close()}; guarded by {@link #lock}. */
  private boolean closing;

  /** Why the writer stopped, if a write or force failed; guarded by {@link #lock}. */
  private Throwable failure;

  private final Object closeLock = new Object();
  private boolean closed;

  private Journal(
      Path file,
      Durability durability,
      FileChannel channel,
      JournalReader.Scan scan,
      JournalRecovery recovery) {
    this.file = file;
    this.durability = durability;
    this.channel = channel;
    this.recoveredEvents = List.copyOf(scan.events());
    this.recoveredDenials = List.copyOf(scan.denials());
    this.recovery = recovery;
    this.version = scan.version();
    this.durableLength = recovery.length();
    this.durableLines = scan.needsHeader() ? 1 : scan.validLines();
    this.writer = new Thread(this::writeLoop, "partnerkit-journal " + file.getFileName());
    this.writer.setDaemon(true);
  }

  /**
   * Opens a journal that forces each event alone ({@link Durability#SYNC_EACH}), creating it if
   * absent and recovering it if a crash tore its last line.
   *
   * @param file the journal file; its directory must exist
   * @return the open journal
   * @throws JournalException when the file is in use, is not a journal, is damaged before its last
   *     line, or cannot be read or written
   */
  public static Journal open(Path file) {
    return open(file, Durability.SYNC_EACH);
  }

  /**
   * Opens a journal, creating it if absent and recovering it if a crash tore its last line.
   *
   * @param file the journal file; its directory must exist
   * @param durability how appends are forced to the disk
   * @return the open journal
   * @throws JournalException when the file is in use, is not a journal, is damaged before its last
   *     line, or cannot be read or written
   */
  public static Journal open(Path file, Durability durability) {
    return open(file, durability, (channel, path) -> Optional.empty());
  }

  /**
   * Where a scan of a journal may start instead of its beginning: just after a line that a snapshot
   * holds everything up to.
   *
   * @param offset where the next line starts
   * @param lines the number of lines before it, the header included
   * @param sequence the snapshot's last sequence number: events up to it are in the snapshot
   */
  record Start(long offset, long lines, long sequence) {}

  /** Finds where to start reading a journal, once it is open and locked. */
  @FunctionalInterface
  interface Starting {
    /**
     * Returns where to start, or empty to read the whole journal.
     *
     * @param channel the open, locked journal; reads only
     * @param file its path
     * @return the start
     * @throws IOException when the journal cannot be read
     */
    Optional<Start> find(FileChannel channel, Path file) throws IOException;
  }

  /**
   * Opens a journal as {@link #open(Path, Durability)} does, but reads it from where {@code
   * starting} says once it holds the lock: the events and denials recovered are those after that
   * point, and only they are checked.
   */
  static Journal open(Path file, Durability durability, Starting starting) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(durability, "durability");
    Path path = file.toAbsolutePath().normalize();
    FileChannel channel;
    boolean created;
    try {
      try {
        channel =
            FileChannel.open(
                path,
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        created = true;
      } catch (FileAlreadyExistsException e) {
        channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        created = false;
      }
    } catch (NoSuchFileException e) {
      throw new JournalException(
          "Cannot create journal " + path + ": its directory does not exist; create it first.", e);
    } catch (IOException e) {
      throw new JournalException("Cannot open journal " + path + ": " + e, e);
    }
    try {
      lockOrRefuse(channel, path);
      Optional<Start> start = created ? Optional.empty() : starting.find(channel, path);
      Journal journal = recover(channel, path, created, durability, start);
      journal.writer.start();
      return journal;
    } catch (IOException e) {
      closeQuietly(channel, e);
      throw new JournalException("Cannot read or repair journal " + path + ": " + e, e);
    } catch (RuntimeException | Error e) {
      closeQuietly(channel, e);
      throw e;
    }
  }

  private static void lockOrRefuse(FileChannel channel, Path path) throws IOException {
    FileLock fileLock;
    try {
      fileLock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      fileLock = null;
    }
    if (fileLock == null) {
      throw new JournalException(
          "Journal "
              + path
              + " is in use: another process, or another Journal in this one, has it open."
              + " A journal has one writer at a time; close the other one first.");
    }
  }

  private static Journal recover(
      FileChannel channel, Path path, boolean created, Durability durability, Optional<Start> start)
      throws IOException {
    JournalReader.Scan scan =
        start.isPresent()
            ? JournalReader.scanFrom(channel, path, start.get().offset(), start.get().lines())
            : JournalReader.scan(channel, path);
    long length = scan.validLength();
    if (scan.droppedBytes() > 0) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Journal {0}: dropped a torn last line (line {1}, {2} bytes at byte offset {3}) left by a"
              + " crash while it was written; it was never acknowledged",
          path,
          String.valueOf(scan.tornLine()),
          String.valueOf(scan.droppedBytes()),
          String.valueOf(length));
      channel.truncate(length);
      channel.force(true);
    }
    if (scan.needsHeader()) {
      ByteBuffer header = JournalReader.header();
      length = header.remaining();
      while (header.hasRemaining()) {
        channel.write(header, length - header.remaining());
      }
      channel.force(true);
      forceDirectory(path.getParent());
    }
    channel.position(length);
    return new Journal(
        path,
        durability,
        channel,
        scan,
        new JournalRecovery(
            created || scan.needsHeader(),
            scan.events().size(),
            length,
            scan.droppedBytes(),
            scan.denials().size(),
            start.map(Start::sequence).orElse(0L)));
  }

  /** Forces a directory so that a file just created in it keeps its name after a crash. */
  static void forceDirectory(Path directory) throws IOException {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory as a channel; its file system records names durably.
      if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
        throw e;
      }
    }
  }

  private static void closeQuietly(FileChannel channel, Throwable failure) {
    try {
      channel.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Returns the events the journal held when it was opened, in sequence order.
   *
   * @return the events; unmodifiable
   */
  public List<Event> recoveredEvents() {
    return recoveredEvents;
  }

  /**
   * Returns the denials of keyed actions the journal held when it was opened (after the snapshot it
   * was opened from, if any), in the order they were written.
   *
   * @return the denials; unmodifiable
   */
  public List<KeyedOutcome> recoveredDenials() {
    return recoveredDenials;
  }

  /**
   * Returns what opening the journal found and repaired.
   *
   * @return the recovery report
   */
  public JournalRecovery recovery() {
    return recovery;
  }

  /**
   * Returns the journal's file.
   *
   * @return the absolute path
   */
  public Path file() {
    return file;
  }

  /**
   * Returns how the journal forces appends to the disk.
   *
   * @return the durability
   */
  public Durability durability() {
    return durability;
  }

  /**
   * Writes the event as one line and returns once the line is forced to the disk.
   *
   * @param event the event
   * @throws JournalException when the journal is closed or stopped after a failed write; the action
   *     must then not be applied
   * @throws dev.partnerkit.model.json.JsonException when the event cannot be encoded
   */
  @Override
  public void append(Event event) {
    Objects.requireNonNull(event, "event");
    write(new Line(JournalLine.encode(event), event.key().isPresent()));
  }

  /**
   * Writes the denial of a keyed action as one line and returns once the line is forced to the
   * disk, so that a repeat after a restart is answered with it.
   *
   * @param denial the denial
   * @throws JournalException when the journal is closed or stopped after a failed write; the denial
   *     is then not recorded and the caller is told so
   * @throws dev.partnerkit.model.json.JsonException when the denial cannot be encoded
   */
  @Override
  public void denied(KeyedOutcome denial) {
    Objects.requireNonNull(denial, "denial");
    write(new Line(JournalLine.encode(denial), true));
  }

  private void write(Line line) {
    lock.lock();
    try {
      if (failure != null) {
        throw stopped();
      }
      if (closing) {
        throw new JournalException(
            "Journal " + file + " is closed; open it again to append events.");
      }
      long ticket = ++enqueued;
      pending.add(line);
      work.signal();
      while (durable < ticket) {
        if (failure != null) {
          throw stopped();
        }
        done.awaitUninterruptibly();
      }
    } finally {
      lock.unlock();
    }
  }

  private JournalException stopped() {
    return new JournalException(
        "Journal "
            + file
            + " stopped after a write or force failed, so this action was not applied. Close the"
            + " journal and open it again: opening keeps every acknowledged event; whether the"
            + " actions that failed reached the file is known only then.",
        failure);
  }

  private void writeLoop() {
    while (true) {
      List<Line> batch = new ArrayList<>();
      long upTo;
      lock.lock();
      try {
        while (pending.isEmpty() && !closing) {
          work.awaitUninterruptibly();
        }
        if (pending.isEmpty()) {
          return;
        }
        int bytes = 0;
        do {
          Line line = pending.poll();
          batch.add(line);
          bytes += line.bytes().length;
        } while (durability == Durability.GROUP_COMMIT
            && !pending.isEmpty()
            && bytes + pending.peek().bytes().length <= MAX_BATCH_BYTES);
        taken += batch.size();
        upTo = taken;
      } finally {
        lock.unlock();
      }
      long written;
      try {
        written = write(batch);
      } catch (IOException | RuntimeException | Error e) {
        lock.lock();
        try {
          failure = e;
          done.signalAll();
        } finally {
          lock.unlock();
        }
        LOG.log(System.Logger.Level.ERROR, "Journal " + file + " stopped: a write failed", e);
        return;
      }
      lock.lock();
      try {
        durable = upTo;
        durableLength += written;
        durableLines += batch.size();
        done.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  private long write(List<Line> batch) throws IOException {
    int size = 0;
    boolean keyed = false;
    for (Line line : batch) {
      size += line.bytes().length;
      keyed |= line.keyed();
    }
    if (keyed && version < JournalReader.FORMAT_VERSION) {
      raiseVersion();
    }
    ByteBuffer buffer = ByteBuffer.allocate(size);
    for (Line line : batch) {
      buffer.put(line.bytes());
    }
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
    return size;
  }

  /**
   * Rewrites a version-1 header's one version digit and forces it before the first line that holds
   * a key: one byte in the file's first block, so a crash leaves either header, and either is right
   * for the lines that are in the file then.
   */
  private void raiseVersion() throws IOException {
    ByteBuffer digit =
        ByteBuffer.wrap(
            new byte[] {(byte) ('0' + JournalReader.FORMAT_VERSION)}); // one digit: versions < 10
    while (digit.hasRemaining()) {
      channel.write(digit, JournalReader.versionOffset());
    }
    channel.force(false);
    LOG.log(
        System.Logger.Level.INFO,
        "Journal {0}: raised format version {1} to {2} before its first idempotency key",
        file,
        String.valueOf(version),
        String.valueOf(JournalReader.FORMAT_VERSION));
    version = JournalReader.FORMAT_VERSION;
  }

  /**
   * Where the journal's forced lines end, and the CRC-32 of the bytes just before: a snapshot names
   * it, so that opening can tell whether a journal is still the one the snapshot was taken beside.
   *
   * @param offset the length of the forced lines
   * @param lines how many lines they are, the header included
   * @param tailCrc the CRC-32 of the up to {@value #TAIL} bytes before {@code offset}, after the
   *     header
   */
  record Position(long offset, long lines, long tailCrc) {}

  /** How many bytes before a snapshot's offset its checksum covers. */
  static final int TAIL = 4096;

  /**
   * Returns where the forced lines end now. Every event appended and every denial recorded before
   * this call is before the position.
   *
   * @return the position
   * @throws JournalException when the journal is closed or stopped, or cannot be read
   */
  Position position() {
    long offset;
    long lines;
    lock.lock();
    try {
      if (failure != null) {
        throw stopped();
      }
      if (closing) {
        throw new JournalException("Journal " + file + " is closed; open it again to use it.");
      }
      offset = durableLength;
      lines = durableLines;
    } finally {
      lock.unlock();
    }
    try {
      return new Position(offset, lines, tailCrc(channel, offset));
    } catch (IOException e) {
      throw new JournalException("Cannot read journal " + file + ": " + e, e);
    }
  }

  /**
   * Returns the CRC-32 of the up to {@link #TAIL} bytes before {@code offset} that follow the
   * header: the header's version digit may be raised after a snapshot is taken.
   */
  static long tailCrc(FileChannel channel, long offset) throws IOException {
    int length = (int) Math.max(0, Math.min(TAIL, offset - JournalReader.header().remaining()));
    ByteBuffer tail = ByteBuffer.allocate(length);
    while (tail.hasRemaining()) {
      if (channel.read(tail, offset - length + tail.position()) < 0) {
        throw new IOException("the file ends before byte offset " + offset);
      }
    }
    CRC32 crc = new CRC32();
    crc.update(tail.array());
    return crc.getValue();
  }

  /**
   * Waits for the appends already made to become durable, then releases the lock and closes the
   * file. Later appends throw {@link JournalException}. Closing twice does nothing.
   *
   * @throws JournalException when the file cannot be closed
   */
  @Override
  public void close() {
    synchronized (closeLock) {
      if (closed) {
        return;
      }
      closed = true;
      lock.lock();
      try {
        closing = true;
        work.signalAll();
      } finally {
        lock.unlock();
      }
      boolean interrupted = false;
      while (writer.isAlive()) {
        try {
          writer.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      try {
        channel.close();
      } catch (IOException e) {
        throw new JournalException("Could not close journal " + file + ": " + e, e);
      }
    }
  }

  /**
   * Returns the journal's file and durability, for logs.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Journal[" + file + ", " + durability + "]";
  }
}
