package dev.partnerkit.client.partnercenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.BadRequestException;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.CustomerAgreement;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Microsoft Customer Agreement calls against a loopback server serving the project's own
 * payloads in the documented shape: metadata, attestation, the customer's acceptances, a refused
 * attestation, argument checks, and the mapping to the model's {@link CustomerAgreement}.
 */
class AgreementCallsTest extends WireMockSupport {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("2b7e4c19-58a3-4f0d-a6c2-91e8d3f47b05");
  private static final String AGREEMENTS = "/pc/v1/customers/" + CUSTOMER + "/agreements";
  private static final String TEMPLATE = "4e1c9a27-6b3d-48f0-a5e2-c7d81f09b364";

  private static PcAgreement acceptance() {
    return PcAgreement.builder()
        .primaryContact(
            PcAgreementContact.builder()
                .firstName("Mira")
                .lastName("Okonkwo")
                .email("mira.okonkwo@tailspintoys.example")
                .build())
        .templateId(TEMPLATE)
        .dateAgreed(Instant.parse("2026-11-30T00:00:00Z"))
        .build();
  }

  @Test
  void metadata_readsTheTemplateOfTheCustomerAgreement() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/agreements?agreementType=MicrosoftCustomerAgreement"))
            .willReturn(okJson(example("partnercenter-agreement-metadata-list.json"))));

    assertThat(client.agreements().metadata())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getTemplateId()).contains(TEMPLATE);
              assertThat(m.getAgreementType()).contains("MicrosoftCustomerAgreement");
              assertThat(m.getVersionRank()).contains(2);
            });
  }

  @Test
  void attest_postsTheAcceptanceAndMapsTheAnswer() {
    server.stubFor(
        post(urlEqualTo(AGREEMENTS))
            .willReturn(okJson(example("partnercenter-agreement.json")).withStatus(201)));

    PcAgreement recorded = client.agreements().attest(CUSTOMER, acceptance());

    assertThat(recorded.getUserId()).contains("9a3f5c71-2e84-4d06-b1c9-58e7a2d4f013");
    // The documented answer writes the date without a zone; it reads as UTC.
    assertThat(recorded.getDateAgreed()).contains(Instant.parse("2026-11-30T00:00:00Z"));
    server.verify(
        postRequestedFor(urlEqualTo(AGREEMENTS))
            .withRequestBody(matchingJsonPath("$.type", equalTo("MicrosoftCustomerAgreement")))
            .withRequestBody(matchingJsonPath("$.templateId", equalTo(TEMPLATE)))
            .withRequestBody(matchingJsonPath("$.primaryContact.firstName", equalTo("Mira")))
            .withRequestBody(
                matchingJsonPath(
                    "$.primaryContact.email", equalTo("mira.okonkwo@tailspintoys.example")))
            .withRequestBody(matchingJsonPath("$.dateAgreed", equalTo("2026-11-30T00:00:00Z"))));

    Instant recordedAt = Instant.parse("2026-12-01T10:00:00Z");
    CustomerAgreement model =
        recorded.toModel(Optional.of(PartnerId.of("northwind")), recordedAt).orElseThrow();
    assertThat(model.getDateAgreed()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    assertThat(model.getRecordedAt()).isEqualTo(recordedAt);
    assertThat(model.getAttestedBy()).contains(PartnerId.of("northwind"));
    assertThat(recorded.toModel(Optional.empty(), Instant.parse("2026-11-29T00:00:00Z")))
        .as("an agreement dated after its recording")
        .isEmpty();
  }

  @Test
  void list_readsTheCustomersAcceptances() {
    server.stubFor(
        get(urlEqualTo(AGREEMENTS + "?agreementType=MicrosoftCustomerAgreement"))
            .willReturn(okJson(example("partnercenter-agreements-list.json"))));

    assertThat(client.agreements().list(CUSTOMER))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getPrimaryContact().flatMap(PcAgreementContact::getLastName))
                  .contains("Okonkwo");
              assertThat(a.getTemplateId()).contains(TEMPLATE);
            });
  }

  @Test
  void list_aDateAgreedThatIsNoDateIsAnInvalidResponse() {
    server.stubFor(
        get(urlEqualTo(AGREEMENTS + "?agreementType=MicrosoftCustomerAgreement"))
            .willReturn(
                okJson(
                    example("partnercenter-agreements-list.json")
                        .replace("2026-11-30T00:00:00", "last Tuesday"))));

    assertThatThrownBy(() -> client.agreements().list(CUSTOMER))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("dateAgreed");
  }

  @Test
  void attest_aRefusedAttestationIsPartnerCentersError() {
    server.stubFor(
        post(urlEqualTo(AGREEMENTS))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(example("partnercenter-error-400-license.json"))));

    assertThatThrownBy(() -> client.agreements().attest(CUSTOMER, acceptance()))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.getErrorCode()).contains("60012"));
  }

  @Test
  void attest_checksTheFieldsBeforeAnyCall() {
    assertThatThrownBy(
            () ->
                client
                    .agreements()
                    .attest(
                        CUSTOMER,
                        ImmutablePcAgreement.copyOf(acceptance())
                            .withPrimaryContact(Optional.empty())))
        .hasMessageContaining("agreement.primaryContact must be set");
    assertThatThrownBy(
            () ->
                client
                    .agreements()
                    .attest(
                        CUSTOMER,
                        ImmutablePcAgreement.copyOf(acceptance())
                            .withPrimaryContact(
                                PcAgreementContact.builder()
                                    .firstName("Mira")
                                    .lastName("O")
                                    .build())))
        .hasMessageContaining("agreement.primaryContact.email must be set");
    assertThatThrownBy(
            () ->
                client
                    .agreements()
                    .attest(
                        CUSTOMER,
                        ImmutablePcAgreement.copyOf(acceptance()).withTemplateId(Optional.empty())))
        .hasMessageContaining("agreement.templateId must be set");
    assertThatThrownBy(
            () ->
                client
                    .agreements()
                    .attest(
                        CUSTOMER,
                        ImmutablePcAgreement.copyOf(acceptance()).withDateAgreed(Optional.empty())))
        .hasMessageContaining("agreement.dateAgreed must be set");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
