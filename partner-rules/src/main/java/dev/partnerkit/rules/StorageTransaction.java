package dev.partnerkit.rules;

import java.time.Instant;
import java.util.Optional;

/**
 * One action's unit of work in a {@link ProgramStorage}, valid only inside {@link
 * ProgramStorage#transact}: it holds the lock on the action's {@link Target}, shows the state for
 * the decision, claims keys, appends the event and commits the change.
 *
 * <p>{@link PartnerProgram} uses each transaction from one thread, in this order: read, decide,
 * {@link #claim} each key, {@link #append}, {@link #commit}; with an idempotency key, {@link
 * #keyed} first, and {@link #deny} instead of the last two when the action is denied.
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
   * Appends the action to the program's log with the next sequence number, with its idempotency key
   * when it has one; returns once the event is as durable as the storage promises. A key is
   * recorded in the same write as the event, so that {@link #keyed} finds it exactly when the event
   * is kept.
   *
   * @param action the allowed action
   * @param at the time it takes effect
   * @param key the caller's key, or empty
   * @return the logged event, carrying {@code key}
   * @throws IdempotencyConflictException when another transaction recorded the key meanwhile for a
   *     different action (on another target, so not under this one's lock); nothing is kept
   */
  Event append(Action action, Instant at, Optional<IdempotencyKey> key);

  /**
   * Returns the first outcome recorded under a key: its event when the action was allowed, its
   * denial otherwise. The program asks before deciding, under the target's lock, so a repeat of the
   * same action (which has the same target) never races its first application.
   *
   * @param key the key
   * @return the first outcome, or empty when the key is new
   */
  Optional<KeyedOutcome> keyed(IdempotencyKey key);

  /**
   * Records a keyed action's denial durably, so that a repeat is answered with it; the state is not
   * changed, and the transaction ends as if committed.
   *
   * @param denial the denial, its outcome denied
   * @throws IdempotencyConflictException when another transaction recorded the key meanwhile for a
   *     different action
   */
  void deny(KeyedOutcome denial);

  /**
   * Makes the change visible and durable, with the event appended before it, at the time given.
   *
   * @param change the change
   * @param at the target's new time, for {@link #clock()}
   */
  void commit(Change change, Instant at);
}
