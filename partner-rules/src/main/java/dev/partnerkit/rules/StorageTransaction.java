package dev.partnerkit.rules;

import java.time.Instant;

/**
 * One action's unit of work in a {@link ProgramStorage}, valid only inside {@link
 * ProgramStorage#transact}: it holds the lock on the action's {@link Target}, shows the state for
 * the decision, claims keys, appends the event and commits the change.
 *
 * <p>{@link PartnerProgram} uses each transaction from one thread, in this order: read, decide,
 * {@link #claim} each key, {@link #append}, {@link #commit}.
 */
public interface StorageTransaction extends ProgramView {
  /**
   * Returns the time of the last action applied to the target: a customer's, or the partners' for
   * partner actions. The program applies an action given an earlier time at this one, so a record's
   * time never runs backwards.
   *
   * @return the time, {@link Instant#MIN} before the first action
   */
  Instant clock();

  /**
   * Claims a key for the target's customer, unless another customer holds it.
   *
   * @param key the key
   * @return false when the key is taken; the program then denies the action
   */
  boolean claim(Key key);

  /**
   * Appends the action to the program's log with the next sequence number; returns once the event
   * is as durable as the storage promises.
   *
   * @param action the allowed action
   * @param at the time it takes effect
   * @return the logged event
   */
  Event append(Action action, Instant at);

  /**
   * Makes the change visible and durable, with the event appended before it, at the time given.
   *
   * @param change the change
   * @param at the target's new time, for {@link #clock()}
   */
  void commit(Change change, Instant at);
}
