package dev.partnerkit.client.graph;

import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Operations;
import java.util.Objects;

/**
 * Microsoft Graph's granular delegated admin privileges (GDAP): relationships, their requests,
 * long-running operations and access assignments, and the customers they reach with the services
 * managed there.
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#gdap()}.
 */
public final class GdapOperations {
  private final RelationshipOperations relationships;
  private final AccessAssignmentOperations accessAssignments;
  private final DelegatedAdminCustomerOperations customers;
  private final RelationshipRequestOperations requests;
  private final LongRunningOperations operations;

  static {
    Operations.register(GdapOperations.class, GdapOperations::new);
  }

  private GdapOperations(HttpEngine engine, RequestOptions options) {
    Objects.requireNonNull(engine);
    Objects.requireNonNull(options);
    this.relationships = new RelationshipOperations(engine, options);
    this.accessAssignments = new AccessAssignmentOperations(engine, options);
    this.customers = new DelegatedAdminCustomerOperations(engine, options);
    this.requests = new RelationshipRequestOperations(engine, options);
    this.operations = new LongRunningOperations(engine, options);
  }

  /**
   * Returns the relationship calls.
   *
   * @return the relationship operations
   */
  public RelationshipOperations relationships() {
    return relationships;
  }

  /**
   * Returns the access assignment calls.
   *
   * @return the access assignment operations
   */
  public AccessAssignmentOperations accessAssignments() {
    return accessAssignments;
  }

  /**
   * Returns the delegated admin customer calls.
   *
   * @return the customer operations
   */
  public DelegatedAdminCustomerOperations customers() {
    return customers;
  }

  /**
   * Returns the calls that read a relationship's requests.
   *
   * @return the request operations
   */
  public RelationshipRequestOperations requests() {
    return requests;
  }

  /**
   * Returns the calls that read a relationship's long-running operations.
   *
   * @return the long-running operations
   */
  public LongRunningOperations operations() {
    return operations;
  }
}
