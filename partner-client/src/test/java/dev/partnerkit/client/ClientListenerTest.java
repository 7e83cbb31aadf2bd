package dev.partnerkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.ClientListener.AttemptFinished;
import dev.partnerkit.client.ClientListener.AttemptStarted;
import dev.partnerkit.client.ClientListener.CallFinished;
import dev.partnerkit.client.ClientListener.CallOutcome;
import dev.partnerkit.client.ClientListener.CallStarted;
import dev.partnerkit.client.ClientListener.DeadlineExceeded;
import dev.partnerkit.client.ClientListener.RetryReason;
import dev.partnerkit.client.ClientListener.RetryScheduled;
import dev.partnerkit.client.ClientListener.Throttled;
import dev.partnerkit.client.LoopbackServer.Answer;
import dev.partnerkit.model.CustomerId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ClientListenerTest {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("11111111-2222-3333-4444-555555555555");
  private static final String OPERATION = "GET /v1/customers/{id}/relationships";

  /** Records every event in order. */
  static final class Recorder implements ClientListener {
    final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public void callStarted(CallStarted event) {
      events.add(event);
    }

    @Override
    public void attemptStarted(AttemptStarted event) {
      events.add(event);
    }

    @Override
    public void attemptFinished(AttemptFinished event) {
      events.add(event);
    }

    @Override
    public void retryScheduled(RetryScheduled event) {
      events.add(event);
    }

    @Override
    public void throttled(Throttled event) {
      events.add(event);
    }

    @Override
    public void deadlineExceeded(DeadlineExceeded event) {
      events.add(event);
    }

    @Override
    public void callFinished(CallFinished event) {
      events.add(event);
    }

    List<Class<?>> kinds() {
      return events.stream().<Class<?>>map(Object::getClass).toList();
    }

    <T> List<T> of(Class<T> kind) {
      return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
  }

  /** Throws from every method, as a broken metrics backend might. */
  static final class Throwing implements ClientListener {
    @Override
    public void callStarted(CallStarted event) {
      throw new IllegalStateException("listener broke");
    }

    @Override
    public void attemptFinished(AttemptFinished event) {
      throw new IllegalStateException("listener broke");
    }

    @Override
    public void callFinished(CallFinished event) {
      throw new IllegalStateException("listener broke");
    }
  }

  private static PartnerClient.Builder client(LoopbackServer server) {
    return PartnerClient.builder()
        .partnerCenterBaseUri(server.uri("/pc"))
        .tokenProvider(TokenProvider.fixed("t"))
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(4)
                .initialBackoff(Duration.ofMillis(5))
                .maxBackoff(Duration.ofMillis(20))
                .build());
  }

  @Test
  void aThrottledThenFailingThenSuccessfulCall_isSeenStepByStep() {
    Recorder recorder = new Recorder();
    try (LoopbackServer server =
            new LoopbackServer(Answer.of(200, "{\"items\":[]}"))
                .then(
                    Answer.of(429, "").withHeader("Retry-After", "0"),
                    Answer.of(503, "{\"code\":\"busy\"}"));
        PartnerClient c = client(server).listener(recorder).build()) {
      c.customers().partnerRelationships(CUSTOMER);
    }
    assertThat(recorder.kinds())
        .containsExactly(
            CallStarted.class,
            AttemptStarted.class,
            AttemptFinished.class,
            Throttled.class,
            RetryScheduled.class,
            AttemptStarted.class,
            AttemptFinished.class,
            RetryScheduled.class,
            AttemptStarted.class,
            AttemptFinished.class,
            CallFinished.class);
    CallStarted started = recorder.of(CallStarted.class).get(0);
    assertThat(started.call().operation()).isEqualTo(OPERATION);
    assertThat(started.call().api()).isEqualTo(Audience.PARTNER_CENTER);
    assertThat(recorder.of(AttemptFinished.class))
        .extracting(AttemptFinished::status)
        .containsExactly(OptionalInt.of(429), OptionalInt.of(503), OptionalInt.of(200));
    Throttled throttled = recorder.of(Throttled.class).get(0);
    assertThat(throttled.retryAfter()).contains(Duration.ZERO);
    assertThat(throttled.delay()).contains(Duration.ZERO);
    assertThat(recorder.of(RetryScheduled.class))
        .extracting(RetryScheduled::reason, RetryScheduled::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RetryReason.THROTTLED, OptionalInt.of(429)),
            org.assertj.core.groups.Tuple.tuple(RetryReason.SERVER_ERROR, OptionalInt.of(503)));
    CallFinished finished = recorder.of(CallFinished.class).get(0);
    assertThat(finished.outcome()).isEqualTo(CallOutcome.SUCCESS);
    assertThat(finished.attempts()).isEqualTo(3);
    assertThat(finished.status()).hasValue(200);
    assertThat(finished.error()).isEmpty();
    assertThat(finished.call().requestId()).isEqualTo(started.call().requestId());
  }

  @Test
  void aRetryAfterAboveTheCap_isThrottledWithoutAWait_andFinishesThrottled() {
    Recorder recorder = new Recorder();
    try (LoopbackServer server =
            new LoopbackServer(Answer.of(429, "").withHeader("Retry-After", "3600"));
        PartnerClient c = client(server).listener(recorder).build()) {
      assertThatThrownBy(() -> c.customers().partnerRelationships(CUSTOMER))
          .isInstanceOf(ThrottledException.class);
    }
    Throttled throttled = recorder.of(Throttled.class).get(0);
    assertThat(throttled.retryAfter()).contains(Duration.ofHours(1));
    assertThat(throttled.delay()).isEmpty();
    assertThat(recorder.of(RetryScheduled.class)).isEmpty();
    CallFinished finished = recorder.of(CallFinished.class).get(0);
    assertThat(finished.outcome()).isEqualTo(CallOutcome.THROTTLED);
    assertThat(finished.error()).get().isInstanceOf(ThrottledException.class);
  }

  @Test
  void aSlowServer_passesTheDeadline_whichIsReported() {
    Recorder recorder = new Recorder();
    try (LoopbackServer server =
            new LoopbackServer(Answer.of(200, "{\"items\":[]}").after(Duration.ofSeconds(2)));
        PartnerClient c =
            client(server).listener(recorder).deadline(Duration.ofMillis(300)).build()) {
      assertThatThrownBy(() -> c.customers().partnerRelationships(CUSTOMER))
          .isInstanceOf(DeadlineExceededException.class);
    }
    assertThat(recorder.of(DeadlineExceeded.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.deadline()).isEqualTo(Duration.ofMillis(300));
              assertThat(e.attempts()).isEqualTo(1);
            });
    assertThat(recorder.of(CallFinished.class))
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(CallOutcome.DEADLINE_EXCEEDED));
  }

  @Test
  void aThrowingListener_neitherBreaksTheCallNorHidesEventsFromTheNext() {
    Recorder recorder = new Recorder();
    try (LoopbackServer server = new LoopbackServer(Answer.of(200, "{\"items\":[]}"));
        PartnerClient c = client(server).listener(new Throwing()).listener(recorder).build()) {
      assertThat(c.customers().partnerRelationships(CUSTOMER)).isEmpty();
    }
    assertThat(recorder.kinds())
        .containsExactly(
            CallStarted.class, AttemptStarted.class, AttemptFinished.class, CallFinished.class);
  }

  @Test
  void aComposite_passesEachEventToEveryListenerInOrder() {
    List<String> order = new CopyOnWriteArrayList<>();
    ClientListener first =
        new ClientListener() {
          @Override
          public void callFinished(CallFinished event) {
            order.add("first");
          }
        };
    ClientListener second =
        new ClientListener() {
          @Override
          public void callFinished(CallFinished event) {
            order.add("second");
          }
        };
    try (LoopbackServer server = new LoopbackServer(Answer.of(200, "{\"items\":[]}"));
        PartnerClient c =
            client(server)
                .listener(ClientListener.composite(List.of(first, new Throwing(), second)))
                .build()) {
      c.customers().partnerRelationships(CUSTOMER);
    }
    assertThat(order).containsExactly("first", "second");
  }

  @Test
  void aTokenFailure_finishesTheCallWithoutAnAttempt() {
    Recorder recorder = new Recorder();
    try (LoopbackServer server = new LoopbackServer(Answer.of(200, "{\"items\":[]}"));
        PartnerClient c =
            client(server)
                .tokenProvider(
                    Audience.PARTNER_CENTER,
                    request ->
                        java.util.concurrent.CompletableFuture.failedFuture(
                            new IllegalStateException("no token")))
                .listener(recorder)
                .build()) {
      assertThatThrownBy(() -> c.customers().partnerRelationships(CUSTOMER))
          .isInstanceOf(TokenAcquisitionException.class);
      assertThat(server.seen()).isEmpty();
    }
    assertThat(recorder.kinds()).containsExactly(CallStarted.class, CallFinished.class);
    CallFinished finished = recorder.of(CallFinished.class).get(0);
    assertThat(finished.outcome()).isEqualTo(CallOutcome.TOKEN_ERROR);
    assertThat(finished.status()).isEmpty();
    assertThat(finished.error().map(Throwable::getClass))
        .isEqualTo(Optional.of(TokenAcquisitionException.class));
  }
}
