package dev.partnerkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.model.validation.ModelValidator;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OfferJsonTest {
  private static final Instant SENT = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void offersOfEveryKindRoundTripThroughTheUnion() {
    Offer trial =
        TrialInvitation.builder()
            .id(InvitationId.of("t1"))
            .partner(PartnerId.of("northwind"))
            .customer(CustomerId.fromName("fabrikam"))
            .sentAt(SENT)
            .expiresAt(SENT.plusSeconds(86400 * 90))
            .addService(ServiceId.of("EXCHANGE_ONLINE"))
            .delegatedAdmin(true)
            .build();
    Offer purchase =
        PurchaseOffer.builder()
            .id(InvitationId.of("p1"))
            .partner(PartnerId.of("northwind"))
            .customer(CustomerId.fromName("fabrikam"))
            .sentAt(SENT)
            .expiresAt(SENT.plusSeconds(86400 * 90))
            .addLine(OfferLine.of(ServiceId.of("EXCHANGE_ONLINE"), 10))
            .billingCycle(BillingCycle.ANNUAL)
            .fee(Money.of(new BigDecimal("120"), "USD"))
            .followsUp(InvitationId.of("t1"))
            .build();
    for (Offer offer : new Offer[] {trial, purchase}) {
      String json = PartnerJson.toJson(offer);
      assertThat(PartnerJson.fromJson(json, Offer.class)).isEqualTo(offer);
    }
    assertThat(PartnerJson.toJson(trial)).contains("\"type\":\"trialInvitation\"");
  }

  @Test
  void unknownFieldsAndEnumValuesAreTolerated() {
    String json =
        "{\"type\":\"delegatedAdminInvitation\",\"id\":\"d1\",\"partner\":\"p\",\"customer\":\""
            + CustomerId.fromName("c")
            + "\",\"sentAt\":\"2026-01-01T00:00:00Z\",\"expiresAt\":\"2026-02-01T00:00:00Z\","
            + "\"status\":\"SOMETHING_NEW\",\"extra\":{\"a\":1}}";
    Offer offer = PartnerJson.fromJson(json, Offer.class);
    assertThat(offer.getStatus()).isEqualTo(OfferStatus.UNKNOWN);
    assertThat(offer.isDelegatedAdmin()).isTrue();
  }

  @Test
  void aBadIdNamesTheField() {
    String json = "{\"type\":\"delegatedAdminInvitation\",\"id\":\"  \"}";
    assertThatThrownBy(() -> PartnerJson.fromJson(json, Offer.class))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("$.id")
        .hasMessageContaining("InvitationId must be");
  }

  @Test
  void validationSeesConstraintsOnGetters() {
    Address address =
        Address.builder()
            .addressLine1("1 Main St")
            .city("Redmond")
            .postalCode("98052")
            .country("usa")
            .build();
    assertThat(ModelValidator.validate(address))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("country"));
  }
}
