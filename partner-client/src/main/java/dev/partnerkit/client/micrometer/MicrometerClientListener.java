package dev.partnerkit.client.micrometer;

import dev.partnerkit.client.ClientListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;

/**
 * A {@link ClientListener} that records the client's calls in a Micrometer {@link MeterRegistry}.
 *
 * <pre>{@code
 * PartnerClient client = PartnerClient.builder()
 *     .tokenProvider(tokens)
 *     .listener(new MicrometerClientListener(registry))
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td><td>api, operation, outcome, status</td>
 *       <td>whole calls, retries and waits included</td></tr>
 *   <tr><td>{@value #ATTEMPTS}</td><td>timer</td><td>api, operation, status</td>
 *       <td>each HTTP exchange; status {@code NONE} when no answer came</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>api, operation, reason</td>
 *       <td>retries scheduled, by {@link ClientListener.RetryReason}</td></tr>
 *   <tr><td>{@value #THROTTLED}</td><td>counter</td><td>api, operation, retried</td>
 *       <td>429 answers; retried {@code true} when the client waited and tried again</td></tr>
 *   <tr><td>{@value #THROTTLE_WAIT}</td><td>timer</td><td>api, operation</td>
 *       <td>the waits that throttling caused</td></tr>
 *   <tr><td>{@value #DEADLINES}</td><td>counter</td><td>api, operation</td>
 *       <td>calls ended by their deadline</td></tr>
 * </table>
 *
 * <p>The operation tag is the method and path template, such as {@code GET
 * /v1/customers/{id}/orders}, so its values are few. The api tag is the {@link
 * dev.partnerkit.client.Audience}'s name ({@code PARTNER_CENTER}, {@code GRAPH}, {@code
 * AZURE_RESOURCE_MANAGER}).
 *
 * <p>Immutable and thread-safe; create with {@link #MicrometerClientListener(MeterRegistry)} and
 * register one per client, or share it between clients.
 */
public final class MicrometerClientListener implements ClientListener {
  /** The timer of whole calls. */
  public static final String CALLS = "partnerkit.client.calls";

  /** The timer of attempts. */
  public static final String ATTEMPTS = "partnerkit.client.attempts";

  /** The counter of retries. */
  public static final String RETRIES = "partnerkit.client.retries";

  /** The counter of 429 answers. */
  public static final String THROTTLED = "partnerkit.client.throttled";

  /** The timer of waits that throttling caused. */
  public static final String THROTTLE_WAIT = "partnerkit.client.throttle.wait";

  /** The counter of passed deadlines. */
  public static final String DEADLINES = "partnerkit.client.deadline.exceeded";

  private static final String NONE = "NONE";

  private final MeterRegistry registry;

  /**
   * Returns a listener that records in the registry.
   *
   * @param registry the registry, such as Spring Boot's or a {@code SimpleMeterRegistry}
   */
  public MicrometerClientListener(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
  }

  private static Tags callTags(CallInfo call) {
    return Tags.of(Tag.of("api", call.api().name()), Tag.of("operation", call.operation()));
  }

  @Override
  public void attemptFinished(AttemptFinished event) {
    Timer.builder(ATTEMPTS)
        .description("Partnerkit client HTTP attempts")
        .tags(callTags(event.call()))
        .tag(
            "status",
            event.status().isPresent() ? Integer.toString(event.status().getAsInt()) : NONE)
        .register(registry)
        .record(event.elapsed());
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    Counter.builder(RETRIES)
        .description("Partnerkit client retries scheduled")
        .tags(callTags(event.call()))
        .tag("reason", event.reason().name())
        .register(registry)
        .increment();
  }

  @Override
  public void throttled(Throttled event) {
    Counter.builder(THROTTLED)
        .description("Partnerkit client answers 429 Too Many Requests")
        .tags(callTags(event.call()))
        .tag("retried", Boolean.toString(event.delay().isPresent()))
        .register(registry)
        .increment();
    event
        .delay()
        .ifPresent(
            delay ->
                Timer.builder(THROTTLE_WAIT)
                    .description("Partnerkit client waits caused by throttling")
                    .tags(callTags(event.call()))
                    .register(registry)
                    .record(delay));
  }

  @Override
  public void deadlineExceeded(DeadlineExceeded event) {
    Counter.builder(DEADLINES)
        .description("Partnerkit client calls ended by their deadline")
        .tags(callTags(event.call()))
        .register(registry)
        .increment();
  }

  @Override
  public void callFinished(CallFinished event) {
    Timer.builder(CALLS)
        .description("Partnerkit client calls, retries and waits included")
        .tags(callTags(event.call()))
        .tag("outcome", event.outcome().name())
        .tag(
            "status",
            event.status().isPresent() ? Integer.toString(event.status().getAsInt()) : NONE)
        .register(registry)
        .record(event.elapsed());
  }

  @Override
  public String toString() {
    return "MicrometerClientListener[" + registry.getClass().getSimpleName() + "]";
  }
}
