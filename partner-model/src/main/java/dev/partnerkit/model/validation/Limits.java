package dev.partnerkit.model.validation;

/**
 * Holds every pattern, length and bound the model checks, each defined once: the Jakarta
 * annotations on the model's getters, their messages, and the identifiers' own checks all read them
 * from here, and so should any other code that checks the same thing before building a model value
 * (a client's argument checks, a fake server's request checks, a test's generators).
 *
 * <p>Patterns are {@link java.util.regex.Pattern} sources meant to match a whole value ({@code
 * matches()}, as {@code @Pattern} does). Lengths count UTF-16 units, as {@code @Size} and {@link
 * String#length()} do. Every field is a compile-time constant, so it can appear in an annotation.
 *
 * <p>Not instantiable; the constants are immutable and thread-safe.
 */
public final class Limits {
  // Identifiers ------------------------------------------------------------------------------

  /** The most characters of a token id ({@code PartnerId}, {@code ServiceId}, ...). */
  public static final int TOKEN_MAX_LENGTH = 128;

  /**
   * A token id: 1 to {@value #TOKEN_MAX_LENGTH} ASCII letters, digits and {@code . _ : -}, starting
   * with a letter or digit.
   */
  public static final String TOKEN =
      "[A-Za-z0-9][A-Za-z0-9._:\\-]{0," + (TOKEN_MAX_LENGTH - 1) + "}";

  /** What a token id must be, for messages: a noun phrase after "must be". */
  public static final String TOKEN_DESCRIPTION =
      "1 to " + TOKEN_MAX_LENGTH + " letters, digits or . _ : - starting with a letter or digit";

  /** A GUID, such as a tenant id: 8-4-4-4-12 hexadecimal digits in either case. */
  public static final String GUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  /** The most digits of an MPN id. */
  public static final int MPN_ID_MAX_DIGITS = 10;

  /** An MPN id: 1 to {@value #MPN_ID_MAX_DIGITS} ASCII decimal digits. */
  public static final String MPN_ID = "[0-9]{1," + MPN_ID_MAX_DIGITS + "}";

  // Addresses --------------------------------------------------------------------------------

  /** The most characters of an address line. */
  public static final int ADDRESS_LINE_MAX_LENGTH = 256;

  /** The most characters of a city. */
  public static final int CITY_MAX_LENGTH = 128;

  /** The most characters of a state or region. */
  public static final int STATE_MAX_LENGTH = 64;

  /** The most characters of a postal code. */
  public static final int POSTAL_CODE_MAX_LENGTH = 16;

  /** An ISO 3166-1 alpha-2 country code: two ASCII upper-case letters, such as {@code US}. */
  public static final String COUNTRY_CODE = "[A-Z]{2}";

  /** The violation message of {@link #COUNTRY_CODE}. */
  public static final String COUNTRY_CODE_MESSAGE =
      "must be an ISO 3166-1 alpha-2 country code such as US";

  // Companies and people ---------------------------------------------------------------------

  /** The most characters of a customer's company name. */
  public static final int COMPANY_NAME_MAX_LENGTH = 256;

  /** The most characters of a domain name, the longest a DNS name can be written. */
  public static final int DOMAIN_NAME_MAX_LENGTH = 253;

  /**
   * A domain name: two or more dot-separated labels of 1 to 63 ASCII letters, digits and hyphens,
   * neither starting nor ending with a hyphen, such as {@code fabrikam.onmicrosoft.com}.
   */
  public static final String DOMAIN_NAME =
      "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+";

  /** The violation message of {@link #DOMAIN_NAME}. */
  public static final String DOMAIN_NAME_MESSAGE =
      "must be a domain name such as fabrikam.onmicrosoft.com";

  /** The most characters of a person's first or last name. */
  public static final int PERSON_NAME_MAX_LENGTH = 128;

  /**
   * The most characters of an e-mail address (RFC 5321's 256-octet path less its angle brackets).
   * The address's form is Bean Validation's {@code @Email}, which has no pattern of ours.
   */
  public static final int EMAIL_MAX_LENGTH = 254;

  /** The most characters of a phone number. */
  public static final int PHONE_NUMBER_MAX_LENGTH = 32;

  // Partners ---------------------------------------------------------------------------------

  /** The most characters of a partner's company name. */
  public static final int PARTNER_NAME_MAX_LENGTH = 256;

  /** The most characters of a marketplace listing's headline. */
  public static final int LISTING_HEADLINE_MAX_LENGTH = 140;

  /** The most characters of one area of expertise in a marketplace listing. */
  public static final int EXPERTISE_MAX_LENGTH = 100;

  /** The fewest characters of a granular relationship's display name (GDAP-2). */
  public static final int RELATIONSHIP_DISPLAY_NAME_MIN_LENGTH = 1;

  /** The most characters of a granular relationship's display name (GDAP-2). */
  public static final int RELATIONSHIP_DISPLAY_NAME_MAX_LENGTH = 50;

  /**
   * How long a relationship locked for approval waits for the customer before it expires (GDAP-8):
   * the rules' default and the delegated-access report's.
   */
  public static final java.time.Duration GDAP_APPROVAL_WINDOW = java.time.Duration.ofDays(90);

  /** The most characters of the security group an access assignment names. */
  public static final int SECURITY_GROUP_MAX_LENGTH = 256;

  /** The most characters of a service request's title. */
  public static final int SERVICE_REQUEST_TITLE_MAX_LENGTH = 256;

  // Services, licenses and money -------------------------------------------------------------

  /** The most characters of a service's display name. */
  public static final int SERVICE_NAME_MAX_LENGTH = 256;

  /**
   * The fewest licenses of anything that counts them: an offer line, a subscription, a trial and
   * either bound of a service's licenses.
   */
  public static final int LICENSES_MIN = 1;

  /** The most licenses a service may allow on one purchase line (its upper bound's ceiling). */
  public static final int SERVICE_LICENSES_MAX = 1_000_000;

  /** The fewest days a trial runs. */
  public static final int TRIAL_DAYS_MIN = 1;

  /** The most days a trial runs. */
  public static final int TRIAL_DAYS_MAX = 366;

  /** The most licenses a trial gives. */
  public static final int TRIAL_LICENSES_MAX = 10_000;

  /** The most integer digits of an amount of money: amounts are below 10^15. */
  public static final int MONEY_MAX_INTEGER_DIGITS = 15;

  private Limits() {}
}
