package dev.partnerkit.store.journal;

import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.MemoryStorage;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramSnapshot;
import dev.partnerkit.rules.ProgramStorage;
import dev.partnerkit.rules.StorageTransaction;
import dev.partnerkit.rules.StorageView;
import dev.partnerkit.rules.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Keeps a {@link PartnerProgram} on a {@link Journal}: the state lives in a {@link MemoryStorage}
 * whose event sink is the journal, so every allowed action is written and forced to the file before
 * it takes effect or is acknowledged. Opening replays the journal through the program, so
 * restarting after a crash, even a {@code kill -9}, rebuilds every acknowledged action.
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
  private final Journal journal;
  private final MemoryStorage memory;

  private JournalStorage(Journal journal, MemoryStorage memory) {
    this.journal = journal;
    this.memory = memory;
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
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(policy, "policy");
    Journal journal = Journal.open(file, durability);
    try {
      JournalStorage storage =
          new JournalStorage(journal, MemoryStorage.builder(catalog).eventSink(journal).build());
      return PartnerProgram.builder()
          .catalog(catalog)
          .policy(policy)
          .storage(storage)
          .replaying(journal.recoveredEvents())
          .build();
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

  @Override
  public <T> T transact(Target target, Function<StorageTransaction, T> work) {
    return memory.transact(target, work);
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
}
