package dev.partnerkit.testing;

import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.AccessAssignmentId;
import dev.partnerkit.model.AccessAssignmentStatus;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantId;
import dev.partnerkit.model.GrantStatus;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.ImmutableAddress;
import dev.partnerkit.model.ImmutableContact;
import dev.partnerkit.model.ImmutableDelegatedAdminInvitation;
import dev.partnerkit.model.ImmutableDelegationGrant;
import dev.partnerkit.model.ImmutableGranularRelationship;
import dev.partnerkit.model.ImmutableMarketplaceListing;
import dev.partnerkit.model.ImmutablePartner;
import dev.partnerkit.model.ImmutableProgramEnrollment;
import dev.partnerkit.model.ImmutablePurchaseOffer;
import dev.partnerkit.model.ImmutableService;
import dev.partnerkit.model.ImmutableServiceRequest;
import dev.partnerkit.model.ImmutableSubscription;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.MarketplaceListing;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.ServiceRequestId;
import dev.partnerkit.model.ServiceRequestStatus;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds valid model values from a {@link ModelSource}: the one set of recipes behind {@link
 * ModelGenerators} and {@link ModelFactory}.
 *
 * <p>Most values look like real partner-program data (Microsoft's fictitious companies, real cities
 * and postal codes, service ids from the sample catalog); about one in six strings is an edge case
 * instead: exactly the longest length allowed, non-Latin scripts, characters JSON must escape, a
 * surrogate pair. Enums take their known values only: {@code UNKNOWN} arises from decoding a newer
 * service's data, never from these recipes. Timelines are coherent: an offer closes between sending
 * and expiry, a grant is revoked after it was granted, a relationship ends its duration after
 * activation.
 *
 * <p>Stateless and thread-safe; the state lives in the source.
 */
final class ModelRecipes {
  /** Where generated instants fall by default: 2020 to 2030. */
  private static final long FROM = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();

  private static final long UNTIL = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();

  /** The widest range of instants, for the occasional edge case: 1970 to 2100. */
  private static final long EDGE_UNTIL = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

  private static final int EDGE_PERCENT = 15;

  static final List<String> COMPANIES =
      List.of(
          "Fabrikam",
          "Contoso",
          "Northwind Traders",
          "Adatum",
          "Wingtip Toys",
          "Tailspin Toys",
          "Wide World Importers",
          "Litware",
          "Proseware",
          "Woodgrove Bank",
          "Lucerne Publishing",
          "Alpine Ski House",
          "Coho Winery",
          "Trey Research",
          "Fourth Coffee",
          "Margie's Travel",
          "Blue Yonder Airlines",
          "City Power & Light",
          "Relecloud",
          "Tailwind Traders",
          "Humongous Insurance",
          "Graphic Design Institute",
          "Munson's Pickles and Preserves",
          "Bellows College",
          "Lamna Healthcare",
          "Southridge Video",
          "VanArsdel",
          "Consolidated Messenger",
          "Müller & Söhne",
          "Société Générale d'Exemple",
          "東京商事",
          "Ørsted Rådgivning");

  private static final List<String> COMPANY_SUFFIXES =
      List.of("", " Inc.", " Ltd", " GmbH", " LLC", " S.A.", " Corporation", " Pty Ltd", " K.K.");

  private static final List<String> FIRST_NAMES =
      List.of(
          "Avery", "Jordan", "Ana", "Mateo", "Priya", "Wei", "Yuki", "Fatima", "Lars", "Chloé",
          "Jürgen", "Siobhán", "Kwame", "Olga", "Diego", "Aiko", "Noah", "Zoë", "Ravi", "Ingrid");

  private static final List<String> LAST_NAMES =
      List.of(
          "Howard",
          "Lima",
          "García",
          "Patel",
          "Zhang",
          "Tanaka",
          "Haddad",
          "Nilsson",
          "Dubois",
          "Weiß",
          "O'Connor",
          "Mensah",
          "Ivanova",
          "Santos",
          "Sato",
          "Smith",
          "Müller",
          "Kumar",
          "Andersen",
          "Nguyen");

  private static final List<String> ADDRESS_LINES_2 =
      List.of("Suite 200", "Floor 3", "Building 92", "Unit 5", "c/o Reception", "Postfach 1234");

  /** A city with a postal code of its country's shape, and where it has one, its state. */
  private record Place(
      String country, String city, String state, String postalCode, String street, String phone) {}

  private static final List<Place> PLACES =
      List.of(
          new Place("US", "Redmond", "WA", "98052", "Microsoft Way", "+1 425 555 "),
          new Place("US", "Arlington", "VA", "22202", "Army Navy Drive", "+1 703 555 "),
          new Place("GB", "London", "", "EC1A 1BB", "High Street", "+44 20 7946 "),
          new Place("DE", "Frankfurt am Main", "Hessen", "60325", "Mainzer Landstraße", "+49 69 "),
          new Place("DE", "Berlin", "", "10115", "Invalidenstraße", "+49 30 "),
          new Place("FR", "Paris", "", "75001", "Rue de Rivoli", "+33 1 "),
          new Place("JP", "Tokyo", "東京都", "100-0005", "Marunouchi", "+81 3 "),
          new Place("CN", "Shanghai", "上海市", "200000", "Nanjing Road", "+86 21 "),
          new Place("CN", "Beijing", "北京市", "100000", "Chang'an Avenue", "+86 10 "),
          new Place("CA", "Toronto", "ON", "M5H 2N2", "Queen Street West", "+1 416 555 "),
          new Place("AU", "Sydney", "NSW", "2000", "George Street", "+61 2 "),
          new Place("NL", "Amsterdam", "", "1012 JS", "Damrak", "+31 20 "),
          new Place("SE", "Stockholm", "", "111 22", "Drottninggatan", "+46 8 "),
          new Place("IN", "Bengaluru", "KA", "560001", "MG Road", "+91 80 "),
          new Place("BR", "São Paulo", "SP", "01310-100", "Avenida Paulista", "+55 11 "),
          new Place("IE", "Dublin", "", "D02 X285", "Grafton Street", "+353 1 "));

  static final List<String> COUNTRIES =
      PLACES.stream().map(Place::country).distinct().collect(Collectors.toUnmodifiableList());

  static final List<ServiceId> SERVICE_IDS =
      List.of(
          Samples.EXCHANGE_ONLINE,
          Samples.OFFICE_365_E3,
          Samples.SHAREPOINT_ONLINE,
          Samples.TEAMS_ESSENTIALS,
          Samples.DEFENDER_FOR_OFFICE_365,
          ServiceId.of("OFFICE_365_E5"),
          ServiceId.of("MICROSOFT_365_BUSINESS_PREMIUM"),
          ServiceId.of("POWER_BI_PRO"),
          ServiceId.of("PROJECT_PLAN_3"),
          ServiceId.of("VISIO_PLAN_2"),
          ServiceId.of("INTUNE_PLAN_1"),
          ServiceId.of("CFQ7TTC0LH18:0001"));

  private static final List<String> SERVICE_NAMES =
      List.of(
          "Exchange Online (Plan 1)",
          "Office 365 E3",
          "SharePoint Online (Plan 1)",
          "Microsoft Teams Essentials",
          "Microsoft Defender for Office 365 (Plan 1)",
          "Office 365 E5",
          "Microsoft 365 Business Premium",
          "Power BI Pro",
          "Project Plan 3",
          "Visio Plan 2",
          "Microsoft Intune Plan 1");

  private static final List<String> TITLES =
      List.of(
          "Mailbox migration stalled at 80%",
          "Cannot assign licenses to new users",
          "Users cannot sign in to Teams",
          "SharePoint site storage quota exceeded",
          "Admin locked out after password reset",
          "Question about the latest invoice",
          "DKIM keys not rotating for contoso.com");

  private static final List<String> TAGLINES =
      List.of(
          "Microsoft 365 deployment for small businesses",
          "Mailbox migration without downtime",
          "Managed security for Exchange and Teams",
          "Licensing advice and 24/7 support",
          "Modern workplace consulting");

  private static final List<String> EXPERTISE =
      List.of(
          "Data migration",
          "Identity and access",
          "Teams voice",
          "Email security",
          "Compliance",
          "Licensing",
          "Power Platform");

  private static final List<String> SECURITY_GROUPS =
      List.of(
          "Helpdesk Agents",
          "Tier 2 Support",
          "Exchange Admins",
          "Security Operations",
          "Billing Desk",
          "Onboarding Team");

  private static final List<String> RELATIONSHIP_PURPOSES =
      List.of("helpdesk", "migration", "security review", "licensing", "full management");

  private static final List<String> CURRENCIES =
      List.of("USD", "EUR", "GBP", "JPY", "CHF", "AUD", "CAD", "CNY", "INR", "KWD");

  /** Characters for edge-case text: JSON escapes, accents, CJK, a right-to-left script. */
  private static final String EDGE_ALPHABET = "abcXYZ019 .,-_'&\"\\/<>@#%()éüßøçñ東京商事אבגعربي\t\n";

  /** Characters an edge-case text may start with, so that it is never blank. */
  private static final String EDGE_FIRST = "aZ9é東\"\\<";

  /** A character outside the Basic Multilingual Plane: two UTF-16 units. */
  private static final String SURROGATE_PAIR = "\uD83D\uDE80";

  private ModelRecipes() {}

  // Scalars ------------------------------------------------------------------------------------

  /** Returns the known values of a model enum, without its {@code UNKNOWN}. */
  static <E extends Enum<E>> List<E> known(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> !constant.name().equals("UNKNOWN"))
        .collect(Collectors.toUnmodifiableList());
  }

  static Instant instant(ModelSource s) {
    if (s.chance(EDGE_PERCENT)) {
      return Instant.ofEpochSecond(s.longBetween(0, EDGE_UNTIL), s.intBetween(0, 999_999_999));
    }
    return Instant.ofEpochSecond(s.longBetween(FROM, UNTIL));
  }

  /** Returns an instant from {@code start} to {@code start + most}, inclusive. */
  static Instant after(ModelSource s, Instant start, Duration most) {
    return start.plusSeconds(s.longBetween(0, most.toSeconds()));
  }

  static UUID uuid(ModelSource s) {
    long high = (s.longBetween(0, 0xFFFF_FFFFL) << 32) | s.longBetween(0, 0xFFFF_FFFFL);
    long low = (s.longBetween(0, 0xFFFF_FFFFL) << 32) | s.longBetween(0, 0xFFFF_FFFFL);
    // Version 4 and the IETF variant, as Entra issues tenant ids.
    return new UUID(
        (high & ~0xF000L) | 0x4000L, (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
  }

  /**
   * Returns text for a field that allows {@code max} characters: usually {@code usual}, sometimes
   * an edge case of up to {@code max} characters that is never blank.
   */
  static String text(ModelSource s, String usual, int max) {
    if (!s.chance(EDGE_PERCENT) && usual.length() <= max) {
      return usual;
    }
    return edgeText(s, s.chance(50) ? max : s.intBetween(1, max));
  }

  /** Returns exactly {@code length} UTF-16 units of awkward but valid, non-blank text. */
  static String edgeText(ModelSource s, int length) {
    StringBuilder text = new StringBuilder(length);
    text.append(EDGE_FIRST.charAt(s.intBetween(0, EDGE_FIRST.length() - 1)));
    while (text.length() < length) {
      if (length - text.length() >= 2 && s.chance(5)) {
        text.append(SURROGATE_PAIR);
      } else {
        text.append(EDGE_ALPHABET.charAt(s.intBetween(0, EDGE_ALPHABET.length() - 1)));
      }
    }
    return text.toString();
  }

  /** Returns lower-case ASCII letters and digits of {@code text}, accents dropped. */
  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  static String company(ModelSource s) {
    return s.pick(COMPANIES) + (s.chance(50) ? s.pick(COMPANY_SUFFIXES) : "");
  }

  /** Returns a token id such as {@code northwind-4821}: letters, digits and {@code . _ : -}. */
  static String token(ModelSource s, String stem) {
    if (s.chance(5)) {
      return edgeToken(s, s.chance(50) ? 128 : s.intBetween(1, 128));
    }
    String base = stem.isEmpty() ? "id" : stem;
    return base + "-" + s.intBetween(1, 99_999);
  }

  private static String edgeToken(ModelSource s, int length) {
    String first = "aZ09";
    String rest = "aZ09._:-";
    StringBuilder token = new StringBuilder(length);
    token.append(first.charAt(s.intBetween(0, first.length() - 1)));
    while (token.length() < length) {
      token.append(rest.charAt(s.intBetween(0, rest.length() - 1)));
    }
    return token.toString();
  }

  private static String digits(ModelSource s, int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + s.intBetween(0, 9)));
    }
    return digits.toString();
  }

  // Identifiers --------------------------------------------------------------------------------

  static PartnerId partnerId(ModelSource s) {
    return PartnerId.of(token(s, slug(s.pick(COMPANIES))));
  }

  static CustomerId customerId(ModelSource s) {
    return CustomerId.of(uuid(s));
  }

  static ServiceId serviceId(ModelSource s) {
    return s.chance(10) ? ServiceId.of(token(s, "SKU")) : s.pick(SERVICE_IDS);
  }

  static InvitationId invitationId(ModelSource s) {
    return InvitationId.of(token(s, "invitation"));
  }

  static GrantId grantId(ModelSource s) {
    return GrantId.of(token(s, "grant"));
  }

  static SubscriptionId subscriptionId(ModelSource s) {
    return SubscriptionId.of(s.chance(50) ? uuid(s).toString() : token(s, "sub"));
  }

  static RelationshipId relationshipId(ModelSource s) {
    // Microsoft Graph's ids join two GUIDs, well within the 128-character token.
    return RelationshipId.of(uuid(s) + "-" + uuid(s));
  }

  static AccessAssignmentId accessAssignmentId(ModelSource s) {
    return AccessAssignmentId.of(uuid(s).toString());
  }

  static ServiceRequestId serviceRequestId(ModelSource s) {
    return ServiceRequestId.of("SR-" + digits(s, 10));
  }

  static MpnId mpnId(ModelSource s) {
    return MpnId.of(digits(s, s.intBetween(1, 10)));
  }

  // Customers ----------------------------------------------------------------------------------

  static Cloud cloud(ModelSource s) {
    return s.chance(30)
        ? s.pick(List.of(Cloud.US_GOVERNMENT, Cloud.CHINA_21VIANET, Cloud.GERMANY))
        : Cloud.GLOBAL;
  }

  /** Returns a place in the cloud's country: China, Germany and the US for their own clouds. */
  private static Place place(ModelSource s, Cloud cloud) {
    String country =
        switch (cloud) {
          case CHINA_21VIANET -> "CN";
          case GERMANY -> "DE";
          case US_GOVERNMENT -> "US";
          default -> "";
        };
    if (country.isEmpty()) {
      return s.pick(PLACES);
    }
    return s.pick(
        PLACES.stream().filter(p -> p.country().equals(country)).collect(Collectors.toList()));
  }

  static Address address(ModelSource s) {
    return address(s, s.pick(PLACES));
  }

  private static Address address(ModelSource s, Place place) {
    ImmutableAddress.Builder address =
        Address.builder()
            .addressLine1(text(s, s.intBetween(1, 999) + " " + place.street(), 256))
            .city(text(s, place.city(), 128))
            .postalCode(place.postalCode())
            .country(place.country());
    if (s.chance(30)) {
      address.addressLine2(text(s, s.pick(ADDRESS_LINES_2), 256));
    }
    if (!place.state().isEmpty()) {
      address.state(text(s, place.state(), 64));
    }
    return address.build();
  }

  static Contact contact(ModelSource s) {
    return contact(s, "contoso.com", s.pick(PLACES));
  }

  private static Contact contact(ModelSource s, String domain, Place place) {
    String first = s.pick(FIRST_NAMES);
    String last = s.pick(LAST_NAMES);
    String local = slug(first) + "." + slug(last);
    // An address is at most 254 characters; the longest domains leave no room for a mailbox.
    String mailDomain = local.length() + 1 + domain.length() <= 254 ? domain : "contoso.com";
    ImmutableContact.Builder contact =
        Contact.builder()
            .firstName(text(s, first, 128))
            .lastName(text(s, last, 128))
            .email(local + "@" + mailDomain);
    if (s.chance(60)) {
      contact.phoneNumber(place.phone() + digits(s, 4));
    }
    return contact.build();
  }

  private static String domain(ModelSource s, String company, Cloud cloud) {
    if (s.chance(5)) {
      // The longest domain the constraint allows: 253 characters in labels of up to 63.
      String label = "x".repeat(63);
      return String.join(".", label, label, label, "y".repeat(61));
    }
    String stem = slug(company);
    String label =
        (stem.isEmpty() ? "tenant" : stem)
            + (s.chance(30) ? String.valueOf(s.intBetween(1, 999)) : "");
    return switch (cloud) {
      case CHINA_21VIANET -> label + ".partner.onmschina.cn";
      case GERMANY -> label + ".onmicrosoft.de";
      case US_GOVERNMENT -> label + ".onmicrosoft.us";
      default -> label + s.pick(List.of(".onmicrosoft.com", ".com", ".co.uk", ".de", ".com.au"));
    };
  }

  static CompanyProfile companyProfile(ModelSource s) {
    return companyProfile(s, Cloud.GLOBAL);
  }

  private static CompanyProfile companyProfile(ModelSource s, Cloud cloud) {
    Place place = place(s, cloud);
    String company = company(s);
    String domain = domain(s, company, cloud);
    return CompanyProfile.builder()
        .companyName(text(s, company, 256))
        .domain(domain)
        .address(address(s, place))
        .contact(contact(s, domain, place))
        .build();
  }

  static Customer customer(ModelSource s) {
    Cloud cloud = cloud(s);
    return Customer.builder()
        .id(customerId(s))
        .profile(companyProfile(s, cloud))
        .cloud(cloud)
        .build();
  }

  // Partners -----------------------------------------------------------------------------------

  static ProgramEnrollment programEnrollment(ModelSource s) {
    Instant start = instant(s);
    ImmutableProgramEnrollment.Builder enrollment =
        ProgramEnrollment.builder().program(s.pick(known(Program.class))).start(start);
    if (s.chance(30)) {
      enrollment.end(after(s, start, Duration.ofDays(3 * 365)));
    }
    return enrollment.build();
  }

  static Partner partner(ModelSource s) {
    String company = company(s);
    ImmutablePartner.Builder partner =
        Partner.builder()
            .id(PartnerId.of(token(s, slug(company))))
            .name(text(s, company, 256))
            .cloud(cloud(s))
            .agreementSigned(!s.chance(20));
    if (s.chance(60)) {
      partner.mpnId(mpnId(s));
    }
    int enrollments = s.intBetween(0, 3);
    for (int i = 0; i < enrollments; i++) {
      partner.addEnrollment(programEnrollment(s));
    }
    return partner.addAllAuthorizedServices(s.distinct(SERVICE_IDS, 0, 5)).build();
  }

  // Catalog ------------------------------------------------------------------------------------

  static TrialTerms trialTerms(ModelSource s) {
    if (s.chance(EDGE_PERCENT)) {
      return TrialTerms.of(s.intBetween(1, 366), s.intBetween(1, 10_000));
    }
    return TrialTerms.of(s.pick(List.of(30, 60, 90)), s.pick(List.of(25, 10, 100)));
  }

  static Service service(ModelSource s) {
    return service(s, serviceId(s), SERVICE_IDS);
  }

  /** Returns a service with the given id whose add-on and conversion targets come from others. */
  private static Service service(ModelSource s, ServiceId id, List<ServiceId> others) {
    int min = s.chance(20) ? s.intBetween(1, 10) : 1;
    int max =
        s.chance(EDGE_PERCENT)
            ? s.intBetween(min, 1_000_000)
            : Math.max(min, s.pick(List.of(300, 10_000, 1_000, 2_500)));
    int index = SERVICE_IDS.indexOf(id);
    String usualName =
        index >= 0 && index < SERVICE_NAMES.size() ? SERVICE_NAMES.get(index) : id.value();
    ImmutableService.Builder service =
        Service.builder()
            .id(id)
            .name(text(s, usualName, 256))
            .minLicenses(min)
            .maxLicenses(max)
            .addAllBillingCycles(
                s.pick(
                    List.of(
                        List.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL),
                        List.of(BillingCycle.MONTHLY),
                        List.of(BillingCycle.ANNUAL))));
    if (!s.chance(30)) {
      service.trial(trialTerms(s));
    }
    List<ServiceId> candidates =
        others.stream().filter(other -> !other.equals(id)).collect(Collectors.toList());
    if (!candidates.isEmpty() && s.chance(20)) {
      service.addOnTo(s.pick(candidates));
    }
    if (!candidates.isEmpty() && s.chance(20)) {
      service.addAllConvertsTo(s.distinct(candidates, 1, 2));
    }
    return service.build();
  }

  static ServiceCatalog serviceCatalog(ModelSource s) {
    List<ServiceId> ids = s.distinct(SERVICE_IDS, 0, 6);
    List<Service> services = new ArrayList<>(ids.size());
    for (ServiceId id : ids) {
      services.add(service(s, id, ids));
    }
    return ServiceCatalog.of(services);
  }

  // Offers -------------------------------------------------------------------------------------

  static Money money(ModelSource s) {
    Currency currency = Currency.getInstance(s.pick(CURRENCIES));
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    long scale = BigDecimal.TEN.pow(digits).longValueExact();
    long most = s.chance(EDGE_PERCENT) ? 1_000_000_000_000_000L * scale - 1 : 100_000 * scale;
    return new Money(BigDecimal.valueOf(s.longBetween(0, most), digits), currency);
  }

  static OfferLine offerLine(ModelSource s) {
    return OfferLine.of(serviceId(s), licenses(s));
  }

  private static int licenses(ModelSource s) {
    return s.chance(EDGE_PERCENT)
        ? s.intBetween(1, Integer.MAX_VALUE)
        : s.pick(List.of(1, 5, 10, 25, 50, 100, 300));
  }

  /**
   * Returns a delegated-admin invitation: the parts every kind of offer shares, with a coherent
   * timeline. The other kinds copy these parts with {@code builder().from((Offer) head)}.
   */
  static DelegatedAdminInvitation delegatedAdminInvitation(ModelSource s) {
    Instant sent = instant(s);
    Instant expires =
        s.chance(20)
            ? sent.plusSeconds(s.longBetween(1, Duration.ofDays(400).toSeconds()))
            : sent.plus(Duration.ofDays(90));
    OfferStatus status =
        s.chance(40)
            ? s.pick(
                List.of(
                    OfferStatus.ACCEPTED,
                    OfferStatus.DECLINED,
                    OfferStatus.REVOKED,
                    OfferStatus.EXPIRED))
            : OfferStatus.PENDING;
    ImmutableDelegatedAdminInvitation.Builder offer =
        DelegatedAdminInvitation.builder()
            .id(invitationId(s))
            .partner(partnerId(s))
            .customer(customerId(s))
            .sentAt(sent)
            .expiresAt(expires)
            .status(status);
    if (status == OfferStatus.EXPIRED) {
      offer.closedAt(expires);
    } else if (status != OfferStatus.PENDING) {
      offer.closedAt(after(s, sent, Duration.between(sent, expires)));
    }
    return offer.build();
  }

  static TrialInvitation trialInvitation(ModelSource s) {
    Offer head = delegatedAdminInvitation(s);
    return TrialInvitation.builder()
        .from(head)
        .delegatedAdmin(s.chance(40))
        .addAllServices(s.distinct(SERVICE_IDS, 1, 3))
        .build();
  }

  static PurchaseOffer purchaseOffer(ModelSource s) {
    Offer head = delegatedAdminInvitation(s);
    ImmutablePurchaseOffer.Builder offer =
        PurchaseOffer.builder()
            .from(head)
            .delegatedAdmin(s.chance(30))
            .billingCycle(s.pick(List.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL)));
    for (ServiceId service : s.distinct(SERVICE_IDS, 1, 4)) {
      offer.addLine(OfferLine.of(service, licenses(s)));
    }
    if (s.chance(50)) {
      offer.fee(money(s));
    }
    if (s.chance(30)) {
      offer.followsUp(invitationId(s));
    }
    return offer.build();
  }

  static ResellerInvitation resellerInvitation(ModelSource s) {
    return ResellerInvitation.builder().from((Offer) delegatedAdminInvitation(s)).build();
  }

  static Offer offer(ModelSource s) {
    return switch (s.intBetween(0, 3)) {
      case 0 -> trialInvitation(s);
      case 1 -> purchaseOffer(s);
      case 2 -> resellerInvitation(s);
      default -> delegatedAdminInvitation(s);
    };
  }

  // Relationships between partners and customers ---------------------------------------------

  static DelegationGrant delegationGrant(ModelSource s) {
    Instant granted = instant(s);
    ImmutableDelegationGrant.Builder grant =
        DelegationGrant.builder()
            .id(grantId(s))
            .partner(partnerId(s))
            .customer(customerId(s))
            .origin(invitationId(s))
            .grantedAt(granted);
    if (s.chance(30)) {
      grant.status(GrantStatus.REVOKED).revokedAt(after(s, granted, Duration.ofDays(730)));
    }
    return grant.build();
  }

  static PartnerOfRecord partnerOfRecord(ModelSource s) {
    return PartnerOfRecord.builder()
        .customer(customerId(s))
        .partner(partnerId(s))
        .designatedAt(instant(s))
        .build();
  }

  static Subscription subscription(ModelSource s) {
    Instant start = instant(s);
    ImmutableSubscription.Builder subscription =
        Subscription.builder()
            .id(subscriptionId(s))
            .customer(customerId(s))
            .service(serviceId(s))
            .start(start)
            .status(
                s.chance(20)
                    ? s.pick(
                        List.of(
                            SubscriptionStatus.EXPIRED,
                            SubscriptionStatus.SUSPENDED,
                            SubscriptionStatus.DELETED))
                    : SubscriptionStatus.ACTIVE);
    if (!s.chance(20)) {
      subscription.partner(partnerId(s));
    }
    if (s.chance(30)) {
      // A trial: fixed terms from the catalog (TRIAL-2), no billing cycle until it converts.
      TrialTerms terms = trialTerms(s);
      return subscription
          .trial(true)
          .licenses(terms.getLicenses())
          .end(start.plus(Duration.ofDays(terms.getDays())))
          .build();
    }
    BillingCycle cycle = s.pick(List.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL));
    subscription.trial(false).licenses(licenses(s)).billingCycle(cycle);
    if (!s.chance(20)) {
      subscription.end(start.plus(Duration.ofDays(cycle == BillingCycle.ANNUAL ? 365 : 30)));
    }
    return subscription.build();
  }

  static ServiceRequest serviceRequest(ModelSource s) {
    ImmutableServiceRequest.Builder request =
        ServiceRequest.builder()
            .id(serviceRequestId(s))
            .customer(customerId(s))
            .title(text(s, s.pick(TITLES), 256))
            .createdAt(instant(s))
            .status(s.chance(40) ? ServiceRequestStatus.CLOSED : ServiceRequestStatus.OPEN);
    if (s.chance(60)) {
      request.filedBy(partnerId(s));
    }
    return request.build();
  }

  static MarketplaceListing marketplaceListing(ModelSource s) {
    String headline = company(s) + ": " + s.pick(TAGLINES);
    ImmutableMarketplaceListing.Builder listing =
        MarketplaceListing.builder()
            .partner(partnerId(s))
            .headline(text(s, headline, 140))
            .addAllServices(s.distinct(SERVICE_IDS, 1, 4))
            .addAllCountries(s.distinct(COUNTRIES, 1, 4));
    for (String expertise : s.distinct(EXPERTISE, 0, 3)) {
      listing.addExpertise(text(s, expertise, 100));
    }
    return listing.build();
  }

  // Granular delegated admin relationships ----------------------------------------------------

  /** Returns a role: mostly one GDAP-12's table names, now and then an id it does not name. */
  static Role role(ModelSource s) {
    return s.chance(20) ? Role.of(uuid(s)) : s.pick(Role.named());
  }

  /** Returns one to three named roles, and now and then one the table does not name (GDAP-12). */
  private static List<Role> roles(ModelSource s) {
    List<Role> roles = new ArrayList<>(s.distinct(Role.named(), 1, 3));
    if (s.chance(20)) {
      roles.add(Role.of(uuid(s)));
    }
    return roles;
  }

  static AccessAssignment accessAssignment(ModelSource s) {
    return accessAssignment(s, roles(s), instant(s));
  }

  private static AccessAssignment accessAssignment(
      ModelSource s, List<Role> roles, Instant createdAt) {
    return AccessAssignment.builder()
        .id(accessAssignmentId(s))
        .securityGroup(s.chance(20) ? uuid(s).toString() : text(s, s.pick(SECURITY_GROUPS), 256))
        .addAllRoles(s.distinct(roles, 1, 3))
        .status(
            s.chance(20)
                ? s.pick(known(AccessAssignmentStatus.class))
                : AccessAssignmentStatus.ACTIVE)
        .createdAt(createdAt)
        .build();
  }

  static GranularRelationship granularRelationship(ModelSource s) {
    RelationshipStatus status = s.pick(known(RelationshipStatus.class));
    List<Role> roles = roles(s);
    Duration duration =
        s.chance(30)
            ? Duration.ofDays(s.intBetween(1, 730))
            : Duration.ofDays(s.pick(List.of(730, 365, 180, 90)));
    String displayName =
        s.chance(EDGE_PERCENT)
            ? edgeText(s, s.intBetween(1, 50))
            : fit(s.pick(COMPANIES) + " - " + s.pick(RELATIONSHIP_PURPOSES), 50);
    Instant created = instant(s);
    ImmutableGranularRelationship.Builder relationship =
        GranularRelationship.builder()
            .id(relationshipId(s))
            .partner(partnerId(s))
            .customer(customerId(s))
            .displayName(displayName)
            .duration(duration)
            .addAllRoles(roles)
            .status(status)
            .createdAt(created);
    // Auto-extend is off or P180D (GDAP-4), and never with Global Administrator (GDAP-5).
    if (!roles.contains(Role.GLOBAL_ADMINISTRATOR) && s.chance(40)) {
      relationship.autoExtendDuration(Duration.ofDays(180));
    }
    if (status == RelationshipStatus.CREATED) {
      return relationship.build();
    }
    Instant locked = after(s, created, Duration.ofDays(30));
    relationship.lockedAt(locked);
    if (status == RelationshipStatus.APPROVAL_PENDING) {
      return relationship.build();
    }
    Instant activated = after(s, locked, Duration.ofDays(30));
    relationship.activatedAt(activated).endsAt(activated.plus(duration));
    if (status.isInForce()) {
      int assignments = s.intBetween(0, 2);
      for (int i = 0; i < assignments; i++) {
        relationship.addAccessAssignment(
            accessAssignment(s, roles, after(s, activated, Duration.ofDays(7))));
      }
    }
    return relationship.build();
  }

  /** Returns the text cut to {@code max} UTF-16 units, never inside a surrogate pair. */
  private static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
