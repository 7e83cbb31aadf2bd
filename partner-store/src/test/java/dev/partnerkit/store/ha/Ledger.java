package dev.partnerkit.store.ha;

import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the failover test's callers were told, one entry per intended action (every action the
 * workload makes is distinct, so the action itself identifies it in the log). Thread-safe.
 */
final class Ledger {
  /** What a caller finally knows about one action. */
  enum Status {
    /** {@code apply} returned an allowed outcome: the action must be in the log exactly once. */
    ACKNOWLEDGED,
    /** {@code apply} returned a denial: the transaction was rolled back, nothing is in the log. */
    DENIED,
    /**
     * Every call threw before the pool handed it a connection: no transaction ever began, so the
     * action cannot be in the log.
     */
    NOT_APPLIED,
    /**
     * A call threw after it had a connection (the primary died under it): the commit may or may not
     * have happened. Without idempotency keys the caller cannot find out, nor retry safely.
     */
    IN_DOUBT
  }

  /** One action's final entry. */
  record Entry(
      Action action,
      Status status,
      Optional<Event> event,
      Optional<Decision> denial,
      int attempts,
      String lastError) {}

  private final Map<Action, Entry> entries = new LinkedHashMap<>();

  /** Records an action's final entry; an action is recorded once. */
  synchronized void record(Entry entry) {
    Entry before = entries.putIfAbsent(entry.action(), entry);
    if (before != null) {
      throw new IllegalStateException(
          "the workload made the same action twice, so the log cannot tell them apart: "
              + entry.action());
    }
  }

  synchronized List<Entry> entries() {
    return new ArrayList<>(entries.values());
  }

  synchronized long count(Status status) {
    return entries.values().stream().filter(e -> e.status() == status).count();
  }
}
