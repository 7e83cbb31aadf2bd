package dev.partnerkit.rules;

import java.util.List;
import java.util.function.Function;

/**
 * Where a {@link PartnerProgram} keeps its state: the small interface a backend implements, while
 * the program owns the protocol (lock, decide, change, claim, record, commit) and every query.
 * {@link MemoryStorage} keeps the state in memory; partner-store keeps it on a journal file or in
 * PostgreSQL.
 *
 * <p>Implementations are thread-safe. Transactions on different customers may run in parallel; a
 * partner's transaction runs alone.
 */
public interface ProgramStorage extends AutoCloseable {
  /**
   * Runs one action's unit of work with its target locked: the partner (exclusively, with every
   * customer), or the customer named, addressed by the invitation or holding the relationship. What
   * the work did is kept only if it called {@link StorageTransaction#commit}; when it returns
   * without committing or throws, everything it did is rolled back, its claims included.
   *
   * @param target what the action changes
   * @param work the work, given the transaction; it must not keep the transaction
   * @param <T> its result
   * @return the work's result
   */
  <T> T transact(Target target, Function<StorageTransaction, T> work);

  /**
   * Runs a query on one consistent view of the state.
   *
   * @param query the query; it must not keep the view
   * @param <T> its result
   * @return the result
   */
  <T> T read(Function<StorageView, T> query);

  /**
   * Returns logged events after a sequence number, in sequence order.
   *
   * @param after the sequence number to start after; 0 for the first
   * @param limit the most to return
   * @return the events; empty when the storage keeps no log it can read back
   */
  List<Event> events(long after, int limit);

  /**
   * Returns the sequence number of the last event applied.
   *
   * @return 0 before the first event
   */
  long lastSequence();

  /**
   * Returns the whole stored state at one moment, while no action runs.
   *
   * @return the snapshot
   */
  ProgramSnapshot snapshot();

  /**
   * Prepares the storage to take an event read back from its own log, as {@link
   * PartnerProgram.Builder#replaying} applies it again: the next {@link StorageTransaction#append}
   * returns this event, with its number, and writes nothing. Storages that rebuild their state by
   * replay implement it; the default refuses.
   *
   * @param event the event about to be applied again
   * @throws UnsupportedOperationException when the storage does not replay
   */
  default void replaying(Event event) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " keeps its state itself and is never rebuilt by replay");
  }

  /** Releases what the storage holds (files, connections); the default holds nothing. */
  @Override
  default void close() {}
}
