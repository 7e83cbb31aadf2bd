package dev.partnerkit.testing.sandbox.internal;

import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.collection;

import dev.partnerkit.client.partnercenter.AgreementOperations;
import dev.partnerkit.client.partnercenter.PcAgreement;
import dev.partnerkit.client.partnercenter.PcAgreementContact;
import dev.partnerkit.client.partnercenter.PcAgreementMetaData;
import dev.partnerkit.model.CustomerAgreement;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Not API: the Microsoft Customer Agreement at Partner Center (NCE-2): its metadata, a reseller's
 * attestation of a customer's acceptance ({@link Action.AcceptCustomerAgreement}, checked by the
 * rules) and the acceptances recorded for a customer. The sandbox has one version of the agreement,
 * whose template id is {@link #TEMPLATE_ID}. Thread-safe.
 */
public final class AgreementApi {
  /** The type name of the Microsoft Customer Agreement, as Partner Center's calls name it. */
  static final String MCA = AgreementOperations.MICROSOFT_CUSTOMER_AGREEMENT;

  /** The sandbox's one template id of the Microsoft Customer Agreement, a name-based UUID. */
  public static final String TEMPLATE_ID = uuid("agreement-template:" + MCA);

  private final SandboxContext context;

  private AgreementApi(SandboxContext context) {
    this.context = context;
  }

  /**
   * Adds the agreement routes.
   *
   * @param router the router
   * @param context the sandbox's context
   */
  public static void register(Router router, SandboxContext context) {
    AgreementApi api = new AgreementApi(context);
    Api pc = Api.PARTNER_CENTER;
    router
        .add(pc, "GET", "/v1/agreements", api::metadata)
        .add(pc, "GET", "/v1/customers/{customer}/agreements", api::list)
        .add(pc, "POST", "/v1/customers/{customer}/agreements", api::attest);
  }

  private ApiResponse metadata(ApiRequest r) {
    r.partner();
    // Without agreementType Partner Center answers for the Microsoft Cloud Agreement, which the
    // sandbox does not hold; "*" asks for every type.
    String type = r.query("agreementType").orElse("MicrosoftCloudAgreement");
    List<PcAgreementMetaData> items =
        type.equals(MCA) || type.equals("*")
            ? List.of(
                PcAgreementMetaData.builder()
                    .templateId(TEMPLATE_ID)
                    .agreementType(MCA)
                    .versionRank(0)
                    .build())
            : List.of();
    return ApiResponse.ok(collection(items));
  }

  private ApiResponse list(ApiRequest r) {
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    String type = r.query("agreementType").orElse(MCA);
    Optional<CustomerAgreement> recorded =
        context.program().customer(customer).orElseThrow().customerAgreement();
    if (recorded.isEmpty() || !(type.equals(MCA) || type.equals("*"))) {
      return ApiResponse.ok(collection(List.of()));
    }
    List<PcAgreement> attested = context.directory().agreements(customer);
    if (attested.isEmpty()) {
      // Recorded without this sandbox's Partner Center call (by the customer, or before a
      // restart): the program's record has the date, not the contact.
      attested =
          List.of(
              PcAgreement.builder()
                  .templateId(TEMPLATE_ID)
                  .type(MCA)
                  .dateAgreed(recorded.get().getDateAgreed())
                  .build());
    }
    return ApiResponse.ok(collection(attested));
  }

  private ApiResponse attest(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    PcAgreement input = r.body(PcAgreement.class);
    String type = input.getType().orElse("");
    if (!type.equals(MCA)) {
      throw ApiProblem.badRequest(
          "type must be \""
              + MCA
              + "\", the agreement a reseller attests, but was \""
              + type
              + "\".");
    }
    String template = input.getTemplateId().orElse("");
    if (!template.equalsIgnoreCase(TEMPLATE_ID)) {
      throw ApiProblem.badRequest(
          "templateId must be the Microsoft Customer Agreement's, "
              + TEMPLATE_ID
              + " (GET /v1/agreements?agreementType="
              + MCA
              + "), but was \""
              + template
              + "\".");
    }
    PcAgreementContact contact =
        input
            .getPrimaryContact()
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "primaryContact is required: the customer's person who accepted, with"
                            + " firstName, lastName and email."));
    required("primaryContact.firstName", contact.getFirstName());
    required("primaryContact.lastName", contact.getLastName());
    required("primaryContact.email", contact.getEmail());
    Instant agreed =
        input
            .getDateAgreed()
            .orElseThrow(
                () -> ApiProblem.badRequest("dateAgreed is required: when the customer agreed."));
    context.apply(new Action.AcceptCustomerAgreement(customer, Actor.partner(partner), agreed), r);
    PcAgreement recorded =
        PcAgreement.builder()
            .from(input)
            .templateId(TEMPLATE_ID)
            .userId(uuid("user:" + partner))
            .build();
    context.directory().addAgreement(customer, recorded);
    return ApiResponse.created(recorded);
  }

  private static void required(String field, Optional<String> value) {
    if (value.filter(v -> !v.isBlank()).isEmpty()) {
      throw ApiProblem.badRequest(field + " is required and must not be blank.");
    }
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
