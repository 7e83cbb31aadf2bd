package dev.partnerkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.internal.FastValidation;
import dev.partnerkit.model.validation.ModelValidator;
import dev.partnerkit.testing.ModelGenerators.InvalidCase;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Compares {@link FastValidation}, the plain-code checks behind {@link ModelValidator}'s fast path,
 * with Hibernate Validator over {@link ModelGenerators}' customers and the values they hold,
 * partners and offers: every generated valid value is proven valid (so the fast path is really
 * taken), and no value that breaks a constraint is.
 */
class FastValidationAgreementTest {
  /** Hibernate Validator takes about 10 µs a value; more examples would only slow the build. */
  private static final int EXAMPLES = 1_000;

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

  private static <T> void validValuesAreProvenValid(Gen<T> values) {
    qt().withExamples(EXAMPLES)
        .forAll(values)
        .checkAssert(
            value -> {
              assertThat(hibernate.validate(value))
                  .as("Hibernate Validator on %s", value)
                  .isEmpty();
              assertThat(FastValidation.provesValid(value)).as("fast path on %s", value).isTrue();
              assertThat(ModelValidator.validate(value)).isEmpty();
            });
  }

  private static <T> void invalidValuesAreNeverProvenValid(Gen<InvalidCase<T>> cases) {
    qt().withExamples(EXAMPLES)
        .forAll(cases)
        .checkAssert(
            broken -> {
              Set<ConstraintViolation<T>> found = hibernate.validate(broken.value());
              assertThat(found).as("Hibernate Validator on %s", broken).isNotEmpty();
              assertThat(FastValidation.provesValid(broken.value()))
                  .as("fast path on %s", broken)
                  .isFalse();
              // The fallback still reports exactly what Hibernate Validator finds.
              assertThat(ModelValidator.validate(broken.value()))
                  .anyMatch(
                      v ->
                          v.path().equals(broken.expectedPath())
                              && v.code().equals(broken.expectedCode()));
            });
  }

  @Test
  void validCustomersAreProvenValid() {
    validValuesAreProvenValid(ModelGenerators.customers());
  }

  @Test
  void validCompanyProfilesAreProvenValid() {
    validValuesAreProvenValid(ModelGenerators.companyProfiles());
  }

  @Test
  void validAddressesAreProvenValid() {
    validValuesAreProvenValid(ModelGenerators.addresses());
  }

  @Test
  void validContactsAreProvenValid() {
    validValuesAreProvenValid(ModelGenerators.contacts());
  }

  @Test
  void validPartnersAreProvenValid() {
    validValuesAreProvenValid(ModelGenerators.partners());
  }

  @Test
  void validOffersOfEveryKindAreProvenValid() {
    validValuesAreProvenValid(ModelGenerators.offers());
  }

  @Test
  void customersBreakingAConstraintAreNeverProvenValid() {
    invalidValuesAreNeverProvenValid(ModelGenerators.invalidCustomers());
  }

  @Test
  void companyProfilesBreakingAConstraintAreNeverProvenValid() {
    invalidValuesAreNeverProvenValid(ModelGenerators.invalidCompanyProfiles());
  }

  @Test
  void addressesBreakingAConstraintAreNeverProvenValid() {
    invalidValuesAreNeverProvenValid(ModelGenerators.invalidAddresses());
  }

  @Test
  void contactsBreakingAConstraintAreNeverProvenValid() {
    invalidValuesAreNeverProvenValid(ModelGenerators.invalidContacts());
  }

  @Test
  void partnersBreakingAConstraintAreNeverProvenValid() {
    invalidValuesAreNeverProvenValid(ModelGenerators.invalidPartners());
  }

  @Test
  void offersBreakingAConstraintAreNeverProvenValid() {
    invalidValuesAreNeverProvenValid(ModelGenerators.invalidOffers());
  }

  @Test
  void customersWithSeveralBrokenPartsAgreeWithHibernateValidator() {
    // A valid customer whose contact, address or both are replaced by broken ones, so that two
    // constraints fail at once in different parts of the cascade; none replaced keeps it valid.
    Gen<Customer> mixed =
        ModelGenerators.customers()
            .zip(
                ModelGenerators.invalidContacts(),
                ModelGenerators.invalidAddresses(),
                integers().between(0, 3),
                FastValidationAgreementTest::replaceParts);
    qt().withExamples(EXAMPLES)
        .forAll(mixed)
        .checkAssert(
            customer ->
                assertThat(FastValidation.provesValid(customer))
                    .as("fast path on %s", customer)
                    .isEqualTo(hibernate.validate(customer).isEmpty()));
  }

  private static Customer replaceParts(
      Customer valid, InvalidCase<Contact> contact, InvalidCase<Address> address, int which) {
    var profile = CompanyProfile.builder().from(valid.getProfile());
    if ((which & 1) != 0) {
      profile.contact(contact.value());
    }
    if ((which & 2) != 0) {
      profile.address(address.value());
    }
    return Customer.builder().from(valid).profile(profile.build()).build();
  }
}
