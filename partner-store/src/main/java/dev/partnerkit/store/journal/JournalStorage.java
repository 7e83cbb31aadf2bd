package dev.partnerkit.store.journal;

import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.KeyedOutcome;
import dev.partnerkit.rules.MemoryStorage;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramSnapshot;
import dev.partnerkit.rules.ProgramStorage;
import dev.partnerkit.rules.StorageTransaction;
import dev.partnerkit.rules.StorageView;
import dev.partnerkit.rules.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Keeps a {@link PartnerProgram} on a {@link Journal}: the state lives in a {@link MemoryStorage}
 * whose event sink is the journal, so every allowed action is written and forced to the file before
 * it takes effect or is acknowledged. Opening replays the journal through the program, so
 * restarting after a crash, even a {@code kill -9}, rebuilds every acknowledged action.
 *
 * <p><b>Idempotency keys.</b> An action applied with a key ({@link PartnerProgram#apply(
 * dev.partnerkit.rules.Action, java.time.Instant, dev.partnerkit.rules.IdempotencyKey)}) has the
 * key written in its event's line; a keyed action that is denied has its denial written as a line
 * of its own. Opening restores both, so a repeat after a restart is answered with the first outcome
 * and applies nothing.
 *
 * <p><b>Snapshots.</b> {@link #writeSnapshot()} writes the whole state, with every key's first
 * outcome, atomically to a checksummed file beside the journal ({@link JournalSnapshot}); {@link
 * Builder#snapshotEvery(long)} writes one every so many events. Opening reads the newest snapshot
 * that is whole and was taken beside this journal, then only the journal's lines after it; a
 * snapshot that is partial or damaged is logged and passed over for an older one, or for the whole
 * journal. The journal itself keeps every line: snapshots make opening faster, never the only copy.
 * Opened from a snapshot, the program's {@link PartnerProgram#events() events} are those after it.
 *
 * <pre>{@code
 * try (PartnerProgram program =
 *     JournalStorage.open(Path.of("program.journal"), catalog, ProgramPolicy.seed())) {
 *   Outcome outcome = program.apply(action, Instant.now());
 * }
 * }</pre>
 *
 * <p>Open a journal with the catalog and policy it was written with; replay refuses otherwise.
 * Closing the program closes the journal. If the journal fails or is closed, {@code apply} throws
 * {@link JournalException} and applies nothing; queries keep answering from memory. The program's
 * {@link PartnerProgram#storage() storage} is this class, whose {@link #journal()} tells what
 * opening found.
 *
 * <p>Thread-safe, like {@link MemoryStorage}. Create with {@link #open(Path, ServiceCatalog,
 * ProgramPolicy)}.
 */
public final class JournalStorage implements ProgramStorage {
  private static final System.Logger LOG = System.getLogger(JournalStorage.class.getName());

  private final Journal journal;
  private final MemoryStorage memory;
  private final long snapshotEvery;
  private final Object snapshotLock = new Object();
  private final AtomicBoolean snapshotting = new AtomicBoolean();

  /**
   * Set once opening has replayed the journal. Replayed events are in the journal already, past any
   * offset a snapshot could name now while the state does not hold them yet, so no snapshot is
   * written during replay.
   */
  private volatile boolean replayed;

  /**
   * The last sequence number of the newest snapshot written or read; written under snapshotLock.
   */
  private volatile long snapshotSequence;

  private JournalStorage(
      Journal journal, MemoryStorage memory, long snapshotEvery, long snapshotSequence) {
    this.journal = journal;
    this.memory = memory;
    this.snapshotEvery = snapshotEvery;
    this.snapshotSequence = snapshotSequence;
  }

  /**
   * Opens the journal (creating it if absent) and returns the program rebuilt from it, forcing each
   * event alone ({@link Durability#SYNC_EACH}).
   *
   * @param file the journal file; its directory must exist
   * @param catalog the catalog the journal was written with
   * @param policy the policy the journal was written with
   * @return the program; close it to close the journal
   * @throws JournalException when the journal cannot be opened or does not replay with this catalog
   *     and policy
   */
  public static PartnerProgram open(Path file, ServiceCatalog catalog, ProgramPolicy policy) {
    return open(file, catalog, policy, Durability.SYNC_EACH);
  }

  /**
   * Opens the journal (creating it if absent) and returns the program rebuilt from it.
   *
   * @param file the journal file; its directory must exist
   * @param catalog the catalog the journal was written with
   * @param policy the policy the journal was written with
   * @param durability how appends are forced to the disk
   * @return the program; close it to close the journal
   * @throws JournalException when the journal cannot be opened or does not replay with this catalog
   *     and policy
   */
  public static PartnerProgram open(
      Path file, ServiceCatalog catalog, ProgramPolicy policy, Durability durability) {
    return builder(file, catalog, policy).durability(durability).open();
  }

  /**
   * Returns a builder that opens a journal program with options: durability, snapshots.
   *
   * @param file the journal file; its directory must exist
   * @param catalog the catalog the journal was written with
   * @param policy the policy the journal was written with
   * @return the builder; not thread-safe
   */
  public static Builder builder(Path file, ServiceCatalog catalog, ProgramPolicy policy) {
    return new Builder(file, catalog, policy);
  }

  private static PartnerProgram open(Builder options) {
    SnapshotFile.Loaded[] snapshot = new SnapshotFile.Loaded[1];
    Journal journal =
        Journal.open(
            options.file,
            options.durability,
            (channel, path) -> {
              if (!options.readSnapshots) {
                return Optional.empty();
              }
              Optional<SnapshotFile.Loaded> latest = SnapshotFile.latest(path, channel);
              snapshot[0] = latest.orElse(null);
              return latest.map(SnapshotFile.Loaded::start);
            });
    try {
      MemoryStorage memory = MemoryStorage.builder(options.catalog).eventSink(journal).build();
      long from = 0;
      if (snapshot[0] != null) {
        memory.restore(snapshot[0].image());
        from = snapshot[0].image().lastSequence();
        LOG.log(
            System.Logger.Level.INFO,
            "Journal {0}: opened from snapshot {1} (event {2}), then {3} events after it",
            journal.file(),
            snapshot[0].file().getFileName(),
            String.valueOf(from),
            String.valueOf(journal.recovery().events()));
        snapshot[0] = null;
      }
      for (KeyedOutcome denial : journal.recoveredDenials()) {
        memory.restoreDenial(denial);
      }
      List<Event> events = journal.recoveredEvents();
      if (from > 0) {
        // Lines just after the snapshot's offset may hold events it holds already: they were
        // applied between the moment its offset was read and the moment its state was.
        List<Event> after = new ArrayList<>(events.size());
        for (Event event : events) {
          if (event.sequence() > from) {
            after.add(event);
          }
        }
        events = after;
      }
      JournalStorage storage = new JournalStorage(journal, memory, options.snapshotEvery, from);
      PartnerProgram program =
          PartnerProgram.builder()
              .catalog(options.catalog)
              .policy(options.policy)
              .storage(storage)
              .replaying(events)
              .build();
      storage.replayed = true;
      return program;
    } catch (IllegalStateException e) {
      journal.close();
      throw new JournalException(
          "Journal "
              + journal.file()
              + " does not replay: "
              + e.getMessage()
              + ". Open it with the catalog and policy it was written with.",
          e);
    } catch (RuntimeException | Error e) {
      journal.close();
      throw e;
    }
  }

  /**
   * Returns the journal: its file, and what opening it found and repaired.
   *
   * @return the journal
   */
  public Journal journal() {
    return journal;
  }

  /**
   * Writes a snapshot of the whole state beside the journal, atomically: a temporary file written
   * and forced, renamed to its name and the directory forced. Actions go on while it is written,
   * except for the moment its state is taken, which waits for the actions running then. The two
   * newest snapshots are kept, older ones deleted.
   *
   * @return the snapshot written
   * @throws JournalException when the journal is closed or stopped, or the snapshot cannot be
   *     written; the journal and the snapshots before are then as they were
   */
  public JournalSnapshot writeSnapshot() {
    if (!replayed) {
      throw new IllegalStateException("a snapshot is written only once the journal is replayed");
    }
    synchronized (snapshotLock) {
      // The position first: every event before it is in the state taken after it; events the
      // state holds that come after it are skipped when the journal is opened from the snapshot.
      Journal.Position position = journal.position();
      MemoryStorage.Image image = memory.image();
      try {
        JournalSnapshot written = SnapshotFile.write(journal.file(), image, position);
        snapshotSequence = written.lastSequence();
        return written;
      } catch (IOException e) {
        throw new JournalException(
            "Could not write a snapshot of journal "
                + journal.file()
                + ": "
                + e
                + ". The journal and the snapshots before are unchanged.",
            e);
      }
    }
  }

  @Override
  public <T> T transact(Target target, Function<StorageTransaction, T> work) {
    T result = memory.transact(target, work);
    if (snapshotEvery > 0
        && replayed
        && memory.lastSequence() - snapshotSequence >= snapshotEvery
        && snapshotting.compareAndSet(false, true)) {
      // One thread writes it, after its own action; the others go on meanwhile.
      try {
        writeSnapshot();
      } catch (RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "Journal " + journal.file() + ": an automatic snapshot failed; will try again",
            e);
      } finally {
        snapshotting.set(false);
      }
    }
    return result;
  }

  /**
   * Returns the first outcome kept under each idempotency key: the events of keyed actions and the
   * denials, as a repeat would be answered.
   *
   * @return the outcomes, in no order
   */
  public java.util.Collection<KeyedOutcome> keyedOutcomes() {
    return memory.keyedOutcomes();
  }

  @Override
  public <T> T read(Function<StorageView, T> query) {
    return memory.read(query);
  }

  @Override
  public List<Event> events(long after, int limit) {
    return memory.events(after, limit);
  }

  @Override
  public long lastSequence() {
    return memory.lastSequence();
  }

  @Override
  public ProgramSnapshot snapshot() {
    return memory.snapshot();
  }

  @Override
  public void replaying(Event event) {
    memory.replaying(event);
  }

  /**
   * Closes the journal once the appends already made are durable. Later actions throw {@link
   * JournalException}; queries keep answering from memory.
   *
   * @throws JournalException when the file cannot be closed
   */
  @Override
  public void close() {
    journal.close();
  }

  /**
   * Returns the journal's file and the last sequence number, for logs.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JournalStorage[" + journal.file() + ", " + memory.lastSequence() + " events]";
  }

  /** Opens a journal program with options. Not thread-safe. */
  public static final class Builder {
    private final Path file;
    private final ServiceCatalog catalog;
    private final ProgramPolicy policy;
    private Durability durability = Durability.SYNC_EACH;
    private long snapshotEvery;
    private boolean readSnapshots = true;

    private Builder(Path file, ServiceCatalog catalog, ProgramPolicy policy) {
      this.file = Objects.requireNonNull(file, "file");
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Sets how appends are forced to the disk; {@link Durability#SYNC_EACH} by default.
     *
     * @param durability the durability
     * @return this builder
     */
    public Builder durability(Durability durability) {
      this.durability = Objects.requireNonNull(durability, "durability");
      return this;
    }

    /**
     * Sets how many events apart snapshots are written by themselves; 0, the default, writes none
     * ({@link JournalStorage#writeSnapshot()} still does). The action that reaches the count writes
     * it after it is applied, in its own thread.
     *
     * @param events the events between snapshots, or 0
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder snapshotEvery(long events) {
      if (events < 0) {
        throw new IllegalArgumentException(
            "snapshotEvery must be 0 (never) or a number of events, but was " + events);
      }
      this.snapshotEvery = events;
      return this;
    }

    /**
     * Sets whether opening reads the newest usable snapshot; true by default. False reads the whole
     * journal, and leaves the snapshots as they are.
     *
     * @param readSnapshots whether to read snapshots
     * @return this builder
     */
    public Builder readSnapshots(boolean readSnapshots) {
      this.readSnapshots = readSnapshots;
      return this;
    }

    /**
     * Opens the journal (creating it if absent) and returns the program rebuilt from it.
     *
     * @return the program; close it to close the journal
     * @throws JournalException when the journal cannot be opened or does not replay with this
     *     catalog and policy
     */
    public PartnerProgram open() {
      return JournalStorage.open(this);
    }
  }
}
