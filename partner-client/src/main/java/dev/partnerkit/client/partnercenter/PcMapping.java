package dev.partnerkit.client.partnercenter;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerAgreement;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.ImmutableScheduledChange;
import dev.partnerkit.model.ImmutableService;
import dev.partnerkit.model.ImmutableSubscription;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.SeatBatch;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.model.validation.Limits;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Maps Partner Center wire types to the model. Not API. */
final class PcMapping {
  private PcMapping() {}

  static Optional<MpnId> mpnId(Optional<String> text) {
    return text.flatMap(MpnId::parse);
  }

  static Optional<Customer> customer(PcCustomer c, Cloud cloud) {
    // Nullable locals rather than Optional chains: this runs for every customer of every page.
    Optional<CustomerId> id = c.id().flatMap(PcMapping::customerId);
    PcCompanyProfile company = c.companyProfile().orElse(null);
    PcBillingProfile billing = c.billingProfile().orElse(null);
    if (id.isEmpty() || company == null || billing == null) {
      return Optional.empty();
    }
    PcAddress a = billing.defaultAddress().orElse(company.address().orElse(null));
    String domain = nonBlank(company.domain().orElse(null));
    String name = firstNonBlank(company.companyName(), billing.companyName());
    String email = firstNonBlank(billing.email(), company.email());
    if (a == null || domain == null || name == null || email == null) {
      return Optional.empty();
    }
    String first = firstNonBlank(billing.firstName(), a.firstName());
    String last = firstNonBlank(billing.lastName(), a.lastName());
    String line1 = nonBlank(a.addressLine1().orElse(null));
    String city = nonBlank(a.city().orElse(null));
    String postalCode = nonBlank(a.postalCode().orElse(null));
    String country = nonBlank(a.country().orElse(null));
    if (first == null
        || last == null
        || line1 == null
        || city == null
        || postalCode == null
        || country == null) {
      return Optional.empty();
    }
    Address address =
        Address.builder()
            .addressLine1(line1)
            .addressLine2(Optional.ofNullable(nonBlank(a.addressLine2().orElse(null))))
            .city(city)
            .state(Optional.ofNullable(firstNonBlank(a.state(), a.region())))
            .postalCode(postalCode)
            .country(country.toUpperCase(Locale.ROOT))
            .build();
    Contact contact =
        Contact.builder()
            .firstName(first)
            .lastName(last)
            .email(email)
            .phoneNumber(Optional.ofNullable(nonBlank(a.phoneNumber().orElse(null))))
            .build();
    return Optional.of(
        Customer.builder()
            .id(id.get())
            .profile(
                CompanyProfile.builder()
                    .companyName(name)
                    .domain(domain)
                    .address(address)
                    .contact(contact)
                    .build())
            .cloud(cloud)
            .build());
  }

  static Optional<Service> service(PcOffer offer) {
    Optional<ServiceId> id = serviceId(offer.getId());
    if (id.isEmpty()) {
      return Optional.empty();
    }
    int min = Math.max(1, offer.getMinimumQuantity());
    int max = Math.max(min, offer.getMaximumQuantity());
    ImmutableService.Builder builder =
        Service.builder()
            .id(id.get())
            .name(nonBlank(offer.getName()).orElse(offer.getId()))
            .minLicenses(min)
            .maxLicenses(max);
    for (PcBillingCycle cycle : offer.getSupportedBillingCycles()) {
      billingCycle(cycle).ifPresent(builder::addBillingCycle);
    }
    if (offer.isTrial()) {
      builder.trial(TrialTerms.of(Math.max(1, Math.min(366, termDays(offer))), min));
    }
    if (offer.isAddOn()) {
      offer.getPrerequisiteOffers().stream()
          .map(PcMapping::serviceId)
          .flatMap(Optional::stream)
          .filter(prerequisite -> !prerequisite.equals(id.get()))
          .findFirst()
          .ifPresent(builder::addOnTo);
    }
    offer.getConversionTargetOffers().stream()
        .map(PcMapping::serviceId)
        .flatMap(Optional::stream)
        .forEach(builder::addConvertsTo);
    return Optional.of(builder.build());
  }

  private static int termDays(PcOffer offer) {
    int term = Math.max(1, offer.getTerm());
    String unit = offer.getTermUnitOfMeasure().orElse("Month").toLowerCase(Locale.ROOT);
    if (unit.startsWith("year")) {
      return term * 365;
    }
    if (unit.startsWith("day")) {
      return term;
    }
    return term * 30;
  }

  static Optional<Subscription> subscription(
      PcSubscription s, CustomerId customer, Optional<Duration> changeWindow) {
    Optional<ServiceId> service = s.getOfferId().flatMap(PcMapping::serviceId);
    Optional<SubscriptionId> id = parse(SubscriptionId::of, s.getId());
    Optional<Instant> start = s.getEffectiveStartDate().or(s::getCreationDate);
    if (service.isEmpty() || id.isEmpty() || start.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> end = s.getCommitmentEndDate().filter(e -> !e.isBefore(start.get()));
    ImmutableSubscription.Builder builder =
        Subscription.builder()
            .id(id.get())
            .customer(customer)
            .service(service.get())
            .partner(s.getPartnerId().flatMap(p -> parse(PartnerId::of, p)))
            .licenses(s.getQuantity())
            .trial(s.isTrial())
            .status(status(s.getStatus()))
            .start(start.get())
            .end(end);
    s.getBillingCycle().flatMap(PcMapping::billingCycle).ifPresent(builder::billingCycle);
    Optional<Term> term = s.getTermDuration().map(PcMapping::term);
    // The model's new-commerce subscription needs its term's both ends; without a commitment end
    // the answer is mapped as an older program's, its term duration still on the wire type.
    if (term.isPresent() && end.isPresent()) {
      Instant termStart = termStart(start.get(), end.get(), term.get());
      builder
          .term(term.get())
          .termStart(termStart)
          .autoRenew(s.isAutoRenewEnabled())
          .seatBatches(seatBatches(s, termStart, changeWindow))
          .scheduledChange(s.getScheduledNextTermInstructions().map(PcMapping::scheduledChange));
      changeWindow.ifPresent(
          window ->
              builder.windowOpenedAt(
                  s.getCancellationAllowedUntilDate()
                      .filter(until -> !until.isBefore(Instant.MIN.plus(window)))
                      .map(until -> until.minus(window))));
    }
    return Optional.of(builder.build());
  }

  /**
   * Returns the current term's start: a term's length before its end, but never before the
   * subscription took effect (a coterminous first term is shorter).
   */
  private static Instant termStart(Instant start, Instant end, Term term) {
    if (term == Term.UNKNOWN) {
      return start;
    }
    Instant candidate;
    try {
      candidate = end.atZone(ZoneOffset.UTC).minus(term.getPeriod()).toInstant();
    } catch (DateTimeException e) {
      // An end beyond the calendar's range (as a far-future sentinel) has no term before it.
      return start;
    }
    return candidate.isBefore(start) ? start : candidate;
  }

  /**
   * Returns the seats as batches: each refundable batch added one window before its deadline (when
   * the window is known), the rest at the term start and no longer removable.
   */
  private static List<SeatBatch> seatBatches(
      PcSubscription s, Instant termStart, Optional<Duration> changeWindow) {
    int seats = s.getQuantity();
    if (seats <= 0) {
      return List.of();
    }
    List<PcRefundableQuantityDetail> details =
        s.getRefundableQuantity().map(PcRefundableQuantity::getDetails).orElse(List.of());
    int refundable =
        s.getRefundableQuantity().map(PcRefundableQuantity::getTotalQuantity).orElse(0);
    List<SeatBatch> batches = new ArrayList<>();
    if (changeWindow.isPresent()) {
      List<SeatBatch> removable = new ArrayList<>();
      long inBatches = 0;
      for (PcRefundableQuantityDetail detail : details) {
        if (detail.getQuantity() > 0 && detail.getAllowedUntilDateTime().isPresent()) {
          Instant until = detail.getAllowedUntilDateTime().get();
          // A deadline within a window of the earliest instant was added at the term start.
          Instant added =
              until.isBefore(Instant.MIN.plus(changeWindow.get()))
                  ? termStart
                  : until.minus(changeWindow.get());
          removable.add(
              SeatBatch.of(detail.getQuantity(), added.isBefore(termStart) ? termStart : added));
          inBatches += detail.getQuantity();
        }
      }
      // Details that claim more seats than the subscription has are not trusted batch by batch.
      if (!removable.isEmpty() && inBatches <= seats) {
        removable.sort(Comparator.comparing(SeatBatch::getAddedAt));
        if (seats > inBatches) {
          batches.add(
              SeatBatch.builder()
                  .seats(Math.toIntExact(seats - inBatches))
                  .addedAt(termStart)
                  .removable(false)
                  .build());
        }
        batches.addAll(removable);
        return batches;
      }
    }
    batches.add(
        SeatBatch.builder()
            .seats(seats)
            .addedAt(termStart)
            .removable(refundable > 0 || !details.isEmpty())
            .build());
    return batches;
  }

  private static ScheduledChange scheduledChange(PcScheduledNextTermInstructions next) {
    ImmutableScheduledChange.Builder builder = ScheduledChange.builder();
    // A count the model cannot hold stays on the wire type only, so that the read never fails.
    if (next.getQuantity() >= Limits.LICENSES_MIN
        && next.getQuantity() <= Limits.SERVICE_LICENSES_MAX) {
      builder.seats(next.getQuantity());
    }
    next.getProduct()
        .ifPresent(
            product -> {
              serviceId(product.catalogItemId()).ifPresent(builder::service);
              product.getTermDuration().map(PcMapping::term).ifPresent(builder::term);
              product
                  .getBillingCycle()
                  .flatMap(PcMapping::billingCycle)
                  .ifPresent(builder::billing);
            });
    return builder.build();
  }

  /** Reads an ISO 8601 term duration, such as {@code P1Y}; anything else is unknown. */
  static Term term(String duration) {
    String text = duration.trim().toUpperCase(Locale.ROOT);
    for (Term term : Term.values()) {
      if (term != Term.UNKNOWN && term.name().equals(text)) {
        return term;
      }
    }
    return Term.UNKNOWN;
  }

  private static SubscriptionStatus status(Optional<PcSubscriptionStatus> status) {
    switch (status.orElse(PcSubscriptionStatus.UNKNOWN)) {
      case ACTIVE:
        return SubscriptionStatus.ACTIVE;
      case SUSPENDED:
        return SubscriptionStatus.SUSPENDED;
      case DELETED:
        return SubscriptionStatus.DELETED;
      case EXPIRED:
        return SubscriptionStatus.EXPIRED;
      case DISABLED:
        return SubscriptionStatus.DISABLED;
      default:
        return SubscriptionStatus.UNKNOWN;
    }
  }

  /**
   * Monthly, annual and triennial map across; none (a trial) has no cycle; anything else is
   * unknown.
   */
  static Optional<BillingCycle> billingCycle(PcBillingCycle cycle) {
    switch (cycle) {
      case MONTHLY:
        return Optional.of(BillingCycle.MONTHLY);
      case ANNUAL:
        return Optional.of(BillingCycle.ANNUAL);
      case TRIENNIAL:
        return Optional.of(BillingCycle.TRIENNIAL);
      case NONE:
        return Optional.empty();
      default:
        return Optional.of(BillingCycle.UNKNOWN);
    }
  }

  /** The reverse of {@link #billingCycle(PcBillingCycle)} for what a purchase offer can hold. */
  static PcBillingCycle billingCycle(BillingCycle cycle) {
    switch (cycle) {
      case MONTHLY:
        return PcBillingCycle.MONTHLY;
      case ANNUAL:
        return PcBillingCycle.ANNUAL;
      default:
        throw new IllegalArgumentException(
            "A purchase offer's billing cycle must be MONTHLY or ANNUAL to be ordered, but was "
                + cycle);
    }
  }

  /** The wire form of a new-commerce line's billing cycle, which may be triennial. */
  static PcBillingCycle newCommerceBillingCycle(BillingCycle cycle) {
    switch (cycle) {
      case MONTHLY:
        return PcBillingCycle.MONTHLY;
      case ANNUAL:
        return PcBillingCycle.ANNUAL;
      case TRIENNIAL:
        return PcBillingCycle.TRIENNIAL;
      default:
        throw new IllegalArgumentException(
            "A new-commerce line's billing cycle must be MONTHLY, ANNUAL or TRIENNIAL, but was "
                + cycle);
    }
  }

  static Optional<CustomerAgreement> agreement(
      PcAgreement a, Optional<PartnerId> attestedBy, Instant recordedAt) {
    Objects.requireNonNull(attestedBy, "attestedBy must not be null");
    Objects.requireNonNull(recordedAt, "recordedAt must not be null");
    Optional<Instant> agreed = a.getDateAgreed();
    if (agreed.isEmpty() || agreed.get().isAfter(recordedAt)) {
      return Optional.empty();
    }
    return Optional.of(
        CustomerAgreement.builder()
            .dateAgreed(agreed.get())
            .recordedAt(recordedAt)
            .attestedBy(attestedBy)
            .build());
  }

  private static Optional<CustomerId> customerId(String text) {
    return parse(CustomerId::parse, text);
  }

  static Optional<ServiceId> serviceId(String text) {
    return parse(ServiceId::of, text);
  }

  /** Returns the id the model's own check accepts, so that its rule stays the one rule. */
  private static <T> Optional<T> parse(Function<String, T> of, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(of.apply(text.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> nonBlank(Optional<String> text) {
    return text.map(String::trim).filter(t -> !t.isEmpty());
  }

  /** Returns the text trimmed, or null when it is null or blank. */
  private static String nonBlank(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** Returns the first of two texts that is not blank, trimmed, or null. */
  private static String firstNonBlank(Optional<String> text, Optional<String> fallback) {
    String first = nonBlank(text.orElse(null));
    return first != null ? first : nonBlank(fallback.orElse(null));
  }
}
