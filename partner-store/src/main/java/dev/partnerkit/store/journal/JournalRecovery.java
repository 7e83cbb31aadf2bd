package dev.partnerkit.store.journal;

/**
 * What opening a {@link Journal} found: whether it started a new journal, how many events it read,
 * how long the file is now and how many bytes of a torn last line it dropped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param created whether a new journal was started: the file was absent, empty, or held only part
 *     of the header line from a crash during creation
 * @param events the number of events read
 * @param length the file's length in bytes after recovery
 * @param droppedBytes the length of the torn last line that was cut off, 0 when there was none; it
 *     began at byte offset {@code length}
 */
public record JournalRecovery(boolean created, long events, long length, long droppedBytes) {
  /** Checks that the counts are not negative. */
  public JournalRecovery {
    if (events < 0 || length < 0 || droppedBytes < 0) {
      throw new IllegalArgumentException(
          "JournalRecovery counts must not be negative, but were events="
              + events
              + ", length="
              + length
              + ", droppedBytes="
              + droppedBytes);
    }
  }

  /**
   * Returns whether a torn last line was dropped.
   *
   * @return true when bytes were cut off
   */
  public boolean droppedTornLine() {
    return droppedBytes > 0;
  }
}
