package dev.partnerkit.rules;

import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the partner that bought a new-commerce subscription may still do with it at one instant, and
 * until when: the pre-flight answer a portal shows before the partner clicks. Every field is the
 * verdict of the rules themselves on the action it stands for ({@link
 * ProgramRules#subscriptionOptions}), so it never disagrees with what {@link PartnerProgram#apply}
 * would decide at that instant.
 *
 * <p>Immutable and thread-safe; collections are copied on construction.
 *
 * @param subscription the subscription as it stands at the instant (renewals, expiry applied)
 * @param removableSeats the seats that may be removed, most recently added first, each with the end
 *     of its window (NCE-6); empty when none may
 * @param cancellableUntil when cancelling stops being allowed, if it is allowed now (NCE-7)
 * @param upgradeTargets the services a full upgrade may go to now (NCE-12)
 * @param mayChangeAutoRenew whether auto-renew may be turned the other way now (NCE-8)
 * @param mayScheduleChanges whether changes for the next term may be scheduled now (NCE-10)
 * @param maySuspend whether it may be suspended now (NCE-13)
 * @param mayReactivate whether it may be reactivated now (NCE-13)
 */
public record SubscriptionOptions(
    Subscription subscription,
    List<RemovableSeats> removableSeats,
    Optional<Instant> cancellableUntil,
    Set<ServiceId> upgradeTargets,
    boolean mayChangeAutoRenew,
    boolean mayScheduleChanges,
    boolean maySuspend,
    boolean mayReactivate) {
  /** Checks that no field is null and copies collections. */
  public SubscriptionOptions {
    Objects.requireNonNull(subscription, "SubscriptionOptions.subscription");
    removableSeats = List.copyOf(removableSeats);
    Objects.requireNonNull(cancellableUntil, "SubscriptionOptions.cancellableUntil");
    upgradeTargets = Set.copyOf(upgradeTargets);
  }

  /**
   * Returns how many seats may be removed now in all (Partner Center's {@code
   * refundableQuantity.totalQuantity}).
   *
   * @return the total, 0 when none
   */
  public int removableSeatCount() {
    int total = 0;
    for (RemovableSeats batch : removableSeats) {
      total += batch.seats();
    }
    return total;
  }
}
