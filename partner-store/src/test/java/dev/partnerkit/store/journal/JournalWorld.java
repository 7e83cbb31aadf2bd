package dev.partnerkit.store.journal;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.PartnerProgram;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A small program world for the journal's tests: a catalog, partners and customers, and a random
 * source of actions over them that collide often enough to be both allowed and denied.
 *
 * <p>Not thread-safe: give each thread its own instance.
 */
final class JournalWorld {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final int PARTNERS = 10;
  static final int CUSTOMERS = 200;

  /** Returns the journal of a program {@link JournalStorage#open} returned. */
  static Journal journal(PartnerProgram program) {
    return ((JournalStorage) program.storage()).journal();
  }

  static final ServiceId E3 = ServiceId.of("OFFICE_365_E3");
  static final ServiceId EXCHANGE = ServiceId.of("EXCHANGE_ONLINE");
  static final ServiceId DEFENDER = ServiceId.of("DEFENDER_FOR_OFFICE_365");
  private static final List<ServiceId> SERVICES = List.of(E3, EXCHANGE, DEFENDER);

  static final ServiceCatalog CATALOG =
      ServiceCatalog.of(
          List.of(
              Service.builder()
                  .id(E3)
                  .name("Office 365 E3")
                  .maxLicenses(10_000)
                  .billingCycles(EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL))
                  .trial(TrialTerms.of(30, 25))
                  .build(),
              Service.builder()
                  .id(EXCHANGE)
                  .name("Exchange Online")
                  .maxLicenses(300)
                  .billingCycles(EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL))
                  .trial(TrialTerms.of(30, 25))
                  .addConvertsTo(E3)
                  .build(),
              Service.builder()
                  .id(DEFENDER)
                  .name("Defender for Office 365")
                  .maxLicenses(300)
                  .billingCycles(EnumSet.of(BillingCycle.MONTHLY))
                  .addOnTo(EXCHANGE)
                  .build()));

  private final SplittableRandom random;
  private final String prefix;
  private final int customers;
  private final List<Action.Accept> answerable = new ArrayList<>();
  private final List<InvitationId> sent = new ArrayList<>();
  private final List<PartnerId> senders = new ArrayList<>();
  private Instant now;
  private long count;

  /**
   * Creates a source of random actions.
   *
   * @param random the random source
   * @param prefix what new invitation ids start with, unique per source
   * @param start the time of the first action
   */
  JournalWorld(SplittableRandom random, String prefix, Instant start) {
    this(random, prefix, start, CUSTOMERS);
  }

  /**
   * Creates a source of random actions over the first {@code customers} customers.
   *
   * @param random the random source
   * @param prefix what new invitation ids start with, unique per source
   * @param start the time of the first action
   * @param customers how many customers the actions address
   */
  JournalWorld(SplittableRandom random, String prefix, Instant start, int customers) {
    this.random = random;
    this.prefix = prefix;
    this.now = start;
    this.customers = customers;
  }

  /** Returns what this source's invitation ids start with, unique per source. */
  String prefix() {
    return prefix;
  }

  static PartnerId partnerId(int i) {
    return PartnerId.of("partner-" + i);
  }

  static CustomerId customerId(int i) {
    return CustomerId.fromName("customer-" + i);
  }

  /** Returns partner {@code i}; the first seven are certified for delegated administration. */
  static Partner partner(int i) {
    var b =
        Partner.builder()
            .id(partnerId(i))
            .name("Partner " + i)
            .agreementSigned(true)
            .authorizedServices(CATALOG.byId().keySet());
    if (i < 7) {
      b.addEnrollment(ProgramEnrollment.of(Program.CLOUD_ESSENTIALS, START));
    }
    return b.build();
  }

  /** Returns customer {@code i}, with a full company profile. */
  static Customer customer(int i) {
    String name = "customer-" + i;
    return Customer.builder()
        .id(customerId(i))
        .cloud(Cloud.GLOBAL)
        .profile(
            CompanyProfile.builder()
                .companyName("Customer " + i + " \"Ltd\" Zürich")
                .domain(name + ".onmicrosoft.com")
                .address(
                    Address.builder()
                        .addressLine1(i + " Main St")
                        .addressLine2("Suite " + i)
                        .city("Redmond")
                        .state("WA")
                        .postalCode("98052")
                        .country("US")
                        .build())
                .contact(
                    Contact.builder()
                        .firstName("Ada")
                        .lastName("Lovelace")
                        .email("ada@" + name + ".example")
                        .phoneNumber("+1 425 555 0100")
                        .build())
                .build())
        .build();
  }

  /** Returns the registrations of every partner and customer. */
  static List<Action> registrations() {
    List<Action> actions = new ArrayList<>();
    for (int i = 0; i < PARTNERS; i++) {
      actions.add(new Action.RegisterPartner(partner(i)));
    }
    for (int i = 0; i < CUSTOMERS; i++) {
      actions.add(new Action.RegisterCustomer(customer(i)));
    }
    return actions;
  }

  /** Returns the time for the next action; the clock moves on now and then. */
  Instant now() {
    if (random.nextInt(20) == 0) {
      now = now.plus(Duration.ofHours(1 + random.nextInt(72)));
    }
    return now;
  }

  /** Returns a random action: invitations, answers, revocations, partner of record and tasks. */
  Action next() {
    count++;
    CustomerId c = customerId(random.nextInt(customers));
    PartnerId p = partnerId(random.nextInt(PARTNERS));
    return switch (random.nextInt(10)) {
      case 0, 1 -> send(p, c, true);
      case 2 -> send(p, c, false);
      case 3, 4 ->
          answerable.isEmpty()
              ? send(p, c, true)
              : answerable.get(random.nextInt(answerable.size()));
      case 5 -> {
        if (sent.isEmpty()) {
          yield new Action.RemovePartnerOfRecord(c, Actor.customer(c));
        }
        int i = random.nextInt(sent.size());
        yield new Action.Revoke(sent.get(i), Actor.partner(senders.get(i)));
      }
      case 6 -> new Action.DesignatePartnerOfRecord(c, p, Actor.customer(c));
      case 7 -> new Action.RevokeDelegation(c, p, Actor.customer(c));
      case 8 -> new Action.PerformAdminTask(p, c, AdminTask.RESET_PASSWORD);
      default ->
          random.nextBoolean()
              ? new Action.SubmitServiceRequest(c, Actor.customer(c), "Request " + count)
              : new Action.Withdraw(p, Program.CLOUD_ESSENTIALS);
    };
  }

  private Action send(PartnerId p, CustomerId c, boolean admin) {
    InvitationId id = InvitationId.of(prefix + "-" + count);
    Action action;
    if (admin) {
      action = new Action.SendDelegatedAdminInvitation(id, p, c);
    } else {
      ServiceId service = SERVICES.get(random.nextInt(SERVICES.size()));
      action =
          random.nextBoolean()
              ? new Action.SendTrialInvitation(id, p, c, List.of(service), random.nextBoolean())
              : new Action.SendPurchaseOffer(
                  id,
                  p,
                  c,
                  List.of(OfferLine.of(service, 1 + random.nextInt(50))),
                  BillingCycle.MONTHLY,
                  random.nextBoolean(),
                  Optional.empty(),
                  Optional.empty());
    }
    if (answerable.size() < 64) {
      answerable.add(new Action.Accept(id, Actor.customer(c)));
      sent.add(id);
      senders.add(p);
    } else {
      int slot = random.nextInt(answerable.size());
      answerable.set(slot, new Action.Accept(id, Actor.customer(c)));
      sent.set(slot, id);
      senders.set(slot, p);
    }
    return action;
  }
}
