package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.client.arm.ManagementPartnerState;
import dev.partnerkit.client.arm.PartnerAdminLink;
import dev.partnerkit.client.arm.PartnerAdminLinkProperties;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.Rule;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Not API: Azure Resource Manager's Partner Admin Link, served as the customer's partner of record:
 * linking an MPN id designates that partner ({@link Action.DesignatePartnerOfRecord}), unlinking
 * removes it. The link is made in the customer's tenant, so these calls take the customer's token;
 * a partner's token is refused with POR-1. Thread-safe.
 */
public final class AzureApi {
  /** The API version Partner Admin Link calls name. */
  public static final String API_VERSION = "2018-02-01";

  private static final String PATH = "/providers/Microsoft.ManagementPartner/partners/{mpn}";

  private final SandboxContext context;

  private AzureApi(SandboxContext context) {
    this.context = context;
  }

  /**
   * Adds Azure Resource Manager's routes.
   *
   * @param router the router
   * @param context the sandbox's context
   */
  public static void register(Router router, SandboxContext context) {
    AzureApi api = new AzureApi(context);
    router
        .add(Api.AZURE, "GET", PATH, api::get)
        .add(Api.AZURE, "PUT", PATH, api::link)
        .add(Api.AZURE, "DELETE", PATH, api::unlink);
  }

  private ApiResponse get(ApiRequest r) {
    CustomerId customer = tenant(r);
    MpnId mpn = mpn(r);
    return ApiResponse.ok(
        current(customer, mpn)
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "This tenant has no Partner Admin Link to MPN id " + mpn + ".")));
  }

  private ApiResponse link(ApiRequest r) {
    CustomerId customer = tenant(r);
    MpnId mpn = mpn(r);
    PartnerId partner =
        context
            .partnerByMpn(mpn)
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        Rule.POR_5.getId()
                            + ": No partner with MPN id "
                            + mpn
                            + " is known; the partner of record must be a known partner."));
    Event event =
        context.apply(
            new Action.DesignatePartnerOfRecord(customer, partner, Actor.customer(customer)), r);
    return ApiResponse.ok(
        link(Answers.designated(event), context.program().partner(partner).orElseThrow(), mpn));
  }

  private ApiResponse unlink(ApiRequest r) {
    CustomerId customer = tenant(r);
    MpnId mpn = mpn(r);
    if (current(customer, mpn).isPresent()) {
      context.apply(new Action.RemovePartnerOfRecord(customer, Actor.customer(customer)), r);
    }
    return ApiResponse.noContent();
  }

  private Optional<PartnerAdminLink> current(CustomerId customer, MpnId mpn) {
    Optional<PartnerOfRecord> record = context.program().partnerOfRecord(customer);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Optional<Partner> partner = context.program().partner(record.get().getPartner());
    if (partner.flatMap(Partner::getMpnId).filter(mpn::equals).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(link(record.get(), partner.get(), mpn));
  }

  /** Returns the link a designation stands for. */
  private static PartnerAdminLink link(PartnerOfRecord record, Partner partner, MpnId mpn) {
    CustomerId customer = record.getCustomer();
    return PartnerAdminLink.builder()
        .id("/providers/microsoft.managementpartner/partners/" + mpn)
        .type("Microsoft.ManagementPartner/partner")
        .name(mpn.value())
        .etag(1)
        .properties(
            PartnerAdminLinkProperties.builder()
                .partnerId(mpn.value())
                .partnerName(partner.getName())
                .tenantId(customer.toString())
                .objectId(
                    UUID.nameUUIDFromBytes(("admin:" + customer).getBytes(StandardCharsets.UTF_8))
                        .toString())
                .version("1")
                .createdTime(record.getDesignatedAt())
                .updatedTime(record.getDesignatedAt())
                .state(ManagementPartnerState.ACTIVE)
                .build())
        .build();
  }

  private static CustomerId tenant(ApiRequest r) {
    String version = r.query("api-version").orElse("");
    if (!version.equals(API_VERSION)) {
      throw ApiProblem.badRequest(
          "The api-version query parameter must be "
              + API_VERSION
              + ", but was \""
              + version
              + "\".");
    }
    if (r.caller() instanceof Caller.CustomerCaller customer) {
      return customer.customer();
    }
    throw ApiProblem.forbidden(
        Rule.POR_1.getId()
            + ": "
            + Rule.POR_1.getStatement()
            + " A Partner Admin Link is made in the customer's tenant; call with that tenant's"
            + " token (PartnerSandbox.clientForCustomer).");
  }

  private static MpnId mpn(ApiRequest r) {
    try {
      return MpnId.of(r.variable("mpn"));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
  }
}
