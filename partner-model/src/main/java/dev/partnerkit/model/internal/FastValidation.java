package dev.partnerkit.model.internal;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.ImmutableAddress;
import dev.partnerkit.model.ImmutableCompanyProfile;
import dev.partnerkit.model.ImmutableContact;
import dev.partnerkit.model.ImmutableCustomer;
import dev.partnerkit.model.ImmutableDelegatedAdminInvitation;
import dev.partnerkit.model.ImmutableOfferLine;
import dev.partnerkit.model.ImmutablePartner;
import dev.partnerkit.model.ImmutableProgramEnrollment;
import dev.partnerkit.model.ImmutablePurchaseOffer;
import dev.partnerkit.model.ImmutableTrialInvitation;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.TrialInvitation;
import java.util.List;
import java.util.Optional;

/**
 * Proves, without Hibernate Validator, that a value meets every Jakarta constraint it carries. Not
 * API: it may change without notice.
 *
 * <p>Each check here mirrors the annotations of one model type with plain getter calls and
 * character loops, because Hibernate Validator's per-call machinery and regular expressions cost
 * about 10 µs a customer. An answer of {@code true} is a proof: Hibernate Validator finds no
 * violation in the value. An answer of {@code false} only means "not proven": the value may be
 * valid in a way these checks do not try to recognise (a quoted or non-ASCII e-mail address, say),
 * so the caller must ask Hibernate Validator, which stays the only source of violation reports.
 *
 * <p>It knows customers and the values they hold (company profiles, addresses, contacts), partners
 * and the three kinds of offer, each only as its generated {@code Immutable*} class. Those classes
 * are final, so their constraints are exactly the interface's annotations; any other implementation
 * could declare constraints of its own and is left to Hibernate Validator. Each check must be kept
 * in step with the annotations of its type: a test compares it with Hibernate Validator over
 * generated valid values and values that break each constraint.
 *
 * <p>Stateless and thread-safe; a class of static methods. The checks allocate nothing; the only
 * allocation is the generated getters' own, which wrap a present optional value in a new {@link
 * Optional} on each call.
 */
public final class FastValidation {
  /** {@code @Email}'s most characters before the {@code @} ({@code AbstractEmailValidator}). */
  private static final int MAX_EMAIL_LOCAL_PART = 64;

  /** {@code @Email}'s most characters after the {@code @} ({@code DomainNameUtil}). */
  private static final int MAX_EMAIL_DOMAIN = 255;

  /** The most characters {@link java.net.IDN#toASCII(String)} accepts in one label. */
  private static final int MAX_DNS_LABEL = 63;

  private FastValidation() {}

  /**
   * Returns whether {@code value} is proven to break no constraint; {@code false} when it breaks
   * one, when this class has no checks for its type, or when the checks cannot decide.
   *
   * @param value a model value, or null (never proven valid)
   * @return true only when Hibernate Validator would find no violation
   */
  public static boolean provesValid(Object value) {
    if (value instanceof ImmutableCustomer customer) {
      return customer(customer);
    }
    if (value instanceof ImmutableCompanyProfile profile) {
      return companyProfile(profile);
    }
    if (value instanceof ImmutableAddress address) {
      return address(address);
    }
    if (value instanceof ImmutableContact contact) {
      return contact(contact);
    }
    if (value instanceof ImmutablePartner partner) {
      return partner(partner);
    }
    if (value instanceof ImmutablePurchaseOffer offer) {
      return purchaseOffer(offer);
    }
    if (value instanceof ImmutableTrialInvitation offer) {
      return trialInvitation(offer);
    }
    if (value instanceof ImmutableDelegatedAdminInvitation offer) {
      return offer(offer);
    }
    return false;
  }

  // Customers ----------------------------------------------------------------------------------

  private static boolean customer(Customer customer) {
    // @NotNull id; @NotNull @Valid profile.
    return customer.getId() != null
        && customer.getProfile() instanceof ImmutableCompanyProfile profile
        && companyProfile(profile);
  }

  private static boolean companyProfile(CompanyProfile profile) {
    // @NotBlank @Size(max = 256) companyName; @NotBlank @Size(max = 253) @Pattern domain;
    // @NotNull @Valid address; @NotNull @Valid contact.
    return notBlankAtMost(profile.getCompanyName(), 256)
        && notBlankAtMost(profile.getDomain(), 253)
        && isDomainName(profile.getDomain())
        && profile.getAddress() instanceof ImmutableAddress address
        && address(address)
        && profile.getContact() instanceof ImmutableContact contact
        && contact(contact);
  }

  private static boolean address(Address address) {
    // @NotBlank @Size(max = 256) line 1; Optional<@Size(max = 256)> line 2; @NotBlank
    // @Size(max = 128) city; Optional<@Size(max = 64)> state; @NotBlank @Size(max = 16) postal
    // code; @NotBlank @Pattern("[A-Z]{2}") country.
    return notBlankAtMost(address.getAddressLine1(), 256)
        && absentOrAtMost(address.getAddressLine2(), 256)
        && notBlankAtMost(address.getCity(), 128)
        && absentOrAtMost(address.getState(), 64)
        && notBlankAtMost(address.getPostalCode(), 16)
        && isCountryCode(address.getCountry());
  }

  private static boolean contact(Contact contact) {
    // @NotBlank @Size(max = 128) first and last names; @NotBlank @Email @Size(max = 254) email;
    // Optional<@Size(max = 32)> phone number.
    return notBlankAtMost(contact.getFirstName(), 128)
        && notBlankAtMost(contact.getLastName(), 128)
        && notBlankAtMost(contact.getEmail(), 254)
        && isSimpleEmail(contact.getEmail())
        && absentOrAtMost(contact.getPhoneNumber(), 32);
  }

  // Partners and offers -----------------------------------------------------------------------

  private static boolean partner(Partner partner) {
    // @NotNull id; @NotBlank @Size(max = 256) name; List<@Valid ProgramEnrollment> enrollments.
    if (partner.getId() == null || !notBlankAtMost(partner.getName(), 256)) {
      return false;
    }
    List<ProgramEnrollment> enrollments = partner.getEnrollments();
    // Indexed, not for-each: the lists are random access, and an iterator would be allocated.
    for (int i = 0; i < enrollments.size(); i++) {
      // @NotNull program; @NotNull start.
      if (!(enrollments.get(i) instanceof ImmutableProgramEnrollment enrollment)
          || enrollment.getProgram() == null
          || enrollment.getStart() == null) {
        return false;
      }
    }
    return true;
  }

  private static boolean offer(Offer offer) {
    // Offer's @NotNull id, partner, customer, sentAt, expiresAt and status.
    return offer.getId() != null
        && offer.getPartner() != null
        && offer.getCustomer() != null
        && offer.getSentAt() != null
        && offer.getExpiresAt() != null
        && offer.getStatus() != null;
  }

  private static boolean trialInvitation(TrialInvitation offer) {
    // @NotEmpty services.
    return offer(offer) && offer.getServices() != null && !offer.getServices().isEmpty();
  }

  private static boolean purchaseOffer(PurchaseOffer offer) {
    // @NotEmpty List<@Valid OfferLine> lines; @NotNull billing cycle.
    List<OfferLine> lines = offer.getLines();
    if (!offer(offer) || offer.getBillingCycle() == null || lines == null || lines.isEmpty()) {
      return false;
    }
    for (int i = 0; i < lines.size(); i++) {
      // @NotNull service; @Min(1) licenses.
      if (!(lines.get(i) instanceof ImmutableOfferLine line)
          || line.getService() == null
          || line.getLicenses() < 1) {
        return false;
      }
    }
    return true;
  }

  // Constraints --------------------------------------------------------------------------------

  /**
   * Returns whether {@code text} passes both {@code @NotBlank} and {@code @Size(max = max)}.
   * Hibernate Validator's {@code @NotBlank} is {@link String#isBlank()} (Unicode white space, not
   * {@link String#trim()}'s control characters), and {@code @Size} counts UTF-16 units.
   */
  private static boolean notBlankAtMost(String text, int max) {
    return text != null && text.length() <= max && !text.isBlank();
  }

  /** Returns whether an {@code Optional<@Size(max = max) String>} holds nothing or a short text. */
  private static boolean absentOrAtMost(Optional<String> text, int max) {
    // Hibernate Validator unwraps the optional and accepts an absent value for @Size.
    return text != null && (text.isEmpty() || text.get().length() <= max);
  }

  /**
   * Returns whether {@code text} matches {@code [A-Z]{2}}, {@code Address.getCountry()}'s pattern.
   *
   * @param text the candidate, or null
   * @return true for exactly two ASCII upper-case letters
   */
  public static boolean isCountryCode(String text) {
    return text != null
        && text.length() == 2
        && isAsciiUpper(text.charAt(0))
        && isAsciiUpper(text.charAt(1));
  }

  /**
   * Returns whether {@code text} matches {@code CompanyProfile.getDomain()}'s pattern, {@code
   * (?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+}: two or more
   * dot-separated labels of 1 to 63 ASCII letters, digits and hyphens, neither starting nor ending
   * with a hyphen. Exactly the pattern's language; without {@code UNICODE_CASE}, {@code (?i)} folds
   * ASCII letters only.
   *
   * @param text the candidate, or null
   * @return true when the pattern matches the whole text
   */
  public static boolean isDomainName(String text) {
    return text != null && countDnsLabels(text, 0, text.length()) >= 2;
  }

  /**
   * Returns whether {@code text} is an e-mail address in a plain ASCII form that Hibernate
   * Validator's {@code @Email} provably accepts: a dot-atom local part of 1 to 64 characters, one
   * {@code @}, and a domain of one or more letter-digit-hyphen labels of 1 to 63 characters.
   *
   * <p>{@code @Email} accepts more (quoted local parts, non-ASCII characters, IDN domains, IP
   * literals, other symbols in domains); for those this returns {@code false} and the caller asks
   * Hibernate Validator. Why the subset is safe: the local part is exactly a string of {@code
   * AbstractEmailValidator}'s unquoted atoms joined by dots, within its 64 characters; an ASCII
   * domain of such labels passes through {@link java.net.IDN#toASCII(String)} unchanged (labels of
   * 1 to 63 characters, no trailing dot), stays under its 255 characters within {@code @Size(max =
   * 254)}, and matches {@code DomainNameUtil}'s label pattern (hyphens only between other
   * characters).
   *
   * @param text the candidate, or null
   * @return true only when {@code @Email} accepts the text
   */
  public static boolean isSimpleEmail(String text) {
    if (text == null) {
      return false;
    }
    int at = text.indexOf('@');
    return at > 0
        && at <= MAX_EMAIL_LOCAL_PART
        && isDotAtom(text, 0, at)
        && text.length() - (at + 1) <= MAX_EMAIL_DOMAIN
        // Neither part may hold another '@': atoms and labels exclude it.
        && countDnsLabels(text, at + 1, text.length()) >= 1;
  }

  /** Returns whether {@code text[from, to)} is non-empty atext atoms joined by single dots. */
  private static boolean isDotAtom(String text, int from, int to) {
    boolean afterDot = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (afterDot) {
          return false;
        }
        afterDot = true;
      } else if (isAtext(c)) {
        afterDot = false;
      } else {
        return false;
      }
    }
    return !afterDot;
  }

  /**
   * Returns the number of labels in {@code text[from, to)} when it is dot-separated labels of 1 to
   * 63 ASCII letters, digits and inner hyphens, or -1 when it is not.
   */
  private static int countDnsLabels(String text, int from, int to) {
    int labels = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '.') {
        int length = i - start;
        if (length < 1
            || length > MAX_DNS_LABEL
            || text.charAt(start) == '-'
            || text.charAt(i - 1) == '-') {
          return -1;
        }
        labels++;
        start = i + 1;
      } else if (!isLetterDigitHyphen(text.charAt(i))) {
        return -1;
      }
    }
    return labels;
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLetterDigitHyphen(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  /** Returns whether {@code c} is an unquoted local-part character of {@code @Email} in ASCII. */
  private static boolean isAtext(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    return switch (c) {
      case '!',
          '#',
          '$',
          '%',
          '&',
          '\'',
          '*',
          '+',
          '-',
          '/',
          '=',
          '?',
          '^',
          '_',
          '`',
          '{',
          '|',
          '}',
          '~' ->
          true;
      default -> false;
    };
  }
}
