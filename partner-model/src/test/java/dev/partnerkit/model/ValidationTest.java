package dev.partnerkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.partnerkit.model.GoldenValues.Golden;
import dev.partnerkit.model.validation.InvalidModelException;
import dev.partnerkit.model.validation.Limits;
import dev.partnerkit.model.validation.ModelValidator;
import dev.partnerkit.model.validation.Violation;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.AnnotatedParameterizedType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every Jakarta constraint in the model is seen by Hibernate Validator (which silently
 * ignores constraints it cannot see, such as those on non-getter accessors): each case breaks
 * exactly one constraint of an otherwise valid value and expects exactly one violation, at the
 * right path and with the right code.
 */
class ValidationTest {
  private static final String LONG_DOMAIN_LABEL = "a".repeat(63);

  static Stream<Golden<?>> goldens() {
    return GoldenValues.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void everyGoldenValueIsValid(Golden<?> golden) {
    assertThat(ModelValidator.validate(golden.value())).isEmpty();
    assertThat(ModelValidator.isValid(golden.value())).isTrue();
    assertThat(ModelValidator.requireValid(golden.value())).isSameAs(golden.value());
  }

  static Stream<Arguments> brokenConstraints() {
    Address address = GoldenValues.address();
    Contact contact = GoldenValues.contact();
    CompanyProfile profile = GoldenValues.companyProfile();
    Customer customer = GoldenValues.customer();
    Partner partner = GoldenValues.partner();
    Service service = GoldenValues.service();
    ServiceCatalog catalog = GoldenValues.serviceCatalog();
    PurchaseOffer purchase = GoldenValues.purchaseOffer();
    MarketplaceListing listing = GoldenValues.marketplaceListing();
    AccessAssignment assignment = GoldenValues.accessAssignment();
    GranularRelationship relationship = GoldenValues.granularRelationship();
    return Stream.of(
        // Address
        broken(
            "addressLine1",
            "NotBlank",
            () -> Address.builder().from(address).addressLine1(" ").build()),
        broken(
            "addressLine1",
            "Size",
            () -> Address.builder().from(address).addressLine1(chars(257)).build()),
        broken(
            "addressLine2",
            "Size",
            () -> Address.builder().from(address).addressLine2(chars(257)).build()),
        broken("city", "NotBlank", () -> Address.builder().from(address).city("").build()),
        broken("city", "Size", () -> Address.builder().from(address).city(chars(129)).build()),
        broken("state", "Size", () -> Address.builder().from(address).state(chars(65)).build()),
        broken(
            "postalCode",
            "NotBlank",
            () -> Address.builder().from(address).postalCode("\t").build()),
        broken(
            "postalCode",
            "Size",
            () -> Address.builder().from(address).postalCode(chars(17)).build()),
        broken("country", "Pattern", () -> Address.builder().from(address).country("us").build()),
        broken("country", "Pattern", () -> Address.builder().from(address).country("USA").build()),
        // Contact
        broken(
            "firstName", "NotBlank", () -> Contact.builder().from(contact).firstName(" ").build()),
        broken(
            "firstName",
            "Size",
            () -> Contact.builder().from(contact).firstName(chars(129)).build()),
        broken("lastName", "NotBlank", () -> Contact.builder().from(contact).lastName("").build()),
        broken(
            "lastName", "Size", () -> Contact.builder().from(contact).lastName(chars(129)).build()),
        broken("email", "NotBlank", () -> Contact.builder().from(contact).email("").build()),
        broken(
            "email", "Email", () -> Contact.builder().from(contact).email("avery.howard").build()),
        broken(
            "email",
            "Email",
            () -> Contact.builder().from(contact).email("avery@@fabrikam.com").build()),
        broken(
            "email", "Size", () -> Contact.builder().from(contact).email(longValidEmail()).build()),
        broken(
            "phoneNumber",
            "Size",
            () -> Contact.builder().from(contact).phoneNumber(chars(33)).build()),
        // CompanyProfile, with its cascades
        broken(
            "companyName",
            "NotBlank",
            () -> CompanyProfile.builder().from(profile).companyName(" ").build()),
        broken(
            "companyName",
            "Size",
            () -> CompanyProfile.builder().from(profile).companyName(chars(257)).build()),
        broken(
            "domain",
            "Pattern",
            () -> CompanyProfile.builder().from(profile).domain("fabrikam").build()),
        broken(
            "domain",
            "Pattern",
            () -> CompanyProfile.builder().from(profile).domain("-fabrikam.com").build()),
        broken(
            "domain",
            "Pattern",
            () -> CompanyProfile.builder().from(profile).domain("fab rikam.com").build()),
        broken(
            "domain",
            "Size",
            () -> CompanyProfile.builder().from(profile).domain(longValidDomain()).build()),
        broken(
            "address.country",
            "Pattern",
            () ->
                CompanyProfile.builder()
                    .from(profile)
                    .address(Address.builder().from(address).country("U1").build())
                    .build()),
        broken(
            "contact.email",
            "Email",
            () ->
                CompanyProfile.builder()
                    .from(profile)
                    .contact(Contact.builder().from(contact).email("x@").build())
                    .build()),
        // Customer: the cascade reaches two levels down
        broken(
            "profile.companyName",
            "NotBlank",
            () ->
                Customer.builder()
                    .from(customer)
                    .profile(
                        CompanyProfile.builder()
                            .from(customer.getProfile())
                            .companyName("")
                            .build())
                    .build()),
        broken(
            "profile.contact.email",
            "Email",
            () ->
                Customer.builder()
                    .from(customer)
                    .profile(
                        CompanyProfile.builder()
                            .from(customer.getProfile())
                            .contact(
                                Contact.builder().from(contact).email("juergen at alpine").build())
                            .build())
                    .build()),
        broken(
            "profile.address.postalCode",
            "Size",
            () ->
                Customer.builder()
                    .from(customer)
                    .profile(
                        CompanyProfile.builder()
                            .from(customer.getProfile())
                            .address(Address.builder().from(address).postalCode(chars(17)).build())
                            .build())
                    .build()),
        // Partner
        broken("name", "NotBlank", () -> Partner.builder().from(partner).name(" ").build()),
        broken("name", "Size", () -> Partner.builder().from(partner).name(chars(257)).build()),
        // TrialTerms
        broken("days", "Min", () -> TrialTerms.of(0, 25)),
        broken("days", "Max", () -> TrialTerms.of(367, 25)),
        broken("licenses", "Min", () -> TrialTerms.of(30, 0)),
        broken("licenses", "Max", () -> TrialTerms.of(30, 10_001)),
        // Service
        broken("name", "NotBlank", () -> Service.builder().from(service).name("").build()),
        broken("name", "Size", () -> Service.builder().from(service).name(chars(257)).build()),
        broken("minLicenses", "Min", () -> Service.builder().from(service).minLicenses(0).build()),
        broken(
            "maxLicenses",
            "Max",
            () -> Service.builder().from(service).maxLicenses(1_000_001).build()),
        broken(
            "billingCycles",
            "NotEmpty",
            () -> Service.builder().from(service).billingCycles(List.of()).build()),
        broken(
            "trial.days",
            "Min",
            () -> Service.builder().from(service).trial(TrialTerms.of(0, 25)).build()),
        broken(
            "trial.licenses",
            "Max",
            () -> Service.builder().from(service).trial(TrialTerms.of(30, 10_001)).build()),
        // ServiceCatalog: element paths carry the index
        broken(
            "services[4].name",
            "NotBlank",
            () ->
                replaceService(
                    catalog,
                    4,
                    Service.builder().from(catalog.getServices().get(4)).name(" ").build())),
        broken(
            "services[1].trial.licenses",
            "Min",
            () ->
                replaceService(
                    catalog,
                    1,
                    Service.builder()
                        .from(catalog.getServices().get(1))
                        .trial(TrialTerms.of(30, 0))
                        .build())),
        // OfferLine
        broken("licenses", "Min", () -> OfferLine.of(GoldenValues.EXCHANGE_ONLINE, 0)),
        broken(
            "licenses", "Min", () -> OfferLine.of(GoldenValues.EXCHANGE_ONLINE, Integer.MIN_VALUE)),
        // Offers
        broken(
            "services",
            "NotEmpty",
            () ->
                TrialInvitation.builder()
                    .from(GoldenValues.trialInvitation())
                    .services(List.of())
                    .build()),
        broken(
            "lines",
            "NotEmpty",
            () -> PurchaseOffer.builder().from(purchase).lines(List.of()).build()),
        broken(
            "lines[0].licenses",
            "Min",
            () ->
                PurchaseOffer.builder()
                    .from(purchase)
                    .lines(
                        List.of(
                            OfferLine.of(GoldenValues.EXCHANGE_ONLINE, 0),
                            purchase.getLines().get(1)))
                    .build()),
        broken(
            "lines[1].licenses",
            "Min",
            () ->
                PurchaseOffer.builder()
                    .from(purchase)
                    .lines(
                        List.of(
                            purchase.getLines().get(0), OfferLine.of(GoldenValues.DEFENDER, -3)))
                    .build()),
        // Subscription
        broken(
            "licenses",
            "Min",
            // The older programs' subscription: a new-commerce one checks its batches' sum first.
            () ->
                Subscription.builder()
                    .from(GoldenValues.subscription())
                    .term(Optional.empty())
                    .licenses(0)
                    .build()),
        broken(
            "seats",
            "Min",
            () -> SeatBatch.builder().from(GoldenValues.seatBatch()).seats(0).build()),
        // ServiceRequest
        broken(
            "title",
            "NotBlank",
            () -> ServiceRequest.builder().from(GoldenValues.serviceRequest()).title("  ").build()),
        broken(
            "title",
            "Size",
            () ->
                ServiceRequest.builder()
                    .from(GoldenValues.serviceRequest())
                    .title(chars(257))
                    .build()),
        // MarketplaceListing: constraints on set elements report the set with "[]"
        broken(
            "headline",
            "NotBlank",
            () -> MarketplaceListing.builder().from(listing).headline("").build()),
        broken(
            "headline",
            "Size",
            () -> MarketplaceListing.builder().from(listing).headline(chars(141)).build()),
        broken(
            "services",
            "NotEmpty",
            () -> MarketplaceListing.builder().from(listing).services(List.of()).build()),
        broken(
            "expertise[]",
            "NotBlank",
            () -> MarketplaceListing.builder().from(listing).addExpertise(" ").build()),
        broken(
            "expertise[]",
            "Size",
            () -> MarketplaceListing.builder().from(listing).addExpertise(chars(101)).build()),
        broken(
            "countries",
            "NotEmpty",
            () -> MarketplaceListing.builder().from(listing).countries(List.of()).build()),
        broken(
            "countries[]",
            "Pattern",
            () -> MarketplaceListing.builder().from(listing).addCountry("usa").build()),
        // AccessAssignment
        broken(
            "securityGroup",
            "NotBlank",
            () -> AccessAssignment.builder().from(assignment).securityGroup(" ").build()),
        broken(
            "securityGroup",
            "Size",
            () -> AccessAssignment.builder().from(assignment).securityGroup(chars(257)).build()),
        broken(
            "roles",
            "NotEmpty",
            () -> AccessAssignment.builder().from(assignment).roles(List.of()).build()),
        // GranularRelationship
        broken(
            "displayName",
            "Size",
            () -> GranularRelationship.builder().from(relationship).displayName("").build()),
        broken(
            "displayName",
            "Size",
            () -> GranularRelationship.builder().from(relationship).displayName(chars(51)).build()),
        broken(
            "accessAssignments[0].securityGroup",
            "NotBlank",
            () ->
                GranularRelationship.builder()
                    .from(relationship)
                    .accessAssignments(
                        List.of(
                            AccessAssignment.builder().from(assignment).securityGroup("").build()))
                    .build()),
        broken(
            "accessAssignments[0].roles",
            "NotEmpty",
            () ->
                GranularRelationship.builder()
                    .from(relationship)
                    .accessAssignments(
                        List.of(
                            AccessAssignment.builder().from(assignment).roles(List.of()).build()))
                    .build()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("brokenConstraints")
  void eachBrokenConstraintYieldsOneViolationAtItsPath(
      String path, String code, Supplier<Object> value) {
    Object invalid = value.get();

    List<Violation> violations = ModelValidator.validate(invalid);

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo(path);
              assertThat(v.code()).isEqualTo(code);
              assertThat(v.message()).isNotBlank();
            });
    assertThat(ModelValidator.isValid(invalid)).isFalse();
  }

  /**
   * Every length limit, from the constant the annotation names: a text of the allowed length
   * passes, and one character past it breaks {@code @Size} and nothing else.
   */
  static Stream<Arguments> lengthLimits() {
    Address address = GoldenValues.address();
    Contact contact = GoldenValues.contact();
    CompanyProfile profile = GoldenValues.companyProfile();
    MarketplaceListing listing = GoldenValues.marketplaceListing();
    GranularRelationship relationship = GoldenValues.granularRelationship();
    return Stream.of(
        atMost(
            "addressLine1",
            Limits.ADDRESS_LINE_MAX_LENGTH,
            n -> Address.builder().from(address).addressLine1(chars(n)).build()),
        atMost(
            "addressLine2",
            Limits.ADDRESS_LINE_MAX_LENGTH,
            n -> Address.builder().from(address).addressLine2(chars(n)).build()),
        atMost(
            "city",
            Limits.CITY_MAX_LENGTH,
            n -> Address.builder().from(address).city(chars(n)).build()),
        atMost(
            "state",
            Limits.STATE_MAX_LENGTH,
            n -> Address.builder().from(address).state(chars(n)).build()),
        atMost(
            "postalCode",
            Limits.POSTAL_CODE_MAX_LENGTH,
            n -> Address.builder().from(address).postalCode(chars(n)).build()),
        atMost(
            "firstName",
            Limits.PERSON_NAME_MAX_LENGTH,
            n -> Contact.builder().from(contact).firstName(chars(n)).build()),
        atMost(
            "lastName",
            Limits.PERSON_NAME_MAX_LENGTH,
            n -> Contact.builder().from(contact).lastName(chars(n)).build()),
        atMost(
            "email",
            Limits.EMAIL_MAX_LENGTH,
            n -> Contact.builder().from(contact).email(wellFormedEmail(n)).build()),
        atMost(
            "phoneNumber",
            Limits.PHONE_NUMBER_MAX_LENGTH,
            n -> Contact.builder().from(contact).phoneNumber(chars(n)).build()),
        atMost(
            "companyName",
            Limits.COMPANY_NAME_MAX_LENGTH,
            n -> CompanyProfile.builder().from(profile).companyName(chars(n)).build()),
        atMost(
            "domain",
            Limits.DOMAIN_NAME_MAX_LENGTH,
            n -> CompanyProfile.builder().from(profile).domain(wellFormedDomain(n)).build()),
        atMost(
            "name",
            Limits.PARTNER_NAME_MAX_LENGTH,
            n -> Partner.builder().from(GoldenValues.partner()).name(chars(n)).build()),
        atMost(
            "name",
            Limits.SERVICE_NAME_MAX_LENGTH,
            n -> Service.builder().from(GoldenValues.service()).name(chars(n)).build()),
        atMost(
            "title",
            Limits.SERVICE_REQUEST_TITLE_MAX_LENGTH,
            n ->
                ServiceRequest.builder()
                    .from(GoldenValues.serviceRequest())
                    .title(chars(n))
                    .build()),
        atMost(
            "securityGroup",
            Limits.SECURITY_GROUP_MAX_LENGTH,
            n ->
                AccessAssignment.builder()
                    .from(GoldenValues.accessAssignment())
                    .securityGroup(chars(n))
                    .build()),
        atMost(
            "headline",
            Limits.LISTING_HEADLINE_MAX_LENGTH,
            n -> MarketplaceListing.builder().from(listing).headline(chars(n)).build()),
        atMost(
            "expertise[]",
            Limits.EXPERTISE_MAX_LENGTH,
            n -> MarketplaceListing.builder().from(listing).addExpertise(chars(n)).build()),
        atMost(
            "displayName",
            Limits.RELATIONSHIP_DISPLAY_NAME_MAX_LENGTH,
            n -> GranularRelationship.builder().from(relationship).displayName(chars(n)).build()),
        Arguments.of(
            "displayName",
            Limits.RELATIONSHIP_DISPLAY_NAME_MIN_LENGTH,
            Limits.RELATIONSHIP_DISPLAY_NAME_MIN_LENGTH - 1,
            (IntFunction<Object>)
                n ->
                    GranularRelationship.builder()
                        .from(relationship)
                        .displayName(chars(n))
                        .build()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("lengthLimits")
  void eachLengthLimitIsTheConstantItNames(
      String path, int allowed, int refused, IntFunction<Object> withLength) {
    assertThat(ModelValidator.validate(withLength.apply(allowed))).isEmpty();
    assertThat(ModelValidator.validate(withLength.apply(refused)))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple(path, "Size"));
  }

  /**
   * Every numeric bound, from the constant the annotation names: the bound itself passes, and one
   * past it breaks that bound and nothing else.
   */
  static Stream<Arguments> numericBounds() {
    Service service = GoldenValues.service();
    Subscription subscription = GoldenValues.subscription();
    return Stream.of(
        bound("days", "Min", Limits.TRIAL_DAYS_MIN, -1, n -> TrialTerms.of(n, 25)),
        bound("days", "Max", Limits.TRIAL_DAYS_MAX, +1, n -> TrialTerms.of(n, 25)),
        bound("licenses", "Min", Limits.LICENSES_MIN, -1, n -> TrialTerms.of(30, n)),
        bound("licenses", "Max", Limits.TRIAL_LICENSES_MAX, +1, n -> TrialTerms.of(30, n)),
        bound(
            "minLicenses",
            "Min",
            Limits.LICENSES_MIN,
            -1,
            n -> Service.builder().from(service).minLicenses(n).build()),
        bound(
            "maxLicenses",
            "Max",
            Limits.SERVICE_LICENSES_MAX,
            +1,
            n -> Service.builder().from(service).maxLicenses(n).build()),
        bound(
            "licenses",
            "Min",
            Limits.LICENSES_MIN,
            -1,
            n -> OfferLine.of(GoldenValues.EXCHANGE_ONLINE, n)),
        bound(
            "licenses",
            "Min",
            Limits.LICENSES_MIN,
            -1,
            n ->
                Subscription.builder()
                    .from(subscription)
                    .term(Optional.empty())
                    .licenses(n)
                    .build()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("numericBounds")
  void eachNumericBoundIsTheConstantItNames(
      String path, String code, int bound, int step, IntFunction<Object> withValue) {
    assertThat(ModelValidator.validate(withValue.apply(bound))).isEmpty();
    assertThat(ModelValidator.validate(withValue.apply(bound + step)))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple(path, code));
  }

  @Test
  void patternsAndTheirMessagesAreTheConstantsTheyName() throws NoSuchMethodException {
    Pattern country = Address.class.getMethod("getCountry").getAnnotation(Pattern.class);
    Pattern domain = CompanyProfile.class.getMethod("getDomain").getAnnotation(Pattern.class);
    Pattern listedCountry =
        ((AnnotatedParameterizedType)
                MarketplaceListing.class.getMethod("getCountries").getAnnotatedReturnType())
            .getAnnotatedActualTypeArguments()[0].getAnnotation(Pattern.class);

    assertThat(country.regexp()).isEqualTo(Limits.COUNTRY_CODE);
    assertThat(country.message()).isEqualTo(Limits.COUNTRY_CODE_MESSAGE);
    assertThat(listedCountry.regexp()).isEqualTo(Limits.COUNTRY_CODE);
    assertThat(listedCountry.message()).isEqualTo(Limits.COUNTRY_CODE_MESSAGE);
    assertThat(domain.regexp()).isEqualTo(Limits.DOMAIN_NAME);
    assertThat(domain.message()).isEqualTo(Limits.DOMAIN_NAME_MESSAGE);
  }

  @Test
  void aCatalogServiceBoundsCheckIsSeenEvenWhereTheInvariantHidesIt() {
    // maxLicenses >= minLicenses >= 1 already implies maxLicenses >= 1; with both at 0 the
    // invariant passes and both constraints must still be seen.
    Service service =
        Service.builder().from(GoldenValues.service()).minLicenses(0).maxLicenses(0).build();

    assertThat(ModelValidator.validate(service))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("maxLicenses", "Min"), tuple("minLicenses", "Min"));
  }

  @Test
  void customMessagesSayWhatWasExpected() {
    Address address = Address.builder().from(GoldenValues.address()).country("usa").build();
    CompanyProfile profile =
        CompanyProfile.builder().from(GoldenValues.companyProfile()).domain("localhost").build();

    assertThat(ModelValidator.validate(address))
        .singleElement()
        .extracting(Violation::message)
        .isEqualTo("must be an ISO 3166-1 alpha-2 country code such as US");
    assertThat(ModelValidator.validate(profile))
        .singleElement()
        .extracting(Violation::message)
        .isEqualTo("must be a domain name such as fabrikam.onmicrosoft.com");
  }

  @Test
  void requireValidThrowsListingEveryViolationSortedByPath() {
    Customer customer = GoldenValues.customer();
    Customer invalid =
        Customer.builder()
            .from(customer)
            .profile(
                CompanyProfile.builder()
                    .from(customer.getProfile())
                    .companyName(" ")
                    .domain("not a domain")
                    .contact(
                        Contact.builder()
                            .from(customer.getProfile().getContact())
                            .email("nobody")
                            .build())
                    .build())
            .build();

    assertThatThrownBy(() -> ModelValidator.requireValid(invalid))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.getViolations())
                  .extracting(Violation::path, Violation::code)
                  .containsExactly(
                      tuple("profile.companyName", "NotBlank"),
                      tuple("profile.contact.email", "Email"),
                      tuple("profile.domain", "Pattern"));
              assertThat(e.getMessage())
                  .startsWith("Invalid Customer (3 violations): ")
                  .contains("profile.companyName: must not be blank (NotBlank)")
                  .contains("profile.contact.email")
                  .contains("profile.domain: must be a domain name");
            });
  }

  @Test
  void requireValidNamesTheModelTypeForASingleViolation() {
    OfferLine line = OfferLine.of(GoldenValues.EXCHANGE_ONLINE, 0);

    assertThatThrownBy(() -> ModelValidator.requireValid(line))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "Invalid OfferLine (1 violation): licenses: must be greater than or equal to 1 (Min)");
  }

  @Test
  void typesWhoseOnlyConstraintsAreNotNullAreGuardedByTheirBuilders() {
    // @NotNull documents these attributes for validators of other implementations; ours never get
    // that far, because the builder refuses a missing or null value.
    assertThat(ModelValidator.validate(GoldenValues.delegationGrant())).isEmpty();
    assertThat(ModelValidator.validate(GoldenValues.partnerOfRecord())).isEmpty();
    assertThat(ModelValidator.validate(GoldenValues.programEnrollment())).isEmpty();
    assertThat(ModelValidator.validate(GoldenValues.delegatedAdminInvitation())).isEmpty();
    assertThatThrownBy(
            () ->
                PartnerOfRecord.builder()
                    .partner(GoldenValues.ADATUM)
                    .designatedAt(Instant.EPOCH)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PartnerOfRecord")
        .hasMessageContaining("[customer]");
    assertThatThrownBy(() -> DelegationGrant.builder().partner(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("partner");
    assertThatThrownBy(() -> ProgramEnrollment.builder().program(Program.VAR).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[start]");
    assertThatThrownBy(
            () ->
                DelegatedAdminInvitation.builder()
                    .from(GoldenValues.delegatedAdminInvitation())
                    .customer(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
  }

  @Test
  void validateRefusesNullWithAClearMessage() {
    assertThatThrownBy(() -> ModelValidator.validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value to validate must not be null");
  }

  private static Arguments broken(String path, String code, Supplier<Object> value) {
    return Arguments.of(path, code, value);
  }

  private static Arguments atMost(String path, int max, IntFunction<Object> withLength) {
    return Arguments.of(path, max, max + 1, withLength);
  }

  private static Arguments bound(
      String path, String code, int bound, int step, IntFunction<Object> withValue) {
    return Arguments.of(path, code, bound, step, withValue);
  }

  private static ServiceCatalog replaceService(ServiceCatalog catalog, int index, Service service) {
    List<Service> services = new ArrayList<>(catalog.getServices());
    services.set(index, service);
    return ServiceCatalog.of(services);
  }

  /** Returns {@code n} non-blank characters, including some that need escaping or are non-ASCII. */
  private static String chars(int n) {
    StringBuilder text = new StringBuilder(n);
    String alphabet = "Fabrikam Ünïcödé \"quoted\" 東京 ";
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? 'X' : alphabet.charAt(i % alphabet.length()));
    }
    return text.toString();
  }

  /** Returns a well-formed address longer than 254 characters: valid for {@code @Email} alone. */
  private static String longValidEmail() {
    return wellFormedEmail(255);
  }

  /**
   * Returns an address of exactly {@code length} characters that {@code @Email} accepts, whatever
   * its length: a 64-character local part and a domain of labels of at most 63 characters.
   */
  private static String wellFormedEmail(int length) {
    return "l".repeat(64) + "@" + wellFormedDomain(length - 65);
  }

  /** Returns a domain of 255 characters whose every label is valid. */
  private static String longValidDomain() {
    return wellFormedDomain(255);
  }

  /**
   * Returns a domain name of exactly {@code length} characters (at least 3) whose every label is
   * valid: labels of 62 characters and a last one of whatever is left, 1 to 63.
   */
  private static String wellFormedDomain(int length) {
    if (length <= LONG_DOMAIN_LABEL.length()) {
      return "a".repeat(length - 2) + ".b";
    }
    String label = LONG_DOMAIN_LABEL.substring(1) + ".";
    StringBuilder domain = new StringBuilder(length);
    while (length - domain.length() > label.length()) {
      domain.append(label);
    }
    return domain.append("e".repeat(length - domain.length())).toString();
  }
}
