package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Actions given with an idempotency key are applied at most once and answered the first way. */
class IdempotencyTest {
  private static final Instant T = TestWorld.START;
  private static final Customer FABRIKAM = TestWorld.customer("fabrikam", Cloud.GLOBAL);
  private static final Customer CONTOSO = TestWorld.customer("contoso", Cloud.GLOBAL);

  private final PartnerProgram program =
      PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());

  @Test
  void aRepeatReturnsTheFirstEventAndAppliesNothing() {
    IdempotencyKey key = IdempotencyKey.of("req-1");
    Outcome first = program.apply(new Action.RegisterCustomer(FABRIKAM), T, key);
    Outcome again =
        program.apply(new Action.RegisterCustomer(FABRIKAM), T.plus(Duration.ofHours(1)), key);

    assertThat(first.isAllowed()).isTrue();
    assertThat(first.replayed()).isFalse();
    assertThat(first.event().orElseThrow().key()).contains(key);
    assertThat(again.replayed()).isTrue();
    assertThat(again.event()).isEqualTo(first.event());
    assertThat(program.events()).hasSize(1);
  }

  @Test
  void withoutTheKeyTheSameActionIsDecidedAgain() {
    program.apply(new Action.RegisterCustomer(FABRIKAM), T, IdempotencyKey.of("req-1"));

    Outcome unkeyed = program.apply(new Action.RegisterCustomer(FABRIKAM), T);

    assertThat(unkeyed.isAllowed()).isFalse();
    assertThat(unkeyed.replayed()).isFalse();
  }

  @Test
  void aDenialIsTheFirstOutcomeTooEvenOnceTheActionWouldBeAllowed() {
    IdempotencyKey key = IdempotencyKey.of("req-sr");
    Action request =
        new Action.SubmitServiceRequest(
            FABRIKAM.getId(), Actor.customer(FABRIKAM.getId()), "Mailbox will not open");
    Outcome denied = program.apply(request, T, key);
    program.apply(new Action.RegisterCustomer(FABRIKAM), T);

    Outcome again = program.apply(request, T.plusSeconds(60), key);

    assertThat(denied.isAllowed()).isFalse();
    assertThat(again.replayed()).isTrue();
    assertThat(again.decision()).isEqualTo(denied.decision());
    assertThat(program.apply(request, T.plusSeconds(60)).isAllowed()).isTrue();
  }

  @Test
  void aKeyGivenForAnotherActionIsRefusedAndNothingIsApplied() {
    IdempotencyKey key = IdempotencyKey.of("req-1");
    program.apply(new Action.RegisterCustomer(FABRIKAM), T, key);

    assertThatThrownBy(() -> program.apply(new Action.RegisterCustomer(CONTOSO), T, key))
        .isInstanceOf(IdempotencyConflictException.class)
        .hasMessageContaining("req-1")
        .satisfies(e -> assertThat(((IdempotencyConflictException) e).getKey()).isEqualTo(key));
    assertThat(program.customer(CONTOSO.getId())).isEmpty();
    assertThat(program.events()).hasSize(1);
  }

  @Test
  void concurrentRepeatsApplyOnceAndAllSeeTheFirstEvent() throws Exception {
    IdempotencyKey key = IdempotencyKey.of("race");
    List<Outcome> outcomes = race(16, i -> new Action.RegisterCustomer(FABRIKAM), key);

    assertThat(outcomes).filteredOn(o -> !o.replayed()).hasSize(1);
    assertThat(outcomes).allSatisfy(o -> assertThat(o.isAllowed()).isTrue());
    assertThat(outcomes.stream().map(Outcome::event).distinct()).hasSize(1);
    assertThat(program.events()).hasSize(1);
  }

  @Test
  void oneKeyRacedOnDifferentCustomersIsAppliedForOneOnly() throws Exception {
    IdempotencyKey key = IdempotencyKey.of("shared");
    List<Object> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Customer customer = TestWorld.customer("tenant" + i, Cloud.GLOBAL);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return program.apply(new Action.RegisterCustomer(customer), T, key);
                }));
      }
      start.countDown();
      for (Future<Outcome> f : futures) {
        try {
          results.add(f.get(30, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          results.add(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(results).filteredOn(Outcome.class::isInstance).hasSize(1);
    assertThat(results)
        .filteredOn(r -> !(r instanceof Outcome))
        .hasSize(7)
        .allSatisfy(r -> assertThat(r).isInstanceOf(IdempotencyConflictException.class));
    assertThat(program.events()).hasSize(1);
  }

  @Test
  void aKeyIsKeptOnlyWhenItsEventIsWritten() {
    AtomicBoolean failing = new AtomicBoolean(true);
    PartnerProgram durable =
        PartnerProgram.builder()
            .catalog(TestWorld.CATALOG)
            .policy(ProgramPolicy.seed())
            .eventSink(
                event -> {
                  if (failing.get()) {
                    throw new IllegalStateException("disk full");
                  }
                })
            .build();
    IdempotencyKey key = IdempotencyKey.of("req-disk");

    assertThatThrownBy(() -> durable.apply(new Action.RegisterCustomer(FABRIKAM), T, key))
        .hasMessage("disk full");
    failing.set(false);
    Outcome retried = durable.apply(new Action.RegisterCustomer(FABRIKAM), T, key);

    assertThat(retried.isAllowed()).isTrue();
    assertThat(retried.replayed()).isFalse();
  }

  @Test
  void theSinkReceivesDenialsAndTheStorageListsEveryKey() {
    List<KeyedOutcome> denials = new ArrayList<>();
    PartnerProgram durable =
        PartnerProgram.builder()
            .catalog(TestWorld.CATALOG)
            .policy(ProgramPolicy.seed())
            .eventSink(
                new EventSink() {
                  @Override
                  public void append(Event event) {}

                  @Override
                  public void denied(KeyedOutcome denial) {
                    denials.add(denial);
                  }
                })
            .build();
    Action request =
        new Action.SubmitServiceRequest(
            FABRIKAM.getId(), Actor.customer(FABRIKAM.getId()), "Mailbox will not open");

    durable.apply(request, T, IdempotencyKey.of("a"));
    durable.apply(new Action.RegisterCustomer(FABRIKAM), T, IdempotencyKey.of("b"));

    assertThat(denials).singleElement().satisfies(d -> assertThat(d.action()).isEqualTo(request));
    assertThat(((MemoryStorage) durable.storage()).keyedOutcomes())
        .extracting(k -> k.key().value())
        .containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void aKeyNamesWhatItMustBe() {
    assertThatThrownBy(() -> IdempotencyKey.of(""))
        .hasMessageContaining("IdempotencyKey.value must be 1 to 200 characters");
    assertThatThrownBy(() -> IdempotencyKey.of("a\nb")).hasMessageContaining("\"a?b\"");
    assertThatThrownBy(() -> IdempotencyKey.of("x".repeat(201)))
        .hasMessageContaining("201 characters long");
    assertThat(IdempotencyKey.of("p1:" + "0".repeat(36)).value()).hasSize(39);
  }

  @Test
  void aKeyedOutcomeAgreesWithItsEvent() {
    Event event =
        new Event(1, T, new Action.RegisterCustomer(FABRIKAM), Optional.of(IdempotencyKey.of("k")));
    assertThatThrownBy(
            () ->
                new KeyedOutcome(
                    IdempotencyKey.of("other"),
                    event.action(),
                    T,
                    new Outcome(Decision.allowed(), Optional.of(event))))
        .hasMessageContaining("must carry key other");
    assertThat(KeyedOutcome.of(event).replay().replayed()).isTrue();
  }

  private List<Outcome> race(
      int threads, java.util.function.IntFunction<Action> action, IdempotencyKey key)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Action a = action.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return program.apply(a, T, key);
                }));
      }
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get(30, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
