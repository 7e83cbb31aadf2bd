package dev.partnerkit.bench;

import java.util.List;
import java.util.Map;

/**
 * The floor of the JSON benchmarks: hand-written mutable classes for the Partner Center customer
 * page, one public field per JSON field, the same fields as the client's wire types, bound by a
 * plain Jackson {@code ObjectMapper} with no configuration beyond leaving out nulls when writing.
 * This is what an application does without Partnerkit.
 */
final class PcPojos {
  private PcPojos() {}

  /** A page of customers. */
  static final class Page {
    public int totalCount;
    public List<Customer> items;
    public String continuationToken;
    public Map<String, Link> links;
    public Attributes attributes;
  }

  /** A customer. */
  static final class Customer {
    public String id;
    public String commerceId;
    public CompanyProfile companyProfile;
    public BillingProfile billingProfile;
    public String relationshipToPartner;
    public Boolean allowDelegatedAccess;
    public UserCredentials userCredentials;
    public List<String> customDomains;
    public String associatedPartnerId;
    public Map<String, Link> links;
    public Attributes attributes;
  }

  /** A company profile. */
  static final class CompanyProfile {
    public String tenantId;
    public String domain;
    public String companyName;
    public Address address;
    public String email;
    public String organizationRegistrationNumber;
    public Map<String, Link> links;
    public Attributes attributes;
  }

  /** A billing profile. */
  static final class BillingProfile {
    public String id;
    public String firstName;
    public String lastName;
    public String email;
    public String culture;
    public String language;
    public String companyName;
    public Address defaultAddress;
    public Map<String, Link> links;
    public Attributes attributes;
  }

  /** An address. */
  static final class Address {
    public String addressLine1;
    public String addressLine2;
    public String addressLine3;
    public String city;
    public String state;
    public String postalCode;
    public String country;
    public String region;
    public String firstName;
    public String lastName;
    public String phoneNumber;
  }

  /** An admin's credentials. */
  static final class UserCredentials {
    public String userName;
    public String password;
  }

  /** A link. */
  static final class Link {
    public String uri;
    public String method;
    public List<KeyValue> headers;
  }

  /** A header of a link. */
  static final class KeyValue {
    public String key;
    public String value;
  }

  /** Resource attributes. */
  static final class Attributes {
    public String etag;
    public String objectType;
  }
}
