package dev.partnerkit.store.journal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A snapshot written beside a journal by {@link JournalStorage#writeSnapshot()}: the whole state of
 * the program up to an event, which opening the journal reads instead of replaying every event
 * before it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the snapshot's file, {@code <journal>.snapshot-<lastSequence, 19 digits>}
 * @param lastSequence the sequence number of the last event it holds
 * @param bytes the file's size
 */
public record JournalSnapshot(Path file, long lastSequence, long bytes) {
  /** Checks the parts. */
  public JournalSnapshot {
    Objects.requireNonNull(file, "JournalSnapshot.file");
    if (lastSequence < 0 || bytes < 0) {
      throw new IllegalArgumentException(
          "JournalSnapshot.lastSequence and bytes must not be negative, but were "
              + lastSequence
              + " and "
              + bytes);
    }
  }
}
