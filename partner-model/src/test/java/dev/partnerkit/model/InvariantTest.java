package dev.partnerkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the invariant tier: values no object may hold fail at construction with an {@link
 * IllegalArgumentException} whose message names the field (as {@code Type.field}) and says what was
 * expected.
 */
class InvariantTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static Stream<Arguments> brokenInvariants() {
    return Stream.of(
        invariant(
            "ProgramEnrollment.end must not be before start",
            () ->
                ProgramEnrollment.builder()
                    .program(Program.CLOUD_ESSENTIALS)
                    .start(T0)
                    .end(T0.minusSeconds(1))
                    .build()),
        invariant(
            "DelegationGrant.revokedAt must not be before grantedAt",
            () ->
                DelegationGrant.builder()
                    .from(GoldenValues.delegationGrant())
                    .revokedAt(GoldenValues.delegationGrant().getGrantedAt().minusMillis(1))
                    .build()),
        invariant(
            "DelegationGrant.revokedAt is required when status is REVOKED",
            () ->
                DelegationGrant.builder()
                    .id(GrantId.of("g"))
                    .partner(GoldenValues.NORTHWIND)
                    .customer(GoldenValues.FABRIKAM)
                    .origin(InvitationId.of("t"))
                    .grantedAt(T0)
                    .status(GrantStatus.REVOKED)
                    .build()),
        invariant(
            "GranularRelationship.duration must not be negative",
            () ->
                GranularRelationship.builder()
                    .from(GoldenValues.granularRelationship())
                    .duration(Duration.ofDays(-1))
                    .build()),
        invariant(
            "GranularRelationship.autoExtendDuration must not be negative",
            () ->
                GranularRelationship.builder()
                    .from(GoldenValues.granularRelationship())
                    .autoExtendDuration(Duration.ofSeconds(-1))
                    .build()),
        invariant(
            "Offer.expiresAt must be after sentAt",
            () ->
                TrialInvitation.builder()
                    .from(GoldenValues.trialInvitation())
                    .expiresAt(GoldenValues.trialInvitation().getSentAt())
                    .build()),
        invariant(
            "Offer.expiresAt must be after sentAt",
            () ->
                PurchaseOffer.builder()
                    .from(GoldenValues.purchaseOffer())
                    .expiresAt(GoldenValues.purchaseOffer().getSentAt().minusSeconds(1))
                    .build()),
        invariant(
            "Offer.expiresAt must be after sentAt",
            () ->
                DelegatedAdminInvitation.builder()
                    .from(GoldenValues.delegatedAdminInvitation())
                    .sentAt(GoldenValues.delegatedAdminInvitation().getExpiresAt())
                    .build()),
        invariant(
            "Service.minLicenses (301) must not be above maxLicenses (300)",
            () -> Service.builder().from(GoldenValues.service()).minLicenses(301).build()),
        invariant(
            "Service.addOnTo must name another service",
            () ->
                Service.builder()
                    .from(GoldenValues.service())
                    .addOnTo(GoldenValues.service().getId())
                    .build()),
        invariant(
            "ServiceCatalog.services must have unique ids, but EXCHANGE_ONLINE appears twice",
            () -> ServiceCatalog.of(List.of(GoldenValues.service(), GoldenValues.service()))),
        invariant(
            "Subscription.end must not be before start",
            () ->
                Subscription.builder()
                    .from(GoldenValues.subscription())
                    .end(GoldenValues.subscription().getStart().minusSeconds(1))
                    .build()),
        invariant(
            "Money.amount must be 0 or more, but was -0.01",
            () -> Money.of(new BigDecimal("-0.01"), "USD")),
        invariant(
            "Money.amount must have at most 2 fraction digits for USD, but was 1.005",
            () -> Money.of(new BigDecimal("1.005"), "USD")),
        invariant(
            "Money.amount must have at most 0 fraction digits for JPY",
            () -> Money.of(new BigDecimal("100.5"), "JPY")),
        invariant(
            "Money.amount must be below 10^15",
            () -> Money.of(new BigDecimal("1000000000000000"), "USD")),
        invariant(
            "Money.currency must be an ISO 4217 code such as USD, but was \"EURO\"",
            () -> Money.of(BigDecimal.ONE, "EURO")),
        invariant(
            "Money.currency must be an ISO 4217 code such as USD, but was \"usd\"",
            () -> Money.of(BigDecimal.ONE, "usd")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenInvariants")
  void aBrokenInvariantFailsAtConstructionNamingTheField(String message, Runnable construct) {
    assertThatThrownBy(construct::run)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void boundaryValuesOfTheInvariantsAreAccepted() {
    assertThatCode(
            () -> {
              ProgramEnrollment.builder().program(Program.VAR).start(T0).end(T0).build();
              DelegationGrant.builder()
                  .from(GoldenValues.delegationGrant())
                  .revokedAt(GoldenValues.delegationGrant().getGrantedAt())
                  .build();
              GranularRelationship.builder()
                  .from(GoldenValues.granularRelationship())
                  .duration(Duration.ZERO)
                  .autoExtendDuration(Duration.ZERO)
                  .build();
              TrialInvitation.builder()
                  .from(GoldenValues.trialInvitation())
                  .expiresAt(GoldenValues.trialInvitation().getSentAt().plusNanos(1))
                  .build();
              Service.builder().from(GoldenValues.service()).minLicenses(300).build();
              Money.of(new BigDecimal("999999999999999.99"), "USD");
              Money.of(BigDecimal.ZERO, "USD");
            })
        .doesNotThrowAnyException();
  }

  @Test
  void moneyNormalisesTheAmountToTheCurrencysScale() {
    assertThat(Money.of(new BigDecimal("12.5"), "USD").amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(Money.of(new BigDecimal("12.500"), "USD"))
        .isEqualTo(Money.of(new BigDecimal("12.5"), "USD"));
    assertThat(Money.of(new BigDecimal("1.2E+3"), "JPY").amount())
        .isEqualTo(new BigDecimal("1200"));
    assertThat(Money.of(new BigDecimal("1.5"), "KWD")).hasToString("1.500 KWD");
    assertThat(Money.of(BigDecimal.TEN, "EUR").currencyCode()).isEqualTo("EUR");
  }

  @Test
  void moneyRejectsHostileExponentsQuicklyAndWithShortMessages() {
    for (String amount : List.of("1e-999999999", "-1e999999999", "1e2147483647", "1E+400")) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(2),
          () ->
              assertThatThrownBy(() -> Money.of(new BigDecimal(amount), "USD"))
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith("Money.amount must")
                  .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200)));
    }
  }

  @Test
  void moneyRefusesNulls() {
    assertThatThrownBy(() -> Money.of(null, "USD"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Money.amount must not be null");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Money.currency must not be null");
  }

  static Stream<Arguments> tokenIds() {
    return Stream.of(
        tokenId("PartnerId", PartnerId::of),
        tokenId("InvitationId", InvitationId::of),
        tokenId("GrantId", GrantId::of),
        tokenId("ServiceId", ServiceId::of),
        tokenId("SubscriptionId", SubscriptionId::of),
        tokenId("OrderId", OrderId::of),
        tokenId("RelationshipId", RelationshipId::of),
        tokenId("AccessAssignmentId", AccessAssignmentId::of),
        tokenId("ServiceRequestId", ServiceRequestId::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tokenIds")
  void tokenIdsRejectBadShapesNamingTheType(String type, Function<String, Object> of) {
    for (String bad :
        List.of(
            "",
            " ",
            "-leading",
            ".leading",
            "has space",
            "tab\tbed",
            "ünï",
            "a/b",
            "x".repeat(129))) {
      assertThatThrownBy(() -> of.apply(bad))
          .as("%s of %s", type, bad)
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              type + " must be 1 to 128 letters, digits or . _ : - starting with a letter or digit")
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(250));
    }
    assertThatThrownBy(() -> of.apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(type + " must not be null");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tokenIds")
  void tokenIdsAcceptEveryAllowedShape(String type, Function<String, Object> of) {
    for (String good :
        List.of("a", "9", "northwind", "EXCHANGE_ONLINE", "a.b_c:d-e", "x".repeat(128))) {
      assertThat(of.apply(good)).as("%s of %s", type, good).hasToString(good);
    }
  }

  @Test
  void tokenIdsCompareByTheirText() {
    assertThat(PartnerId.of("adatum")).isLessThan(PartnerId.of("northwind"));
    assertThat(ServiceId.of("A")).isEqualByComparingTo(ServiceId.of("A"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not-a-guid",
        "cb50a80c2f3c3b12b193c9b0a3367d3b",
        "{cb50a80c-2f3c-3b12-b193-c9b0a3367d3b}",
        "cb50a80c-2f3c-3b12-b193-c9b0a3367d3",
        "cb50a80c-2f3c-3b12-b193-c9b0a3367d3bb",
        "zb50a80c-2f3c-3b12-b193-c9b0a3367d3b",
        "+b50a80c-2f3c-3b12-b193-c9b0a3367d3b",
        "00000000000000000000000000-0-0-0-001",
        " cb50a80c-2f3c-3b12-b193-c9b0a3367d3b",
        ""
      })
  void customerIdsAcceptOnlyCanonicallyShapedGuids(String text) {
    assertThatThrownBy(() -> CustomerId.parse(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CustomerId must be a tenant GUID like ");
  }

  @Test
  void customerIdsReadEitherCaseAndWriteLowerCase() {
    CustomerId upper = CustomerId.parse("CB50A80C-2F3C-3B12-B193-C9B0A3367D3B");

    assertThat(upper).isEqualTo(CustomerId.parse("cb50a80c-2f3c-3b12-b193-c9b0a3367d3b"));
    assertThat(upper).hasToString("cb50a80c-2f3c-3b12-b193-c9b0a3367d3b");
    assertThat(CustomerId.of(UUID.fromString(upper.toString()))).isEqualTo(upper);
    assertThatThrownBy(() -> CustomerId.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("CustomerId must not be null");
  }

  @Test
  void customerIdsFromNamesAreStableAcrossRunsAndVersions() {
    // Scenario files and fixtures refer to customers by name; these ids must never change.
    assertThat(CustomerId.fromName("fabrikam")).hasToString("cb50a80c-2f3c-3b12-b193-c9b0a3367d3b");
    assertThat(CustomerId.fromName("wingtip")).hasToString("dbaf6fa4-1cf0-34bf-94ee-f6eb8bcf26a2");
    assertThat(CustomerId.fromName("fabrikam")).isNotEqualTo(CustomerId.fromName("Fabrikam"));
    assertThatThrownBy(() -> CustomerId.fromName("two words"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("customer name must be");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345678901", "12a4", " 123", "-1", "١٢٣"})
  void mpnIdsAreOneToTenDecimalDigits(String text) {
    assertThatThrownBy(() -> MpnId.of(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("MpnId must be 1 to 10 decimal digits, but was ");
    assertThat(MpnId.of("4875210")).hasToString("4875210");
    assertThat(MpnId.of("1234567890")).hasToString("1234567890");
  }

  @Test
  void badValuesAreQuotedAndCappedInMessages() {
    String huge = "x y".repeat(10_000);

    assertThatThrownBy(() -> PartnerId.of(huge))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(250).contains("\"x yx y"));
    assertThatThrownBy(() -> PartnerId.of("line\nbreak")).hasMessageEndingWith("\"line\\nbreak\"");
  }

  @Test
  void buildersNameMissingRequiredAttributes() {
    assertThatThrownBy(() -> Customer.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Customer, some of required attributes are not set [id, profile]");
    assertThatThrownBy(() -> OfferLine.builder().service(GoldenValues.EXCHANGE_ONLINE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[licenses]");
    assertThatThrownBy(() -> Partner.builder().addAuthorizedService((ServiceId) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("authorizedServices element");
  }

  private static Arguments invariant(String message, Runnable construct) {
    return Arguments.of(message, construct);
  }

  private static Arguments tokenId(String type, Function<String, Object> of) {
    return Arguments.of(type, of);
  }
}
