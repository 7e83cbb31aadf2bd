package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.databind.JavaType;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Retry;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.client.internal.Uris;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Partner Center's subscriptions of a customer: list, get, change the license count, and trial
 * conversions (list the paid offers a trial converts to, convert it); for new commerce also
 * auto-renew, suspend, reactivate, cancel and the changes scheduled for the next term, each a PATCH
 * of the whole subscription as "Subscription resources" documents
 * (learn.microsoft.com/partner-center/developer/subscription-resources).
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#subscriptions()}. PATCH
 * and POST are retried safely: Partner Center de-duplicates them by their {@code MS-RequestId}.
 */
public final class SubscriptionOperations {
  private static final JavaType SUBSCRIPTIONS = Json.type(PcCollection.class, PcSubscription.class);
  private static final JavaType CONVERSIONS = Json.type(PcCollection.class, PcConversion.class);

  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(SubscriptionOperations.class, SubscriptionOperations::new);
  }

  private SubscriptionOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Returns a customer's subscriptions ({@code GET /v1/customers/{id}/subscriptions}).
   *
   * @param customer the customer's tenant id
   * @return the subscriptions
   */
  public List<PcSubscription> list(CustomerId customer) {
    return Sync.await(listAsync(customer));
  }

  /**
   * Returns a customer's subscriptions, asynchronously.
   *
   * @param customer the customer's tenant id
   * @return the subscriptions, later
   */
  public CompletableFuture<List<PcSubscription>> listAsync(CustomerId customer) {
    return list(base(customer));
  }

  /**
   * Returns the subscriptions of a customer whose partner of record is the given partner ({@code
   * GET /v1/customers/{id}/subscriptions?mpn_id=...}).
   *
   * @param customer the customer's tenant id
   * @param partnerOfRecord the partner's MPN id
   * @return the subscriptions
   */
  public List<PcSubscription> listByPartner(CustomerId customer, MpnId partnerOfRecord) {
    return Sync.await(listByPartnerAsync(customer, partnerOfRecord));
  }

  /**
   * Returns the subscriptions of a customer by partner of record, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param partnerOfRecord the partner's MPN id
   * @return the subscriptions, later
   */
  public CompletableFuture<List<PcSubscription>> listByPartnerAsync(
      CustomerId customer, MpnId partnerOfRecord) {
    Objects.requireNonNull(partnerOfRecord, "partnerOfRecord must not be null");
    return list(base(customer) + "?mpn_id=" + Uris.encode(partnerOfRecord.value()));
  }

  private CompletableFuture<List<PcSubscription>> list(String path) {
    return engine
        .<PcCollection<PcSubscription>>execute(
            Call.get(Audience.PARTNER_CENTER, path), options, SUBSCRIPTIONS)
        .thenApply(PcCollection::items);
  }

  /**
   * Returns a subscription ({@code GET /v1/customers/{id}/subscriptions/{subscriptionId}}).
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @return the subscription
   */
  public PcSubscription get(CustomerId customer, String subscriptionId) {
    return Sync.await(getAsync(customer, subscriptionId));
  }

  /**
   * Returns a subscription, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @return the subscription, later
   */
  public CompletableFuture<PcSubscription> getAsync(CustomerId customer, String subscriptionId) {
    return engine.execute(
        Call.get(Audience.PARTNER_CENTER, path(customer, subscriptionId)),
        options,
        PcSubscription.class);
  }

  /**
   * Updates a subscription with the full resource, as Partner Center asks ({@code PATCH
   * /v1/customers/{id}/subscriptions/{subscriptionId}}), with {@code If-Match} set to the ETag in
   * its {@code attributes} when it has one, as Microsoft's examples send it: a subscription changed
   * since it was read fails with {@link dev.partnerkit.client.PreconditionFailedException}.
   *
   * @param customer the customer's tenant id
   * @param subscription the whole subscription, as last read and then changed
   * @return the updated subscription
   */
  public PcSubscription update(CustomerId customer, PcSubscription subscription) {
    return Sync.await(updateAsync(customer, subscription));
  }

  /**
   * Updates a subscription, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscription the whole subscription
   * @return the updated subscription, later
   */
  public CompletableFuture<PcSubscription> updateAsync(
      CustomerId customer, PcSubscription subscription) {
    Objects.requireNonNull(subscription, "subscription must not be null");
    Call call =
        Call.of(
            Audience.PARTNER_CENTER,
            "PATCH",
            path(customer, subscription.getId()),
            HttpEngine.toJson(subscription),
            Retry.DEDUPLICATED_BY_REQUEST_ID);
    // The whole resource goes back, so a copy read before someone else's change would undo it;
    // with the ETag it was read at, Partner Center refuses that with 412 instead.
    Optional<String> etag = subscription.getAttributes().flatMap(PcResourceAttributes::etag);
    return engine.execute(
        etag.isPresent() ? call.withHeader("If-Match", etag.get()) : call,
        options,
        PcSubscription.class);
  }

  /**
   * Changes a subscription's license count: reads the subscription, then sends it back with the new
   * quantity (two calls, each with its own request id).
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @param quantity the new license count, 1 or more
   * @return the updated subscription
   */
  public PcSubscription changeLicenseCount(
      CustomerId customer, String subscriptionId, int quantity) {
    return Sync.await(changeLicenseCountAsync(customer, subscriptionId, quantity));
  }

  /**
   * Changes a subscription's license count, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @param quantity the new license count, 1 or more
   * @return the updated subscription, later
   */
  public CompletableFuture<PcSubscription> changeLicenseCountAsync(
      CustomerId customer, String subscriptionId, int quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be 1 or more, but was " + quantity);
    }
    return modifyAsync(customer, subscriptionId, current -> current.withQuantity(quantity));
  }

  /**
   * Turns a new-commerce subscription's auto-renew on or off: reads it, then sends it back with
   * {@code autoRenewEnabled} changed, as "Update autorenew for a subscription" documents
   * (learn.microsoft.com/partner-center/developer/update-autorenew-for-an-azure-marketplace-subscription).
   * Turning it off deletes the changes scheduled for the next term (NCE-10).
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @param enabled true to renew at the term end, false to let it expire
   * @return the updated subscription
   */
  public PcSubscription setAutoRenew(CustomerId customer, String subscriptionId, boolean enabled) {
    return Sync.await(setAutoRenewAsync(customer, subscriptionId, enabled));
  }

  /**
   * Turns a new-commerce subscription's auto-renew on or off, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @param enabled true to renew at the term end, false to let it expire
   * @return the updated subscription, later
   */
  public CompletableFuture<PcSubscription> setAutoRenewAsync(
      CustomerId customer, String subscriptionId, boolean enabled) {
    return modifyAsync(customer, subscriptionId, current -> current.withAutoRenewEnabled(enabled));
  }

  /**
   * Suspends a subscription: reads it, then sends it back with {@code status} {@code suspended}, as
   * "Suspend a subscription" documents
   * (learn.microsoft.com/partner-center/developer/suspend-a-subscription). In new commerce the
   * partner is still billed, and Partner Center turns auto-renew off.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @return the updated subscription
   */
  public PcSubscription suspend(CustomerId customer, String subscriptionId) {
    return Sync.await(suspendAsync(customer, subscriptionId));
  }

  /**
   * Suspends a subscription, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @return the updated subscription, later
   */
  public CompletableFuture<PcSubscription> suspendAsync(
      CustomerId customer, String subscriptionId) {
    return withStatusAsync(customer, subscriptionId, PcSubscriptionStatus.SUSPENDED);
  }

  /**
   * Reactivates a suspended subscription: reads it, then sends it back with {@code status} {@code
   * active}, as "Reactivate a suspended subscription" documents
   * (learn.microsoft.com/partner-center/developer/reactivate-a-suspended-a-subscription). It does
   * not turn auto-renew back on.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @return the updated subscription
   */
  public PcSubscription reactivate(CustomerId customer, String subscriptionId) {
    return Sync.await(reactivateAsync(customer, subscriptionId));
  }

  /**
   * Reactivates a suspended subscription, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @return the updated subscription, later
   */
  public CompletableFuture<PcSubscription> reactivateAsync(
      CustomerId customer, String subscriptionId) {
    return withStatusAsync(customer, subscriptionId, PcSubscriptionStatus.ACTIVE);
  }

  /**
   * Cancels a new-commerce subscription: reads it, then sends it back with {@code status} {@code
   * deleted}, as "Cancel a subscription" documents
   * (learn.microsoft.com/partner-center/developer/cancel-an-azure-marketplace-subscription).
   * Partner Center refuses it after {@link PcSubscription#getCancellationAllowedUntilDate()}
   * (NCE-7); a cancelled subscription cannot be restored.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @return the updated subscription
   */
  public PcSubscription cancel(CustomerId customer, String subscriptionId) {
    return Sync.await(cancelAsync(customer, subscriptionId));
  }

  /**
   * Cancels a new-commerce subscription, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @return the updated subscription, later
   */
  public CompletableFuture<PcSubscription> cancelAsync(CustomerId customer, String subscriptionId) {
    return withStatusAsync(customer, subscriptionId, PcSubscriptionStatus.DELETED);
  }

  /**
   * Schedules the changes a new-commerce subscription takes at its next renewal: reads it, then
   * sends it back with {@code scheduledNextTermInstructions} set and auto-renew on, which scheduled
   * changes need, as "Create scheduled changes" documents
   * (learn.microsoft.com/partner-center/developer/create-scheduled-changes).
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @param instructions the product term and quantity of the next term; its quantity 1 or more
   * @return the updated subscription
   */
  public PcSubscription scheduleNextTerm(
      CustomerId customer, String subscriptionId, PcScheduledNextTermInstructions instructions) {
    return Sync.await(scheduleNextTermAsync(customer, subscriptionId, instructions));
  }

  /**
   * Schedules the changes of a new-commerce subscription's next term, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @param instructions the product term and quantity of the next term; its quantity 1 or more
   * @return the updated subscription, later
   */
  public CompletableFuture<PcSubscription> scheduleNextTermAsync(
      CustomerId customer, String subscriptionId, PcScheduledNextTermInstructions instructions) {
    Objects.requireNonNull(instructions, "instructions must not be null");
    if (instructions.getQuantity() < 1) {
      throw new IllegalArgumentException(
          "scheduledNextTermInstructions.quantity must be 1 or more, but was "
              + instructions.getQuantity());
    }
    if (instructions.getProduct().isEmpty()) {
      throw new IllegalArgumentException(
          "scheduledNextTermInstructions.product must be set: the product, SKU and availability"
              + " the subscription renews to");
    }
    return modifyAsync(
        customer,
        subscriptionId,
        current ->
            current.withScheduledNextTermInstructions(instructions).withAutoRenewEnabled(true));
  }

  private CompletableFuture<PcSubscription> withStatusAsync(
      CustomerId customer, String subscriptionId, PcSubscriptionStatus status) {
    return modifyAsync(customer, subscriptionId, current -> current.withStatus(status));
  }

  /**
   * Reads a subscription and sends it back changed: Partner Center's PATCH takes the whole
   * resource, so a change made from a stale copy would undo others' changes (two calls, each with
   * its own request id).
   */
  private CompletableFuture<PcSubscription> modifyAsync(
      CustomerId customer, String subscriptionId, UnaryOperator<ImmutablePcSubscription> change) {
    // Checked before the read, so that a bad argument fails at once rather than in the future.
    path(customer, subscriptionId);
    return getAsync(customer, subscriptionId)
        .thenCompose(
            current ->
                updateAsync(customer, change.apply(ImmutablePcSubscription.copyOf(current))));
  }

  /**
   * Returns the conversions a trial subscription can make to paid offers ({@code GET
   * /v1/customers/{id}/subscriptions/{subscriptionId}/conversions}).
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the trial subscription's id
   * @return the conversions; empty when the trial converts to nothing
   */
  public List<PcConversion> conversions(CustomerId customer, String subscriptionId) {
    return Sync.await(conversionsAsync(customer, subscriptionId));
  }

  /**
   * Returns the conversions of a trial subscription, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the trial subscription's id
   * @return the conversions, later
   */
  public CompletableFuture<List<PcConversion>> conversionsAsync(
      CustomerId customer, String subscriptionId) {
    return engine
        .<PcCollection<PcConversion>>execute(
            Call.get(Audience.PARTNER_CENTER, path(customer, subscriptionId) + "/conversions"),
            options,
            CONVERSIONS)
        .thenApply(PcCollection::items);
  }

  /**
   * Converts a trial subscription to paid; it keeps its id ({@code POST
   * /v1/customers/{id}/subscriptions/{subscriptionId}/conversions}).
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the trial subscription's id
   * @param conversion one of {@link #conversions}, its quantity changed if wanted
   * @return the result; its error says why a conversion failed
   */
  public PcConversionResult convert(
      CustomerId customer, String subscriptionId, PcConversion conversion) {
    return Sync.await(convertAsync(customer, subscriptionId, conversion));
  }

  /**
   * Converts a trial subscription to paid, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the trial subscription's id
   * @param conversion the conversion
   * @return the result, later
   */
  public CompletableFuture<PcConversionResult> convertAsync(
      CustomerId customer, String subscriptionId, PcConversion conversion) {
    Objects.requireNonNull(conversion, "conversion must not be null");
    return engine.execute(
        Call.of(
            Audience.PARTNER_CENTER,
            "POST",
            path(customer, subscriptionId) + "/conversions",
            HttpEngine.toJson(conversion),
            Retry.DEDUPLICATED_BY_REQUEST_ID),
        options,
        PcConversionResult.class);
  }

  private static String base(CustomerId customer) {
    return "/v1/customers/" + CustomerOperations.path(customer) + "/subscriptions";
  }

  static String path(CustomerId customer, String subscriptionId) {
    return base(customer) + "/" + Uris.encode(Checks.id("subscriptionId", subscriptionId));
  }
}
