package dev.partnerkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Shows that {@link FastValidation} never proves valid what Hibernate Validator rejects: its
 * e-mail, domain and country checks against the model's own annotations, on hand-picked edge cases
 * and on generated near misses. The whole-customer comparison over the model's generators is in the
 * examples module, where those generators live.
 */
class FastValidationTest {
  private static final String LABEL_63 = "d".repeat(63);

  private static Validator hibernate;

  @BeforeAll
  static void buildHibernateValidator() {
    hibernate =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  /** Returns whether Hibernate Validator finds no violation of {@code Contact.getEmail()}'s. */
  private static boolean hibernateAcceptsEmail(String email) {
    return hibernate.validateValue(Contact.class, "email", email).isEmpty();
  }

  private static Contact contactWith(String email) {
    return Contact.builder().firstName("Avery").lastName("Howard").email(email).build();
  }

  // E-mail addresses ---------------------------------------------------------------------------

  /** Plain ASCII addresses: both accept, and the fast path decides alone. */
  static List<String> plainEmails() {
    return List.of(
        "a@b",
        "avery.howard@fabrikam.com",
        "AVERY.HOWARD@FABRIKAM.COM",
        "a+tag@x.co",
        "o'brien@example.ie",
        "x!#$%&'*+/=?^_`{|}~-y@example.com",
        "a.b.c.d@e.f.g",
        "a@a-b.com",
        "a@a--b.com",
        "a@1.2.3.4",
        "user@localhost",
        "a@xn--bcher-kva.example",
        "-@example.com",
        "l".repeat(64) + "@x.com",
        "a@" + LABEL_63 + ".com",
        // 254 characters: the most @Size allows.
        "l".repeat(64) + "@" + String.join(".", LABEL_63, LABEL_63, "e".repeat(61)));
  }

  @ParameterizedTest
  @MethodSource("plainEmails")
  void plainAsciiAddressesAreProvenValid(String email) {
    assertThat(hibernateAcceptsEmail(email)).as("Hibernate Validator accepts %s", email).isTrue();
    assertThat(FastValidation.isSimpleEmail(email)).isTrue();
    assertThat(FastValidation.provesValid(contactWith(email))).isTrue();
  }

  /**
   * Addresses that {@code @Email} accepts but the fast path does not try to prove: quoted local
   * parts, non-ASCII characters, IDN domains, IP literals and symbols in domains.
   */
  static List<String> validButDeferred() {
    return List.of(
        "\"quoted\"@example.com",
        "\"a b\"@example.com",
        "\"a@b\"@example.com",
        "a.\"b\".c@example.com",
        "üser@example.com",
        "user@bücher.de",
        "user@例え.jp",
        "user@b\u3002com",
        // IDN drops a trailing ideographic full stop, so this passes where "a@b." does not.
        "a@b\u3002",
        "user@[192.168.0.1]",
        "user@[IPv6:2001:db8::1]",
        "user@ex_ample.com",
        "user@ex!ample.com",
        "\u0430@example.com");
  }

  @ParameterizedTest
  @MethodSource("validButDeferred")
  void unusualButValidAddressesAreLeftToHibernateValidator(String email) {
    assertThat(hibernateAcceptsEmail(email)).as("Hibernate Validator accepts %s", email).isTrue();
    assertThat(FastValidation.isSimpleEmail(email)).isFalse();
    assertThat(FastValidation.provesValid(contactWith(email))).isFalse();
  }

  /** Addresses that Hibernate Validator rejects, each near a plain one. */
  static List<String> invalidEmails() {
    return List.of(
        "a@b.",
        "a@b.com.",
        "a@.b",
        "a@b..c",
        ".a@b",
        "a.@b",
        "a..b@c",
        "a@-b.com",
        "a@b-.com",
        "a@@b",
        "a@b@c",
        "@b",
        "a@",
        "a",
        "",
        " ",
        "a b@c",
        "a@ b.com",
        "a@b.com ",
        " a@b.com",
        "a\n@b.com",
        "\"unclosed@example.com",
        "l".repeat(65) + "@x.com",
        "a@" + LABEL_63 + "d.com",
        "a@b.c\u0000",
        // Well-formed but 255 characters: over @Size(max = 254).
        "l".repeat(64) + "@" + String.join(".", LABEL_63, LABEL_63, "e".repeat(62)));
  }

  @ParameterizedTest
  @MethodSource("invalidEmails")
  void invalidAddressesAreNeverProvenValid(String email) {
    assertThat(hibernateAcceptsEmail(email)).as("Hibernate Validator rejects %s", email).isFalse();
    assertThat(FastValidation.provesValid(contactWith(email))).isFalse();
  }

  /** Pieces of plain addresses, so that many candidates are proven valid. */
  private static final List<String> PLAIN_PIECES =
      List.of("a", "Z", "9", "avery", "fabrikam", "com", ".", "-", "+", "_", "xn--", LABEL_63);

  /** Pieces that make an address unusual or invalid, for near misses. */
  private static final List<String> ODD_PIECES =
      List.of(
          ".",
          "-",
          "@",
          "\"",
          "\\",
          " ",
          "\t",
          "é",
          "ü",
          "\u3002",
          "\uff0e",
          "[",
          "]",
          ":",
          "(",
          "!",
          "1.2.3.4",
          "l".repeat(64),
          "\u0000",
          "\ud83d\ude00");

  /** Candidates of the form local@domain, each part mostly plain pieces and now and then odd. */
  private static final Gen<String> EMAIL_CANDIDATES =
      lists()
          .of(integers().between(0, 999))
          .ofSizeBetween(2, 10)
          .map(
              (List<Integer> rolls) -> {
                StringBuilder email = new StringBuilder();
                // The first roll places the '@' among the pieces, or leaves it out now and then.
                int at = rolls.get(0) % (rolls.size() + 1);
                for (int i = 1; i < rolls.size(); i++) {
                  if (i == at) {
                    email.append('@');
                  }
                  int roll = rolls.get(i);
                  email.append(
                      roll < 900
                          ? PLAIN_PIECES.get(roll % PLAIN_PIECES.size())
                          : ODD_PIECES.get(roll % ODD_PIECES.size()));
                }
                return email.toString();
              });

  @Test
  void isSimpleEmail_neverAcceptsWhatHibernateValidatorRejects() {
    AtomicInteger proven = new AtomicInteger();
    qt().withExamples(20_000)
        .forAll(EMAIL_CANDIDATES)
        .checkAssert(
            email -> {
              if (FastValidation.provesValid(contactWith(email))) {
                proven.incrementAndGet();
                assertThat(hibernateAcceptsEmail(email)).as("accepts \"%s\"", email).isTrue();
              }
            });
    // The property says nothing unless the fast path accepts a fair share of the candidates.
    assertThat(proven.get()).isGreaterThan(100);
  }

  // Domains and countries ----------------------------------------------------------------------

  private static java.util.regex.Pattern annotatedPattern(Class<?> type, String getter)
      throws NoSuchMethodException {
    return java.util.regex.Pattern.compile(
        type.getMethod(getter).getAnnotation(Pattern.class).regexp());
  }

  private static final String DOMAIN_CHARACTERS = "aZ09-.._\u00e9\u212a";

  private static final Gen<String> DOMAIN_CANDIDATES =
      lists()
          .of(integers().between(0, 99))
          .ofSizeBetween(0, 140)
          .map(
              (List<Integer> rolls) ->
                  rolls.stream()
                      .map(
                          roll ->
                              roll < 90
                                  // Mostly one letter, so that labels grow past 63 characters.
                                  ? (roll < 60 ? "x" : String.valueOf("aZ09-..".charAt(roll % 7)))
                                  : String.valueOf(
                                      DOMAIN_CHARACTERS.charAt(roll % DOMAIN_CHARACTERS.length())))
                      .collect(Collectors.joining()));

  @Test
  void isDomainName_acceptsExactlyWhatTheDomainPatternMatches() throws NoSuchMethodException {
    java.util.regex.Pattern domain = annotatedPattern(CompanyProfile.class, "getDomain");
    qt().withExamples(20_000)
        .forAll(DOMAIN_CANDIDATES)
        .checkAssert(
            text ->
                assertThat(FastValidation.isDomainName(text))
                    .as("isDomainName(\"%s\")", text)
                    .isEqualTo(domain.matcher(text).matches()));
  }

  @Test
  void isDomainName_atTheLabelBounds() {
    assertThat(FastValidation.isDomainName("fabrikam.onmicrosoft.com")).isTrue();
    assertThat(FastValidation.isDomainName("FABRIKAM.COM")).isTrue();
    assertThat(FastValidation.isDomainName(LABEL_63 + ".com")).isTrue();
    assertThat(FastValidation.isDomainName(LABEL_63 + "d.com")).isFalse();
    assertThat(FastValidation.isDomainName("a.b")).isTrue();
    assertThat(FastValidation.isDomainName("fabrikam")).isFalse();
    assertThat(FastValidation.isDomainName("a-.b")).isFalse();
    assertThat(FastValidation.isDomainName("a.-b")).isFalse();
    assertThat(FastValidation.isDomainName("a..b")).isFalse();
    assertThat(FastValidation.isDomainName("a.b.")).isFalse();
    assertThat(FastValidation.isDomainName(".a.b")).isFalse();
    assertThat(FastValidation.isDomainName("\u212aelvin.com")).isFalse();
  }

  @Test
  void isCountryCode_acceptsExactlyWhatTheCountryPatternMatches() throws NoSuchMethodException {
    java.util.regex.Pattern country = annotatedPattern(Address.class, "getCountry");
    for (String text :
        List.of(
            "US", "DE", "ZZ", "AA", "us", "Us", "USA", "U", "", "U1", "ÜS", "@[", "Z[",
            "\u212aK")) {
      assertThat(FastValidation.isCountryCode(text))
          .as("isCountryCode(\"%s\")", text)
          .isEqualTo(country.matcher(text).matches());
    }
  }

  @Test
  void unknownTypesAndNullAreNeverProvenValid() {
    assertThat(FastValidation.provesValid(null)).isFalse();
    assertThat(FastValidation.provesValid("a string")).isFalse();
  }
}
