package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Not API: registers a sandbox's seed partners, customers and reseller relationships in its
 * program, idempotently, so that any number of sandboxes may start together on one store, empty or
 * not.
 *
 * <p>A seed already registered with the same data is success, whether it was there before or
 * another instance registered it a moment ago (the program's claim on the id then refuses this one
 * with REG-1, and the record read back is compared instead). Registered with different data, it is
 * an {@link IllegalStateException} naming the record and each field that differs. A partner's
 * agreement and enrollments are not compared: the program's own actions change them after
 * registration (SignAgreement, Enroll, Withdraw), so a restart must not take them for a different
 * seed.
 *
 * <p>A utility class; thread-safe.
 */
public final class Seeding {
  /** How often a registration in flight elsewhere is read again before seeding gives up. */
  private static final int IN_FLIGHT_ATTEMPTS = 5_000;

  private Seeding() {}

  /**
   * Registers a partner unless it is registered with the same data.
   *
   * @param program the program
   * @param seed the partner
   * @param now the time
   * @throws IllegalStateException when it is registered with other data, or the rules refuse it
   */
  public static void partner(PartnerProgram program, Partner seed, Instant now) {
    Optional<Partner> stored =
        register(
            () -> program.partner(seed.getId()),
            () -> program.apply(new Action.RegisterPartner(seed), now),
            "partner " + seed.getId());
    if (stored.isEmpty()) {
      return;
    }
    List<String> differences = new ArrayList<>();
    differ(differences, "name", seed.getName(), stored.get().getName());
    differ(differences, "mpnId", seed.getMpnId(), stored.get().getMpnId());
    differ(differences, "cloud", seed.getCloud(), stored.get().getCloud());
    differ(
        differences,
        "authorizedServices",
        seed.getAuthorizedServices(),
        stored.get().getAuthorizedServices());
    requireSame("Partner " + seed.getId(), differences);
  }

  /**
   * Registers a customer unless it is registered with the same data.
   *
   * @param program the program
   * @param seed the customer
   * @param now the time
   * @throws IllegalStateException when it is registered with other data, or the rules refuse it
   */
  public static void customer(PartnerProgram program, Customer seed, Instant now) {
    Optional<Customer> stored =
        register(
            () -> program.customer(seed.getId()).map(CustomerState::customer),
            () -> program.apply(new Action.RegisterCustomer(seed), now),
            "customer " + seed.getId());
    if (stored.isEmpty()) {
      return;
    }
    List<String> differences = new ArrayList<>();
    differ(differences, "cloud", seed.getCloud(), stored.get().getCloud());
    differ(differences, "profile", seed.getProfile(), stored.get().getProfile());
    requireSame("Customer " + seed.getId(), differences);
  }

  /**
   * Records a partner as a customer's reseller in the program (NCE-1) unless it is one already,
   * also when another instance recorded it a moment ago.
   *
   * @param program the program, under a policy with new commerce
   * @param partner the partner
   * @param customer the customer
   * @param now the time
   * @throws IllegalStateException when the rules refuse it
   */
  public static void reseller(
      PartnerProgram program, PartnerId partner, CustomerId customer, Instant now) {
    if (isReseller(program, partner, customer)) {
      return;
    }
    Outcome outcome = program.apply(new Action.AddReseller(partner, customer), now);
    if (!outcome.isAllowed() && !isReseller(program, partner, customer)) {
      throw refused("partner " + partner + " as the reseller of " + customer, outcome);
    }
  }

  private static boolean isReseller(PartnerProgram program, PartnerId partner, CustomerId id) {
    return program.customer(id).map(c -> c.resellers().contains(partner)).orElse(false);
  }

  /**
   * Registers a record unless it is registered, and returns the registered one it found; empty when
   * this call registered it. Refused as registered (REG-1) while the record cannot be read yet,
   * another instance's registration is still in flight (the program claims the id when that
   * transaction begins): it is read again until that one commits or, rolled back, frees the id for
   * another try.
   */
  private static <T> Optional<T> register(
      Supplier<Optional<T>> read, Supplier<Outcome> apply, String what) {
    for (int attempt = 0; attempt < IN_FLIGHT_ATTEMPTS; attempt++) {
      Optional<T> stored = read.get();
      if (stored.isPresent()) {
        return stored;
      }
      Outcome outcome = apply.get();
      if (outcome.isAllowed()) {
        return Optional.empty();
      }
      if (outcome.decision().getReasons().stream().noneMatch(r -> r.rule() == Rule.REG_1)) {
        throw refused(what, outcome);
      }
      stored = read.get();
      if (stored.isPresent()) {
        return stored;
      }
      pause();
    }
    throw new IllegalStateException(
        "The sandbox could not register "
            + what
            + ": the store says it is registered but never showed it in "
            + IN_FLIGHT_ATTEMPTS
            + " reads");
  }

  private static void pause() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while seeding the sandbox", e);
    }
  }

  private static void differ(List<String> differences, String field, Object seed, Object stored) {
    if (!seed.equals(stored)) {
      differences.add(field + " is " + stored + " in the store but " + seed + " in the seed");
    }
  }

  private static void requireSame(String what, List<String> differences) {
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          what
              + " is registered in the program's store with other data than the seed: "
              + String.join("; ", differences)
              + ". Seed it with the data it was registered with, or use another store.");
    }
  }

  private static IllegalStateException refused(String what, Outcome outcome) {
    return new IllegalStateException(
        "The sandbox could not register " + what + ": " + outcome.decision());
  }
}
