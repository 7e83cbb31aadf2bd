package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.databind.JavaType;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Paging;
import dev.partnerkit.client.internal.Retry;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.client.internal.Uris;
import dev.partnerkit.model.CustomerId;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Partner Center's customer calls: list (seek-paged), get, create, remove the reseller
 * relationship, the relationship request link and a customer's partner relationships.
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#customers()}. Every method
 * has an {@code ...Async} twin that returns a {@link CompletableFuture}; the synchronous one throws
 * the same {@link dev.partnerkit.client.PartnerClientException}s unwrapped.
 */
public final class CustomerOperations {
  /** The page size {@link #list()} uses. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private static final int MAX_PAGE_SIZE = 500;
  private static final JavaType COLLECTION = Json.type(PcCollection.class, PcCustomer.class);
  private static final JavaType RELATIONSHIPS =
      Json.type(PcCollection.class, PcPartnerRelationship.class);

  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(CustomerOperations.class, CustomerOperations::new);
  }

  CustomerOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Returns all the partner's customers as a lazy stream that fetches pages of {@value
   * #DEFAULT_PAGE_SIZE} as it is consumed ({@code GET /v1/customers?size=N}, then {@code
   * seekOperation=Next} with {@code MS-ContinuationToken}).
   *
   * @return the customers; list items carry no billing profile
   */
  public Stream<PcCustomer> list() {
    return list(DEFAULT_PAGE_SIZE);
  }

  /**
   * Returns all the partner's customers as a lazy stream with the given page size.
   *
   * @param pageSize customers per page, 1 to 500
   * @return the customers
   */
  public Stream<PcCustomer> list(int pageSize) {
    Checks.pageSize(pageSize, MAX_PAGE_SIZE);
    return Paging.stream(token -> page(pageSize, token));
  }

  /**
   * Returns one page of customers.
   *
   * @param pageSize customers per page, 1 to 500
   * @param token empty for the first page, else the previous page's {@link Page#nextToken()}
   * @return the page
   */
  public Page<PcCustomer> page(int pageSize, Optional<String> token) {
    return Sync.await(pageAsync(pageSize, token));
  }

  /**
   * Returns one page of customers, asynchronously.
   *
   * @param pageSize customers per page, 1 to 500
   * @param token empty for the first page, else the previous page's {@link Page#nextToken()}
   * @return the page, later
   */
  public CompletableFuture<Page<PcCustomer>> pageAsync(int pageSize, Optional<String> token) {
    Checks.pageSize(pageSize, MAX_PAGE_SIZE);
    Checks.token(token);
    // A partner's customers are the one listing read in bulk, up to 500 a page.
    Call call = Call.get(Audience.PARTNER_CENTER, "/v1/customers?size=" + pageSize).inBulk();
    if (token.isPresent()) {
      call =
          Call.get(
                  Audience.PARTNER_CENTER, "/v1/customers?size=" + pageSize + "&seekOperation=Next")
              .withHeader("MS-ContinuationToken", token.get())
              .inBulk();
    }
    return engine
        .<PcCollection<PcCustomer>>execute(call, options, COLLECTION)
        .thenApply(c -> new Page<>(c.items(), c.nextToken()));
  }

  /**
   * Returns a customer with its company and billing profiles ({@code GET /v1/customers/{id}}).
   *
   * @param customer the customer's tenant id
   * @return the customer
   * @throws dev.partnerkit.client.NotFoundException when the partner has no such customer
   */
  public PcCustomer get(CustomerId customer) {
    return Sync.await(getAsync(customer));
  }

  /**
   * Returns a customer, asynchronously.
   *
   * @param customer the customer's tenant id
   * @return the customer, later
   */
  public CompletableFuture<PcCustomer> getAsync(CustomerId customer) {
    return engine.execute(
        Call.get(Audience.PARTNER_CENTER, "/v1/customers/" + path(customer)),
        options,
        PcCustomer.class);
  }

  /**
   * Creates a customer: a new tenant, the reseller relationship and an admin user ({@code POST
   * /v1/customers}). Retried safely: Partner Center de-duplicates it by its {@code MS-RequestId}.
   *
   * @param customer the company profile (domain) and billing profile (email, culture, language,
   *     company name, default address)
   * @return the created customer, with the admin's {@link PcCustomer#userCredentials()}
   */
  public PcCustomer create(PcCustomer customer) {
    return Sync.await(createAsync(customer));
  }

  /**
   * Creates a customer, asynchronously.
   *
   * @param customer the customer to create
   * @return the created customer, later
   */
  public CompletableFuture<PcCustomer> createAsync(PcCustomer customer) {
    Objects.requireNonNull(customer, "customer must not be null");
    return engine.execute(
        Call.of(
            Audience.PARTNER_CENTER,
            "POST",
            "/v1/customers",
            HttpEngine.toJson(customer),
            Retry.DEDUPLICATED_BY_REQUEST_ID),
        options,
        PcCustomer.class);
  }

  /**
   * Removes the reseller relationship with a customer ({@code PATCH /v1/customers/{id}} with {@code
   * relationshipToPartner: none}). The partner must first cancel the customer's subscriptions.
   * Retried safely: Partner Center de-duplicates it by its {@code MS-RequestId}.
   *
   * @param customer the customer's tenant id
   * @return the service's answer; its {@link PcCustomer#relationshipToPartner()} is {@code NONE}
   *     (the service answers this call in PascalCase, which is read the same way)
   */
  public PcCustomer removeResellerRelationship(CustomerId customer) {
    return Sync.await(removeResellerRelationshipAsync(customer));
  }

  /**
   * Removes the reseller relationship with a customer, asynchronously.
   *
   * @param customer the customer's tenant id
   * @return the service's answer, later
   */
  public CompletableFuture<PcCustomer> removeResellerRelationshipAsync(CustomerId customer) {
    PcCustomer body =
        PcCustomer.builder()
            .relationshipToPartner(PcRelationshipToPartner.NONE)
            .attributes(PcResourceAttributes.builder().objectType("Customer").build())
            .build();
    return engine.execute(
        Call.of(
            Audience.PARTNER_CENTER,
            "PATCH",
            "/v1/customers/" + path(customer),
            HttpEngine.toJson(body),
            Retry.DEDUPLICATED_BY_REQUEST_ID),
        options,
        PcCustomer.class);
  }

  /**
   * Returns the relationship request: the link a customer follows to accept the partner as its
   * reseller ({@code GET /v1/customers/relationshiprequests}).
   *
   * @return the relationship request
   */
  public PcRelationshipRequest relationshipRequest() {
    return Sync.await(relationshipRequestAsync());
  }

  /**
   * Returns the relationship request, asynchronously.
   *
   * @return the relationship request, later
   */
  public CompletableFuture<PcRelationshipRequest> relationshipRequestAsync() {
    return engine.execute(
        Call.get(Audience.PARTNER_CENTER, "/v1/customers/relationshiprequests"),
        options,
        PcRelationshipRequest.class);
  }

  /**
   * Returns the invitation link to send a customer, asking for delegated admin privileges or not.
   *
   * <p>Partner Center returns one link whose {@code DAP} query parameter says whether accepting it
   * also grants delegated admin privileges; this sets that parameter (adding it when absent). See
   * {@code docs/client.md}: new delegated admin grants are granular relationships ({@link
   * dev.partnerkit.client.PartnerClient#gdap()}) in today's program.
   *
   * @param delegatedAdmin whether accepting the link also grants delegated admin
   * @return the link
   * @throws dev.partnerkit.client.InvalidResponseException when the service sent no usable URL
   */
  public URI invitationLink(boolean delegatedAdmin) {
    return Sync.await(invitationLinkAsync(delegatedAdmin));
  }

  /**
   * Returns the invitation link, asynchronously.
   *
   * @param delegatedAdmin whether accepting the link also grants delegated admin
   * @return the link, later
   */
  public CompletableFuture<URI> invitationLinkAsync(boolean delegatedAdmin) {
    return relationshipRequestAsync()
        .thenApply(request -> InvitationLinks.withDelegatedAdmin(request, delegatedAdmin));
  }

  /**
   * Returns the partners related to a customer, such as its indirect resellers ({@code GET
   * /v1/customers/{id}/relationships}).
   *
   * @param customer the customer's tenant id
   * @return the relationships
   */
  public List<PcPartnerRelationship> partnerRelationships(CustomerId customer) {
    return Sync.await(partnerRelationshipsAsync(customer));
  }

  /**
   * Returns the partners related to a customer, asynchronously.
   *
   * @param customer the customer's tenant id
   * @return the relationships, later
   */
  public CompletableFuture<List<PcPartnerRelationship>> partnerRelationshipsAsync(
      CustomerId customer) {
    return engine
        .<PcCollection<PcPartnerRelationship>>execute(
            Call.get(Audience.PARTNER_CENTER, "/v1/customers/" + path(customer) + "/relationships"),
            options,
            RELATIONSHIPS)
        .thenApply(PcCollection::items);
  }

  static String path(CustomerId customer) {
    Objects.requireNonNull(customer, "customer must not be null");
    return Uris.encode(customer.toString());
  }
}
