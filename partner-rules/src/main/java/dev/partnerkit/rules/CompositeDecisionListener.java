package dev.partnerkit.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Passes each call to several listeners in order and drops what they throw, so that observing never
 * changes an action. Loops rather than lambdas, like the rest of the path to a decision.
 *
 * <p>Immutable and thread-safe.
 */
final class CompositeDecisionListener implements DecisionListener {
  private static final System.Logger LOG = System.getLogger("dev.partnerkit.rules");

  private final DecisionListener[] listeners;

  private CompositeDecisionListener(DecisionListener[] listeners) {
    this.listeners = listeners;
  }

  static CompositeDecisionListener of(List<? extends DecisionListener> listeners) {
    Objects.requireNonNull(listeners, "listeners");
    List<DecisionListener> flat = new ArrayList<>();
    for (DecisionListener listener : listeners) {
      Objects.requireNonNull(listener, "listeners must not contain null");
      if (listener instanceof CompositeDecisionListener composite) {
        flat.addAll(List.of(composite.listeners));
      } else {
        flat.add(listener);
      }
    }
    return new CompositeDecisionListener(flat.toArray(new DecisionListener[0]));
  }

  boolean isEmpty() {
    return listeners.length == 0;
  }

  @Override
  public void applying(Action action, Instant now) {
    for (DecisionListener listener : listeners) {
      try {
        listener.applying(action, now);
      } catch (RuntimeException e) {
        dropped(listener, "applying", e);
      }
    }
  }

  @Override
  public void decided(DecisionEvent event) {
    for (DecisionListener listener : listeners) {
      try {
        listener.decided(event);
      } catch (RuntimeException e) {
        dropped(listener, "decided", e);
      }
    }
  }

  @Override
  public void failed(Action action, RuntimeException error) {
    for (DecisionListener listener : listeners) {
      try {
        listener.failed(action, error);
      } catch (RuntimeException e) {
        dropped(listener, "failed", e);
      }
    }
  }

  private static void dropped(DecisionListener listener, String method, RuntimeException e) {
    LOG.log(
        System.Logger.Level.DEBUG,
        listener.getClass().getName() + "." + method + " threw; ignored",
        e);
  }
}
