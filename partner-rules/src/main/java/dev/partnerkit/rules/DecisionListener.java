package dev.partnerkit.rules;

import java.time.Instant;
import java.util.List;

/**
 * Observes the decisions {@link PartnerProgram#apply(Action, Instant)} reaches: for metrics by verb
 * and rule id, audit trails or tracing. {@code
 * dev.partnerkit.rules.micrometer.MicrometerDecisionListener} counts and times them with
 * Micrometer.
 *
 * <p>Register with {@link PartnerProgram.Builder#listener(DecisionListener)}; several may be
 * registered and each hears every call, in registration order. Every method does nothing by
 * default. For each action applied, {@link #applying} comes first, then {@link #decided} with the
 * outcome (allowed or denied, with its rule ids), or {@link #failed} when the storage threw. All
 * three run on the thread that called {@code apply}, one action at a time per thread, so a listener
 * can keep per-thread state between them. Listeners must be thread-safe and quick: the action's
 * lock is not held, but its caller waits. An exception a listener throws is logged at DEBUG and
 * dropped: it never changes the action or hides the event from the other listeners.
 *
 * <p>Not told: {@link PartnerProgram#decide} (a question, not an action) and the events a program
 * replays when it is built.
 */
public interface DecisionListener {
  /**
   * Called before an action is decided and applied.
   *
   * @param action the action
   * @param now the time the caller gave
   */
  default void applying(Action action, Instant now) {}

  /**
   * Called when an action was decided: applied when allowed, unchanged when denied.
   *
   * @param event the action and what it came to
   */
  default void decided(DecisionEvent event) {}

  /**
   * Called when applying an action failed with an exception from the storage; the exception then
   * reaches the caller.
   *
   * @param action the action
   * @param error what the storage threw
   */
  default void failed(Action action, RuntimeException error) {}

  /**
   * Returns a listener that passes each call to every one of the given listeners in order, keeping
   * one's exception from the others.
   *
   * @param listeners the listeners
   * @return the composite
   */
  static DecisionListener composite(List<? extends DecisionListener> listeners) {
    return CompositeDecisionListener.of(listeners);
  }
}
