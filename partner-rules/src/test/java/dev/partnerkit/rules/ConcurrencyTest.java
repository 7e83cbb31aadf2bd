package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GrantStatus;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many threads accept delegated-admin invitations from different partners for the same customers:
 * under the seed policy each customer ends with exactly one delegated admin, and every accepted
 * action is in the log.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int PARTNERS = 8;
  private static final int CUSTOMERS = 500;

  @Test
  void oneDelegatedAdminPerCustomerUnderContention() throws Exception {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
    Instant t = TestWorld.START;
    for (int p = 0; p < PARTNERS; p++) {
      program.apply(
          new Action.RegisterPartner(
              TestWorld.partner("p" + p, Cloud.GLOBAL, Program.CLOUD_ESSENTIALS)),
          t);
    }
    List<Action> accepts = new ArrayList<>();
    for (int c = 0; c < CUSTOMERS; c++) {
      CustomerId customer = CustomerId.fromName("c" + c);
      program.apply(new Action.RegisterCustomer(TestWorld.customer("c" + c, Cloud.GLOBAL)), t);
      for (int p = 0; p < PARTNERS; p++) {
        InvitationId id = InvitationId.of("d-" + p + "-" + c);
        assertThat(
                program
                    .apply(
                        new Action.SendDelegatedAdminInvitation(
                            id, PartnerId.of("p" + p), customer),
                        t)
                    .isAllowed())
            .isTrue();
        accepts.add(new Action.Accept(id, Actor.customer(customer)));
      }
    }
    long before = program.lastSequence();
    Collections.shuffle(accepts, new Random(42));
    ConcurrentHashMap<Long, Action> accepted = new ConcurrentHashMap<>();
    AtomicInteger denied = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < THREADS; w++) {
        int worker = w;
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = worker; i < accepts.size(); i += THREADS) {
                    Outcome outcome = program.apply(accepts.get(i), t.plusSeconds(i));
                    if (outcome.isAllowed()) {
                      accepted.put(outcome.event().orElseThrow().sequence(), accepts.get(i));
                    } else {
                      assertThat(outcome.decision().getRuleIds()).contains("DA-2");
                      denied.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(accepted).hasSize(CUSTOMERS);
    assertThat(denied.get()).isEqualTo(CUSTOMERS * (PARTNERS - 1));
    for (int c = 0; c < CUSTOMERS; c++) {
      CustomerId customer = CustomerId.fromName("c" + c);
      assertThat(program.grants(customer).stream().filter(g -> g.getStatus() == GrantStatus.ACTIVE))
          .hasSize(1);
      assertThat(program.delegatedAdmins(customer, t)).hasSize(1);
    }
    assertThat(program.lastSequence()).isEqualTo(before + CUSTOMERS);
    List<Event> log = program.events();
    assertThat(log.subList((int) before, log.size()))
        .extracting(Event::sequence)
        .containsExactlyInAnyOrderElementsOf(accepted.keySet());
    assertThat(PartnerProgram.replay(TestWorld.CATALOG, ProgramPolicy.seed(), log).snapshot())
        .isEqualTo(program.snapshot());
  }
}
