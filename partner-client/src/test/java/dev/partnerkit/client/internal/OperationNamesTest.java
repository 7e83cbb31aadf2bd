package dev.partnerkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationNamesTest {
  @Test
  void identifiersBecomePlaceholders_namesAndVersionsStay() {
    assertThat(
            OperationNames.of(
                "GET",
                "/v1/customers/11111111-2222-3333-4444-555555555555/subscriptions/"
                    + "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/conversions"))
        .isEqualTo("GET /v1/customers/{id}/subscriptions/{id}/conversions");
    assertThat(OperationNames.of("GET", "/v1/offers/CFQ7TTC0LH18%3A0001?country=US"))
        .isEqualTo("GET /v1/offers/{id}");
    assertThat(OperationNames.of("GET", "/v1/customers?size=100&seekOperation=Next"))
        .isEqualTo("GET /v1/customers");
    assertThat(OperationNames.of("GET", "/v1/customers/relationshiprequests"))
        .isEqualTo("GET /v1/customers/relationshiprequests");
    assertThat(
            OperationNames.of(
                "PUT", "/providers/Microsoft.ManagementPartner/partners/5512093?api-version=2018"))
        .isEqualTo("PUT /providers/Microsoft.ManagementPartner/partners/{id}");
    assertThat(OperationNames.of("GET", "/v1.0/tenantRelationships/delegatedAdminCustomers"))
        .isEqualTo("GET /v1.0/tenantRelationships/delegatedAdminCustomers");
  }

  @Test
  void oddSegmentsAreIdentifiers() {
    assertThat(OperationNames.of("GET", "/a./.b/a..b/v/v1./x-y/"))
        .isEqualTo("GET /{id}/{id}/{id}/v/{id}/{id}");
    assertThat(OperationNames.of("GET", "")).isEqualTo("GET /");
  }
}
