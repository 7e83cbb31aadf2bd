package dev.partnerkit.rules;

/**
 * Receives each event as the program applies it, before the change becomes visible: the hook for a
 * durable journal. An action is acknowledged to its caller only after {@link #append(Event)}
 * returns; if it throws, the action is not applied and the exception reaches the caller.
 *
 * <p>Called from many threads at once, each call for a different customer or, for partner events,
 * alone. Events of one customer arrive in sequence order; events of different customers may
 * interleave in any order, since they commute.
 */
@FunctionalInterface
public interface EventSink {
  /**
   * Records an event; returns only once it is as durable as the sink promises.
   *
   * @param event the event
   */
  void append(Event event);

  /**
   * Records the denial of an action given with an idempotency key, so that a repeat read back from
   * this sink is answered with it; returns only once it is as durable as the sink promises. If it
   * throws, the denial is not recorded and the exception reaches the caller. The default records
   * nothing: after a restart on such a sink, a repeat of a denied action is decided again.
   *
   * @param denial the denial
   */
  default void denied(KeyedOutcome denial) {}
}
