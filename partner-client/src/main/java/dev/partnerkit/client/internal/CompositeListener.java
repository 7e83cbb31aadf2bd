package dev.partnerkit.client.internal;

import dev.partnerkit.client.ClientListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Not API: passes each event to several listeners in order, and keeps a listener's exception from
 * reaching the call or the listeners after it.
 *
 * <p>Immutable and thread-safe; made by {@link #of(List)}.
 */
public final class CompositeListener implements ClientListener {
  private static final System.Logger LOG = System.getLogger("dev.partnerkit.client");
  private static final CompositeListener NONE = new CompositeListener(new ClientListener[0]);

  private final ClientListener[] listeners;

  private CompositeListener(ClientListener[] listeners) {
    this.listeners = listeners;
  }

  /**
   * Returns a listener that passes events to the given ones.
   *
   * @param listeners the listeners, in the order they see events
   * @return the composite, flattened when one of them is itself a composite
   */
  public static CompositeListener of(List<? extends ClientListener> listeners) {
    Objects.requireNonNull(listeners, "listeners must not be null");
    if (listeners.isEmpty()) {
      return NONE;
    }
    ArrayList<ClientListener> flat = new ArrayList<>();
    for (ClientListener listener : listeners) {
      Objects.requireNonNull(listener, "listeners must not contain null");
      if (listener instanceof CompositeListener composite) {
        flat.addAll(List.of(composite.listeners));
      } else {
        flat.add(listener);
      }
    }
    return new CompositeListener(flat.toArray(new ClientListener[0]));
  }

  /**
   * Returns whether no listener is registered, so that the engine can skip making events.
   *
   * @return true when events would go nowhere
   */
  public boolean isEmpty() {
    return listeners.length == 0;
  }

  private <E> void each(E event, String name, BiConsumer<ClientListener, E> method) {
    for (ClientListener listener : listeners) {
      try {
        method.accept(listener, event);
      } catch (RuntimeException e) {
        // A listener observes; its failure must never become the call's failure.
        LOG.log(
            System.Logger.Level.DEBUG,
            () -> listener.getClass().getName() + "." + name + " threw; ignored",
            e);
      }
    }
  }

  @Override
  public void callStarted(CallStarted event) {
    each(event, "callStarted", ClientListener::callStarted);
  }

  @Override
  public void attemptStarted(AttemptStarted event) {
    each(event, "attemptStarted", ClientListener::attemptStarted);
  }

  @Override
  public void attemptFinished(AttemptFinished event) {
    each(event, "attemptFinished", ClientListener::attemptFinished);
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    each(event, "retryScheduled", ClientListener::retryScheduled);
  }

  @Override
  public void throttled(Throttled event) {
    each(event, "throttled", ClientListener::throttled);
  }

  @Override
  public void deadlineExceeded(DeadlineExceeded event) {
    each(event, "deadlineExceeded", ClientListener::deadlineExceeded);
  }

  @Override
  public void callFinished(CallFinished event) {
    each(event, "callFinished", ClientListener::callFinished);
  }
}
