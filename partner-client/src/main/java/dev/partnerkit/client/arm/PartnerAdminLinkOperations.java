package dev.partnerkit.client.arm;

import dev.partnerkit.client.Audience;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Retry;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.model.MpnId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The Partner Admin Link of the signed-in user or service principal ({@code
 * /providers/Microsoft.ManagementPartner/partners/{partnerId}?api-version=2018-02-01}): get, link
 * (PUT), unlink (DELETE).
 *
 * <p>Azure attributes the customer's Azure consumption to the linked partner (partner of record for
 * Azure). The token must be the customer's user or service principal, for Azure Resource Manager.
 * All three calls are idempotent and retried. Thread-safe; get it from {@link
 * dev.partnerkit.client.PartnerClient#partnerAdminLink()}.
 */
public final class PartnerAdminLinkOperations {
  /** The API version of {@code Microsoft.ManagementPartner} this client speaks. */
  public static final String API_VERSION = "2018-02-01";

  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(PartnerAdminLinkOperations.class, PartnerAdminLinkOperations::new);
  }

  private PartnerAdminLinkOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Returns the link to a partner (GET).
   *
   * @param partner the partner's MPN id
   * @return the link
   * @throws dev.partnerkit.client.NotFoundException when no link to that partner exists
   */
  public PartnerAdminLink get(MpnId partner) {
    return Sync.await(getAsync(partner));
  }

  /**
   * Returns the link to a partner, asynchronously.
   *
   * @param partner the partner's MPN id
   * @return the link, later
   */
  public CompletableFuture<PartnerAdminLink> getAsync(MpnId partner) {
    return engine.execute(
        Call.of(Audience.AZURE_RESOURCE_MANAGER, "GET", path(partner), null, Retry.IDEMPOTENT),
        options,
        PartnerAdminLink.class);
  }

  /**
   * Links a partner (PUT), replacing any earlier link.
   *
   * @param partner the partner's MPN id
   * @return the link
   */
  public PartnerAdminLink link(MpnId partner) {
    return Sync.await(linkAsync(partner));
  }

  /**
   * Links a partner, asynchronously.
   *
   * @param partner the partner's MPN id
   * @return the link, later
   */
  public CompletableFuture<PartnerAdminLink> linkAsync(MpnId partner) {
    return engine.execute(
        Call.of(Audience.AZURE_RESOURCE_MANAGER, "PUT", path(partner), null, Retry.IDEMPOTENT),
        options,
        PartnerAdminLink.class);
  }

  /**
   * Removes the link to a partner (DELETE).
   *
   * @param partner the partner's MPN id
   */
  public void unlink(MpnId partner) {
    Sync.await(unlinkAsync(partner));
  }

  /**
   * Removes the link to a partner, asynchronously.
   *
   * @param partner the partner's MPN id
   * @return completes when removed
   */
  public CompletableFuture<Void> unlinkAsync(MpnId partner) {
    return engine.executeNoContent(
        Call.of(Audience.AZURE_RESOURCE_MANAGER, "DELETE", path(partner), null, Retry.IDEMPOTENT),
        options);
  }

  private static String path(MpnId partner) {
    Objects.requireNonNull(partner, "partner must not be null");
    return "/providers/Microsoft.ManagementPartner/partners/"
        + partner.value()
        + "?api-version="
        + API_VERSION;
  }
}
