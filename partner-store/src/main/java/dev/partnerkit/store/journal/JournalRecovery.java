package dev.partnerkit.store.journal;

/**
 * What opening a {@link Journal} found: whether it started a new journal, how many events and
 * denials it read, how long the file is now, how many bytes of a torn last line it dropped, and the
 * snapshot it started from, if any.
 *
 * <p>Immutable and thread-safe.
 *
 * @param created whether a new journal was started: the file was absent, empty, or held only part
 *     of the header line from a crash during creation
 * @param events the number of events read (after the snapshot, when opened from one)
 * @param length the file's length in bytes after recovery
 * @param droppedBytes the length of the torn last line that was cut off, 0 when there was none; it
 *     began at byte offset {@code length}
 * @param denials the number of denials of keyed actions read (after the snapshot, when opened from
 *     one)
 * @param snapshotSequence the last sequence number of the snapshot the journal was opened from; 0
 *     when it was read whole
 */
public record JournalRecovery(
    boolean created,
    long events,
    long length,
    long droppedBytes,
    long denials,
    long snapshotSequence) {
  /** Checks that the counts are not negative. */
  public JournalRecovery {
    if (events < 0 || length < 0 || droppedBytes < 0 || denials < 0 || snapshotSequence < 0) {
      throw new IllegalArgumentException(
          "JournalRecovery counts must not be negative, but were events="
              + events
              + ", length="
              + length
              + ", droppedBytes="
              + droppedBytes
              + ", denials="
              + denials
              + ", snapshotSequence="
              + snapshotSequence);
    }
  }

  /**
   * Creates the report of a journal read whole that held no denials.
   *
   * @param created whether a new journal was started
   * @param events the number of events read
   * @param length the file's length in bytes after recovery
   * @param droppedBytes the length of the torn last line that was cut off, 0 when there was none
   */
  public JournalRecovery(boolean created, long events, long length, long droppedBytes) {
    this(created, events, length, droppedBytes, 0, 0);
  }

  /**
   * Returns whether a torn last line was dropped.
   *
   * @return true when bytes were cut off
   */
  public boolean droppedTornLine() {
    return droppedBytes > 0;
  }

  /**
   * Returns whether the journal was opened from a snapshot rather than read whole.
   *
   * @return true when a snapshot was used
   */
  public boolean fromSnapshot() {
    return snapshotSequence > 0;
  }
}
