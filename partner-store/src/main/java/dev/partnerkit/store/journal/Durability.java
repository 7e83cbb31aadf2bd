package dev.partnerkit.store.journal;

/**
 * How a {@link Journal} makes events durable. In both modes an append returns, and so the action is
 * acknowledged, only after its line has been written and forced to the disk ({@code fsync}); they
 * differ in how many lines share one force.
 */
public enum Durability {
  /**
   * Writes and forces one event at a time, in the order the appends arrive. At most one line is
   * ever unforced, so whatever a crash does, even a power loss, can damage only the last line, and
   * opening the journal again always recovers by itself. Concurrent appends queue behind each
   * other's force: throughput is one event per disk flush.
   */
  SYNC_EACH,

  /**
   * Writes every event waiting at that moment with one write and one force (group commit); each
   * appender still waits for the force that covers its event. Under concurrent appends this makes
   * many events durable per disk flush; a single appender sees the same behaviour as {@link
   * #SYNC_EACH}. The cost: a power loss in the middle of a batch can damage a line that is not the
   * last (the disk may persist the batch's pages in any order), and then opening the journal
   * refuses with the line's number and offset rather than guess. Every line from there on belongs
   * to the unacknowledged last batch, so truncating the file at that offset loses nothing that was
   * acknowledged. A killed process (as opposed to a lost machine) never causes this.
   */
  GROUP_COMMIT
}
