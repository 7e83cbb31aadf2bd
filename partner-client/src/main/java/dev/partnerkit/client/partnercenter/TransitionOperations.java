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
import dev.partnerkit.model.CustomerId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Partner Center's transitions of new-commerce subscriptions: upgrades to another offer and trial
 * conversions, as "Transition a new commerce subscription" and "Get transitions" document
 * (learn.microsoft.com/partner-center/developer/transition-a-new-commerce-subscription,
 * learn.microsoft.com/partner-center/developer/get-transitions). Ask for the eligibilities first,
 * then transition to an eligible target.
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#transitions()}. Every
 * method has an {@code ...Async} twin. The POST is retried safely: Partner Center de-duplicates it
 * by its {@code MS-RequestId}.
 */
public final class TransitionOperations {
  private static final JavaType ELIGIBILITIES =
      Json.type(PcCollection.class, PcTransitionEligibility.class);
  private static final JavaType TRANSITIONS = Json.type(PcCollection.class, PcTransition.class);

  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(TransitionOperations.class, TransitionOperations::new);
  }

  private TransitionOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Returns the targets a subscription may transition to now ({@code GET
   * .../subscriptions/{id}/transitionEligibilities?eligibilityType=immediate}).
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the source subscription's id
   * @return the targets, each with its eligibilities; empty for a trial source
   */
  public List<PcTransitionEligibility> eligibilities(CustomerId customer, String subscriptionId) {
    return eligibilities(customer, subscriptionId, PcEligibilityType.IMMEDIATE);
  }

  /**
   * Returns the targets a subscription may transition to, now or at its term's end ({@code GET
   * /v1/customers/{c}/subscriptions/{s}/transitionEligibilities?eligibilityType=...}).
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the source subscription's id
   * @param type immediate or scheduled
   * @return the targets, each with its eligibilities
   */
  public List<PcTransitionEligibility> eligibilities(
      CustomerId customer, String subscriptionId, PcEligibilityType type) {
    return Sync.await(eligibilitiesAsync(customer, subscriptionId, type));
  }

  /**
   * Returns the targets a subscription may transition to, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the source subscription's id
   * @param type immediate or scheduled
   * @return the targets, later
   */
  public CompletableFuture<List<PcTransitionEligibility>> eligibilitiesAsync(
      CustomerId customer, String subscriptionId, PcEligibilityType type) {
    Objects.requireNonNull(type, "type must not be null");
    return engine
        .<PcCollection<PcTransitionEligibility>>execute(
            Call.get(
                Audience.PARTNER_CENTER,
                SubscriptionOperations.path(customer, subscriptionId)
                    + "/transitionEligibilities?eligibilityType="
                    + type.wireValue()),
            options,
            ELIGIBILITIES)
        .thenApply(PcCollection::items);
  }

  /**
   * Transitions a subscription ({@code POST /v1/customers/{c}/subscriptions/{s}/transitions}).
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the source subscription's id
   * @param request the target, quantity and type (checked when it was built)
   * @return the transition with the events processed so far
   * @throws IllegalArgumentException when the request's {@code fromSubscriptionId} names another
   *     subscription than {@code subscriptionId}
   */
  public PcTransition transition(
      CustomerId customer, String subscriptionId, PcTransitionRequest request) {
    return Sync.await(transitionAsync(customer, subscriptionId, request));
  }

  /**
   * Transitions a subscription, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the source subscription's id
   * @param request the target, quantity and type
   * @return the transition, later
   */
  public CompletableFuture<PcTransition> transitionAsync(
      CustomerId customer, String subscriptionId, PcTransitionRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    String path = SubscriptionOperations.path(customer, subscriptionId);
    request
        .getFromSubscriptionId()
        .filter(from -> !from.equalsIgnoreCase(subscriptionId.trim()))
        .ifPresent(
            from -> {
              throw new IllegalArgumentException(
                  "PcTransitionRequest.fromSubscriptionId must be the subscription transitioned ("
                      + subscriptionId
                      + ") or empty, but was "
                      + from);
            });
    return engine.execute(
        Call.of(
            Audience.PARTNER_CENTER,
            "POST",
            path + "/transitions",
            HttpEngine.toJson(request),
            Retry.DEDUPLICATED_BY_REQUEST_ID),
        options,
        PcTransition.class);
  }

  /**
   * Returns a subscription's transitions with every event processed for each ({@code GET
   * /v1/customers/{c}/subscriptions/{s}/transitions}).
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @return the transitions
   */
  public List<PcTransition> history(CustomerId customer, String subscriptionId) {
    return Sync.await(historyAsync(customer, subscriptionId));
  }

  /**
   * Returns a subscription's transitions, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param subscriptionId the subscription's id
   * @return the transitions, later
   */
  public CompletableFuture<List<PcTransition>> historyAsync(
      CustomerId customer, String subscriptionId) {
    return engine
        .<PcCollection<PcTransition>>execute(
            Call.get(
                Audience.PARTNER_CENTER,
                SubscriptionOperations.path(customer, subscriptionId) + "/transitions"),
            options,
            TRANSITIONS)
        .thenApply(PcCollection::items);
  }
}
