package dev.partnerkit.rules;

import static dev.partnerkit.rules.NewCommerceTest.BY_NORTHWIND;
import static dev.partnerkit.rules.NewCommerceTest.E5;
import static dev.partnerkit.rules.NewCommerceTest.FABRIKAM;
import static dev.partnerkit.rules.NewCommerceTest.NORTHWIND;
import static dev.partnerkit.rules.NewCommerceTest.S1;
import static dev.partnerkit.rules.NewCommerceTest.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.SeatBatch;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Properties of the new-commerce arithmetic: seat batches and their removal windows (NCE-5, NCE-6)
 * and terms across any number of renewals (NCE-9).
 */
class NewCommercePropertiesTest {
  private static final Term[] TERMS = {Term.P1M, Term.P1Y, Term.P3Y};

  private static PartnerProgram bought(int seats, Term term) {
    PartnerProgram program = NewCommerceTest.world(ProgramPolicy.modern());
    Outcome outcome =
        program.apply(
            new Action.Purchase(
                S1,
                NORTHWIND,
                FABRIKAM,
                E5,
                seats,
                Optional.of(term),
                Optional.of(BillingCycle.MONTHLY),
                false,
                Optional.empty()),
            T);
    assertThat(outcome.isAllowed()).as("%s", outcome.decision()).isTrue();
    return program;
  }

  private static Subscription subscription(PartnerProgram program, Instant now) {
    return program.subscriptions(FABRIKAM, now).get(0);
  }

  /**
   * Any mix of additions and removals at any times keeps the batches adding up to the seats; a
   * removal is allowed exactly when the pre-flight query says that many seats may go, and the seats
   * it says may go are those of the newest batches still inside their windows.
   */
  @Test
  void removalsFollowThePreFlightCountAndTheBatchesAlwaysAddUp() {
    qt().withExamples(150)
        .forAll(
            lists().of(integers().between(0, 30)).ofSizeBetween(1, 25),
            lists().of(integers().between(-25, 30)).ofSizeBetween(25, 25))
        .checkAssert(
            (hours, deltas) -> {
              PartnerProgram program = bought(10, Term.P1Y);
              Instant now = T;
              for (int i = 0; i < hours.size(); i++) {
                now = now.plus(Duration.ofHours(hours.get(i) * 6L));
                Subscription before = subscription(program, now);
                SubscriptionOptions options =
                    program.subscriptionOptions(FABRIKAM, S1, now).orElseThrow();
                assertThat(options.removableSeatCount()).isEqualTo(inWindow(before, now));
                int target = Math.max(1, before.getLicenses() + deltas.get(i));
                Outcome outcome =
                    program.apply(new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, target), now);
                int removed = before.getLicenses() - target;
                assertThat(outcome.isAllowed())
                    .as("removing %s with %s removable", removed, options.removableSeatCount())
                    .isEqualTo(removed <= options.removableSeatCount());
                Subscription after = subscription(program, now);
                assertThat(after.getSeatBatches().stream().mapToInt(SeatBatch::getSeats).sum())
                    .isEqualTo(after.getLicenses());
                assertThat(after.getLicenses())
                    .isEqualTo(outcome.isAllowed() ? target : before.getLicenses());
              }
            });
  }

  /** The test's own count: newest batches first, while each is still inside its window. */
  private static int inWindow(Subscription s, Instant now) {
    int seats = 0;
    List<SeatBatch> batches = s.getSeatBatches();
    for (int i = batches.size() - 1; i >= 0; i--) {
      SeatBatch batch = batches.get(i);
      if (!now.isBefore(batch.getAddedAt().plus(NewCommerceTest.WINDOW))) {
        break;
      }
      seats += batch.getSeats();
    }
    return Math.min(seats, s.getLicenses() - 1);
  }

  /**
   * With auto-renew on, at any later instant the subscription is active in a term that holds that
   * instant, a calendar term long from its own start, with its window opened at that start.
   */
  @Test
  void anAutoRenewingSubscriptionIsAlwaysInATermThatHoldsNow() {
    qt().withExamples(200)
        .forAll(
            integers().between(0, 2), integers().between(0, 5_000), integers().between(0, 86_399))
        .checkAssert(
            (termIndex, days, seconds) -> {
              Term term = TERMS[termIndex];
              PartnerProgram program = bought(10, term);
              Instant now = T.plus(Duration.ofDays(days)).plusSeconds(seconds);

              Subscription s = subscription(program, now);

              Instant start = s.getTermStart().orElseThrow();
              assertThat(s.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
              assertThat(start).isBeforeOrEqualTo(now);
              assertThat(s.getEnd().orElseThrow()).isAfter(now);
              assertThat(s.getEnd())
                  .contains(start.atOffset(ZoneOffset.UTC).plus(term.getPeriod()).toInstant());
              assertThat(s.getWindowOpenedAt()).contains(start);
              assertThat(s.getSeatBatches()).containsExactly(SeatBatch.of(10, start));
            });
  }

  /**
   * With auto-renew off, the status only moves forward: active, expired, disabled, deleted, at the
   * term end, 30 days and 120 days after it.
   */
  @Test
  void withoutAutoRenewTheStatusOnlyMovesForward() {
    qt().withExamples(100)
        .forAll(
            integers().between(0, 2),
            lists().of(integers().between(0, 400)).ofSizeBetween(1, 12),
            booleans().all())
        .checkAssert(
            (termIndex, steps, suspend) -> {
              PartnerProgram program = bought(10, TERMS[termIndex]);
              Action off =
                  suspend
                      ? new Action.Suspend(FABRIKAM, S1, BY_NORTHWIND)
                      : new Action.SetAutoRenew(FABRIKAM, S1, BY_NORTHWIND, false);
              assertThat(program.apply(off, T).isAllowed()).isTrue();
              Instant end = subscription(program, T).getEnd().orElseThrow();
              Instant now = T;
              int rank = 0;
              for (int step : steps) {
                now = now.plus(Duration.ofDays(step));
                SubscriptionStatus status = subscription(program, now).getStatus();
                int next = rank(status);
                assertThat(next).isGreaterThanOrEqualTo(rank);
                rank = next;
                assertThat(status).isEqualTo(expected(now, end, suspend));
              }
            });
  }

  private static SubscriptionStatus expected(Instant now, Instant end, boolean suspended) {
    if (now.isBefore(end)) {
      return suspended ? SubscriptionStatus.SUSPENDED : SubscriptionStatus.ACTIVE;
    }
    Instant disabled = suspended ? end : end.plus(Duration.ofDays(30));
    if (now.isBefore(disabled)) {
      return SubscriptionStatus.EXPIRED;
    }
    return now.isBefore(disabled.plus(Duration.ofDays(90)))
        ? SubscriptionStatus.DISABLED
        : SubscriptionStatus.DELETED;
  }

  private static int rank(SubscriptionStatus status) {
    return switch (status) {
      case ACTIVE, SUSPENDED -> 0;
      case EXPIRED -> 1;
      case DISABLED -> 2;
      default -> 3;
    };
  }
}
