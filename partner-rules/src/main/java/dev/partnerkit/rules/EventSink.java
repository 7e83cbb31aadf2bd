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
}
