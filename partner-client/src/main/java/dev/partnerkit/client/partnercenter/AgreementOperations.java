package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.databind.JavaType;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Retry;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.client.internal.Uris;
import dev.partnerkit.model.CustomerId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The Microsoft Customer Agreement in Partner Center (NCE-2): its metadata, a reseller's
 * attestation of a customer's acceptance, and the acceptances recorded for a customer, as "Get
 * customer agreement metadata", "Confirm customer acceptance of the Microsoft Customer Agreement"
 * and "Get confirmation of customer acceptance" document
 * (learn.microsoft.com/partner-center/developer/agreement-resources).
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#agreements()}. The POST is
 * retried safely: Partner Center de-duplicates it by its {@code MS-RequestId}.
 */
public final class AgreementOperations {
  /** The agreement type of the Microsoft Customer Agreement, as the calls name it. */
  public static final String MICROSOFT_CUSTOMER_AGREEMENT = "MicrosoftCustomerAgreement";

  private static final JavaType METADATA = Json.type(PcCollection.class, PcAgreementMetaData.class);
  private static final JavaType AGREEMENTS = Json.type(PcCollection.class, PcAgreement.class);

  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(AgreementOperations.class, AgreementOperations::new);
  }

  private AgreementOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Returns the Microsoft Customer Agreement's metadata, whose template id an attestation names
   * ({@code GET /v1/agreements?agreementType=MicrosoftCustomerAgreement}).
   *
   * @return the metadata; one entry per version
   */
  public List<PcAgreementMetaData> metadata() {
    return Sync.await(metadataAsync());
  }

  /**
   * Returns the Microsoft Customer Agreement's metadata, asynchronously.
   *
   * @return the metadata, later
   */
  public CompletableFuture<List<PcAgreementMetaData>> metadataAsync() {
    return engine
        .<PcCollection<PcAgreementMetaData>>execute(
            Call.get(
                Audience.PARTNER_CENTER,
                "/v1/agreements?agreementType=" + Uris.encode(MICROSOFT_CUSTOMER_AGREEMENT)),
            options,
            METADATA)
        .thenApply(PcCollection::items);
  }

  /**
   * Records that a customer accepted the Microsoft Customer Agreement, as its reseller attests
   * ({@code POST /v1/customers/{id}/agreements}).
   *
   * @param customer the customer's tenant id
   * @param agreement the acceptance: its primary contact (first and last name, email), the template
   *     id from {@link #metadata()}, the date agreed; the type is set to {@value
   *     #MICROSOFT_CUSTOMER_AGREEMENT}
   * @return the recorded acceptance, with the recording user's id
   */
  public PcAgreement attest(CustomerId customer, PcAgreement agreement) {
    return Sync.await(attestAsync(customer, agreement));
  }

  /**
   * Records that a customer accepted the Microsoft Customer Agreement, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param agreement the acceptance
   * @return the recorded acceptance, later
   */
  public CompletableFuture<PcAgreement> attestAsync(CustomerId customer, PcAgreement agreement) {
    Objects.requireNonNull(agreement, "agreement must not be null");
    PcAgreementContact contact =
        agreement
            .getPrimaryContact()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "agreement.primaryContact must be set: the customer's person who accepted"));
    required("agreement.primaryContact.firstName", contact.getFirstName().orElse(""));
    required("agreement.primaryContact.lastName", contact.getLastName().orElse(""));
    required("agreement.primaryContact.email", contact.getEmail().orElse(""));
    required("agreement.templateId", agreement.getTemplateId().orElse(""));
    if (agreement.getDateAgreed().isEmpty()) {
      throw new IllegalArgumentException(
          "agreement.dateAgreed must be set: when the customer agreed");
    }
    PcAgreement body =
        ImmutablePcAgreement.copyOf(agreement).withType(MICROSOFT_CUSTOMER_AGREEMENT);
    return engine.execute(
        Call.of(
            Audience.PARTNER_CENTER,
            "POST",
            base(customer),
            HttpEngine.toJson(body),
            Retry.DEDUPLICATED_BY_REQUEST_ID),
        options,
        PcAgreement.class);
  }

  /**
   * Returns a customer's recorded acceptances of the Microsoft Customer Agreement ({@code GET
   * /v1/customers/{id}/agreements?agreementType=MicrosoftCustomerAgreement}).
   *
   * @param customer the customer's tenant id
   * @return the acceptances; empty when none is recorded
   */
  public List<PcAgreement> list(CustomerId customer) {
    return Sync.await(listAsync(customer));
  }

  /**
   * Returns a customer's recorded acceptances, asynchronously.
   *
   * @param customer the customer's tenant id
   * @return the acceptances, later
   */
  public CompletableFuture<List<PcAgreement>> listAsync(CustomerId customer) {
    return engine
        .<PcCollection<PcAgreement>>execute(
            Call.get(
                Audience.PARTNER_CENTER,
                base(customer) + "?agreementType=" + Uris.encode(MICROSOFT_CUSTOMER_AGREEMENT)),
            options,
            AGREEMENTS)
        .thenApply(PcCollection::items);
  }

  private static void required(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must be set and not blank");
    }
  }

  private static String base(CustomerId customer) {
    return "/v1/customers/" + CustomerOperations.path(customer) + "/agreements";
  }
}
