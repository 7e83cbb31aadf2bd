package dev.partnerkit.testing.scenario;

import static dev.partnerkit.testing.scenario.ScenarioFormatChecklistTest.passes;
import static dev.partnerkit.testing.scenario.ScenarioFormatChecklistTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The checklist of {@code SCENARIOS.md}, continued from {@link ScenarioFormatChecklistTest}: the
 * expectations, every verb with its fields, and the checks, each a small scenario written as the
 * format shows it that must run with the expected result.
 */
class ScenarioVerbsChecklistTest {
  @Test
  void expect_defaultAllowedDeniedAsASubsetAndADeniedActionChangesNothing() {
    String cast =
        """
        {"name": "expectations",
         "partners": [{"id": "northwind", "programs": ["CLOUD_ESSENTIALS"]}, {"id": "adatum"}],
         "customers": [{"id": "fabrikam"}],
         "steps": [%s]}
        """;
    String steps =
        """
        {"do": "sendTrialInvitation", "id": "t1", "partner": "northwind", "customer": "fabrikam",
         "services": ["EXCHANGE_ONLINE"]},
        {"do": "sendTrialInvitation", "id": "t2", "partner": "northwind", "customer": "fabrikam",
         "services": ["SHAREPOINT_ONLINE"], "expect": "allowed"},
        {"do": "sendTrialInvitation", "id": "t3", "partner": "adatum", "customer": "fabrikam",
         "services": [], "delegatedAdmin": true, "expect": {"denied": ["OFFER-1"]}},
        {"do": "accept", "invitation": "t3", "by": "fabrikam", "expect": {"denied": ["OFFER-8"]}},
        {"check": "delegatedAdmins", "customer": "fabrikam", "equals": []}
        """;
    passes(cast.formatted(steps));
    // The same expectations, each turned the wrong way, fail.
    assertThat(
            run(cast.formatted(
                    steps.replace(
                        "\"expect\": \"allowed\"", "\"expect\": {\"denied\": [\"OFFER-3\"]}")))
                .passed())
        .isFalse();
    assertThat(
            run(cast.formatted(steps.replace("[\"OFFER-1\"]", "[\"OFFER-1\", \"TRIAL-3\"]")))
                .passed())
        .isFalse();
    assertThat(
            run(cast.formatted(steps.replace(", \"expect\": {\"denied\": [\"OFFER-8\"]}", "")))
                .passed())
        .isFalse();
  }

  @Test
  void seedVerbs_everyOneWithItsFields() {
    String json =
        """
        {"name": "every seed verb", "rules": ["ELIG-3", "DA-9", "POR-6"],
         "partners": [{"id": "northwind", "programs": ["CLOUD_ESSENTIALS"]},
                      {"id": "adatum", "agreementSigned": false}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "signAgreement", "partner": "adatum"},
           {"do": "enroll", "partner": "adatum", "program": "CLOUD_ESSENTIALS"},
           {"do": "withdraw", "partner": "adatum", "program": "CLOUD_ESSENTIALS"},
           {"do": "sendTrialInvitation", "id": "t1", "partner": "northwind", "customer": "fabrikam",
            "services": ["EXCHANGE_ONLINE"]},
           {"do": "decline", "invitation": "t1", "by": "fabrikam"},
           {"check": "invitation", "id": "t1", "status": "DECLINED"},
           {"do": "sendTrialInvitation", "id": "t2", "partner": "northwind", "customer": "fabrikam",
            "services": ["SHAREPOINT_ONLINE"], "delegatedAdmin": true},
           {"do": "revoke", "invitation": "t2", "by": "northwind"},
           {"check": "invitation", "id": "t2", "status": "REVOKED"},
           {"do": "sendTrialInvitation", "id": "t3", "partner": "northwind", "customer": "fabrikam",
            "services": ["TEAMS_ESSENTIALS"], "delegatedAdmin": false},
           {"do": "accept", "invitation": "t3", "by": "fabrikam"},
           {"check": "invitation", "id": "t3", "status": "ACCEPTED"},
           {"check": "owns", "customer": "fabrikam", "service": "TEAMS_ESSENTIALS", "trial": true},
           {"do": "sendPurchaseOffer", "id": "p1", "partner": "northwind", "customer": "fabrikam",
            "lines": [{"service": "TEAMS_ESSENTIALS", "licenses": 5}], "billing": "MONTHLY",
            "followsUp": "t3"},
           {"do": "accept", "invitation": "p1", "by": "fabrikam"},
           {"check": "owns", "customer": "fabrikam", "service": "TEAMS_ESSENTIALS", "licenses": 5,
            "trial": false},
           {"do": "sendPurchaseOffer", "id": "p2", "partner": "northwind", "customer": "fabrikam",
            "lines": [{"service": "SHAREPOINT_ONLINE", "licenses": 10}], "billing": "ANNUAL",
            "delegatedAdmin": true},
           {"do": "accept", "invitation": "p2", "by": "fabrikam"},
           {"check": "owns", "customer": "fabrikam", "service": "SHAREPOINT_ONLINE", "licenses": 10},
           {"check": "delegatedAdmins", "customer": "fabrikam", "equals": ["northwind"]},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "SET_UP_MAILBOX"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "ADD_USER"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "REMOVE_USER"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "ADD_GROUP"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "REMOVE_GROUP"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "RESET_PASSWORD"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "MIGRATE_DATA"},
           {"do": "serviceRequest", "customer": "fabrikam", "by": "fabrikam"},
           {"do": "serviceRequest", "customer": "fabrikam", "by": "northwind"},
           {"do": "designatePartnerOfRecord", "customer": "fabrikam", "partner": "northwind",
            "by": "fabrikam"},
           {"check": "partnerOfRecord", "customer": "fabrikam", "equals": "northwind"},
           {"do": "resignPartnerOfRecord", "customer": "fabrikam", "by": "northwind"},
           {"check": "partnerOfRecord", "customer": "fabrikam", "equals": null},
           {"do": "designatePartnerOfRecord", "customer": "fabrikam", "partner": "adatum",
            "by": "fabrikam"},
           {"do": "removePartnerOfRecord", "customer": "fabrikam", "by": "fabrikam"},
           {"check": "partnerOfRecord", "customer": "fabrikam", "equals": null},
           {"do": "relinquishDelegation", "customer": "fabrikam", "by": "northwind"},
           {"check": "delegatedAdmins", "customer": "fabrikam", "equals": []},
           {"do": "sendDelegatedAdminInvitation", "id": "d1", "partner": "northwind",
            "customer": "fabrikam"},
           {"do": "accept", "invitation": "d1", "by": "fabrikam"},
           {"do": "revokeDelegation", "customer": "fabrikam", "partner": "northwind", "by": "fabrikam"},
           {"check": "delegatedAdmins", "customer": "fabrikam", "equals": []},
           {"do": "sendDelegatedAdminInvitation", "id": "d2", "partner": "northwind",
            "customer": "fabrikam"},
           {"check": "invitation", "id": "d2", "status": "PENDING"},
           {"do": "advance", "by": "P90D"},
           {"do": "advance", "by": "PT12H"},
           {"check": "invitation", "id": "d2", "status": "EXPIRED"}
         ]}
        """;
    passes(json);
  }

  @Test
  void relationshipVerbs_everyOneWithItsFields() {
    String json =
        """
        {"name": "every relationship verb", "rules": ["GDAP-6", "GDAP-7", "GDAP-11"],
         "policy": "modern",
         "partners": [{"id": "northwind", "programs": ["CSP_DIRECT"]}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "createRelationship", "id": "r1", "partner": "northwind", "customer": "fabrikam",
            "displayName": "Fabrikam operations", "duration": "P1Y",
            "roles": ["USER_ADMINISTRATOR", "GLOBAL_ADMINISTRATOR"]},
           {"check": "relationship", "id": "r1", "status": "created"},
           {"do": "updateRelationship", "id": "r1", "by": "northwind", "displayName": "Fabrikam ops",
            "duration": "P180D", "roles": ["USER_ADMINISTRATOR", "GLOBAL_ADMINISTRATOR",
            "HELPDESK_ADMINISTRATOR"], "autoExtend": "PT0S"},
           {"do": "lockForApproval", "id": "r1", "by": "northwind"},
           {"check": "relationship", "id": "r1", "status": "approvalPending"},
           {"do": "approveRelationship", "id": "r1", "by": "fabrikam"},
           {"check": "relationship", "id": "r1", "status": "active"},
           {"do": "removeRole", "id": "r1", "by": "northwind", "role": "GLOBAL_ADMINISTRATOR"},
           {"do": "assignAccess", "relationship": "r1", "by": "northwind", "group": "Helpdesk agents",
            "roles": ["USER_ADMINISTRATOR"]},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "ADD_USER"},
           {"check": "delegatedAdmins", "customer": "fabrikam", "equals": ["northwind"]},
           {"do": "terminateRelationship", "id": "r1", "by": "fabrikam"},
           {"check": "relationship", "id": "r1", "status": "terminated"},
           {"do": "createRelationship", "id": "r2", "partner": "northwind", "customer": "fabrikam",
            "displayName": "Fabrikam helpdesk", "duration": "P90D",
            "roles": ["HELPDESK_ADMINISTRATOR"], "autoExtend": "P180D"},
           {"do": "deleteRelationship", "id": "r2", "by": "northwind"},
           {"do": "createRelationship", "id": "r3", "partner": "northwind", "customer": "fabrikam",
            "displayName": "Fabrikam short", "duration": "P1D", "roles": ["EXCHANGE_ADMINISTRATOR"]},
           {"do": "lockForApproval", "id": "r3", "by": "northwind"},
           {"do": "approveRelationship", "id": "r3", "by": "fabrikam"},
           {"do": "advance", "by": "P2D"},
           {"check": "relationship", "id": "r3", "status": "expired"}
         ]}
        """;
    passes(json);
  }

  @Test
  void newCommerceVerbs_everyOneWithItsFields() {
    String json =
        """
        {"name": "every new-commerce verb", "rules": ["NCE-5", "NCE-6", "NCE-8", "NCE-13", "NCE-14"],
         "policy": "modern",
         "partners": [{"id": "northwind", "programs": ["CSP_DIRECT"]}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "sendResellerInvitation", "id": "ri", "partner": "northwind", "customer": "fabrikam"},
           {"do": "accept", "invitation": "ri", "by": "fabrikam"},
           {"do": "acceptCustomerAgreement", "customer": "fabrikam", "by": "northwind"},
           {"do": "purchase", "id": "s1", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E3", "seats": 10, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "changeSeats", "subscription": "s1", "by": "northwind", "seats": 12},
           {"do": "changeSeats", "subscription": "s1", "by": "northwind", "seats": 11},
           {"do": "setAutoRenew", "subscription": "s1", "by": "northwind", "enabled": false},
           {"check": "subscription", "id": "s1", "autoRenew": false},
           {"do": "setAutoRenew", "subscription": "s1", "by": "northwind", "enabled": true},
           {"do": "scheduleChange", "subscription": "s1", "by": "northwind", "seats": 15},
           {"do": "scheduleChange", "subscription": "s1", "by": "northwind", "term": "P3Y",
            "billing": "ANNUAL"},
           {"do": "scheduleChange", "subscription": "s1", "by": "northwind",
            "service": "OFFICE_365_E5"},
           {"do": "changeTerm", "subscription": "s1", "by": "northwind", "term": "P3Y"},
           {"do": "changeTerm", "subscription": "s1", "by": "northwind", "billing": "ANNUAL"},
           {"check": "subscription", "id": "s1", "term": "P3Y", "billing": "ANNUAL"},
           {"do": "suspend", "subscription": "s1", "by": "northwind"},
           {"check": "subscription", "id": "s1", "status": "suspended", "autoRenew": false},
           {"do": "reactivate", "subscription": "s1", "by": "northwind"},
           {"check": "subscription", "id": "s1", "status": "active", "autoRenew": false},
           {"do": "upgrade", "subscription": "s1", "by": "northwind", "to": "OFFICE_365_E5",
            "seats": 4, "id": "s2"},
           {"check": "subscription", "id": "s2", "service": "OFFICE_365_E5", "seats": 4},
           {"check": "subscription", "id": "s1", "service": "OFFICE_365_E3", "seats": 7},
           {"do": "purchase", "id": "s3", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E3", "seats": 5, "term": "P1M", "billing": "MONTHLY"},
           {"do": "cancelSubscription", "subscription": "s3", "by": "northwind"},
           {"check": "subscription", "id": "s3", "status": "deleted"},
           {"do": "purchase", "id": "t1", "partner": "northwind", "customer": "fabrikam",
            "service": "SHAREPOINT_ONLINE", "trial": true},
           {"do": "convertTrial", "subscription": "t1", "by": "northwind", "seats": 25,
            "term": "P1Y", "billing": "ANNUAL"},
           {"check": "subscription", "id": "t1", "trial": false, "service": "SHAREPOINT_ONLINE",
            "seats": 25, "term": "P1Y", "billing": "ANNUAL"},
           {"do": "purchase", "id": "t2", "partner": "northwind", "customer": "fabrikam",
            "service": "EXCHANGE_ONLINE", "trial": true},
           {"do": "convertTrial", "subscription": "t2", "by": "northwind", "seats": 30,
            "term": "P1M", "billing": "MONTHLY", "service": "EXCHANGE_ONLINE"},
           {"check": "subscription", "id": "t2", "trial": false, "seats": 30},
           {"do": "purchase", "id": "b1", "partner": "northwind", "customer": "fabrikam",
            "service": "MICROSOFT_365_BUSINESS_BASIC", "seats": 10, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "purchase", "id": "b2", "partner": "northwind", "customer": "fabrikam",
            "service": "MICROSOFT_365_BUSINESS_STANDARD", "seats": 5, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "advance", "by": "P7D"},
           {"do": "upgrade", "subscription": "b1", "by": "northwind",
            "to": "MICROSOFT_365_BUSINESS_STANDARD", "seats": 4, "into": "b2"},
           {"check": "subscription", "id": "b2", "seats": 9}
         ]}
        """;
    passes(json);
  }

  @Test
  void by_mayNameAnyoneAndTheRulesDecide() {
    String json =
        """
        {"name": "the rules decide who may act",
         "partners": [{"id": "northwind", "programs": ["CLOUD_ESSENTIALS"]}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "sendDelegatedAdminInvitation", "id": "d1", "partner": "northwind",
            "customer": "fabrikam"},
           {"do": "accept", "invitation": "d1", "by": "northwind", "expect": {"denied": ["DA-6"]}},
           {"do": "designatePartnerOfRecord", "customer": "fabrikam", "partner": "northwind",
            "by": "northwind", "expect": {"denied": ["POR-1"]}}
         ]}
        """;
    passes(json);
  }

  @Test
  void seedPolicy_deniesGranularAndNewCommerceWithPolicy1() {
    String json =
        """
        {"name": "the seed has no granular relationships and no new commerce", "rules": ["POLICY-1"],
         "partners": [{"id": "northwind", "programs": ["CLOUD_ESSENTIALS"]}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "createRelationship", "id": "r1", "partner": "northwind", "customer": "fabrikam",
            "displayName": "ops", "duration": "P30D", "roles": ["USER_ADMINISTRATOR"],
            "expect": {"denied": ["POLICY-1"]}},
           {"do": "sendResellerInvitation", "id": "ri", "partner": "northwind",
            "customer": "fabrikam", "expect": {"denied": ["POLICY-1"]}},
           {"do": "acceptCustomerAgreement", "customer": "fabrikam", "by": "fabrikam",
            "expect": {"denied": ["POLICY-1"]}},
           {"do": "purchase", "id": "s1", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E3", "seats": 5, "term": "P1Y", "billing": "MONTHLY",
            "expect": {"denied": ["POLICY-1"]}}
         ]}
        """;
    passes(json);
  }

  @Test
  void checks_delegatedAdminsInAnyOrderAndOwnsSumsNewCommerceSeats() {
    String json =
        """
        {"name": "checks", "policy": "modern",
         "partners": [{"id": "northwind", "programs": ["CSP_DIRECT"]},
                      {"id": "adatum", "programs": ["CSP_DIRECT"]}],
         "customers": [{"id": "fabrikam", "customerAgreement": true}],
         "resellers": [{"partner": "northwind", "customer": "fabrikam"}],
         "steps": [
           {"do": "sendDelegatedAdminInvitation", "id": "d1", "partner": "northwind",
            "customer": "fabrikam"},
           {"do": "sendDelegatedAdminInvitation", "id": "d2", "partner": "adatum",
            "customer": "fabrikam"},
           {"do": "accept", "invitation": "d1", "by": "fabrikam"},
           {"do": "accept", "invitation": "d2", "by": "fabrikam"},
           {"check": "delegatedAdmins", "customer": "fabrikam", "equals": ["adatum", "northwind"]},
           {"check": "partnerOfRecord", "customer": "fabrikam", "equals": null},
           {"do": "purchase", "id": "s1", "partner": "northwind", "customer": "fabrikam",
            "service": "EXCHANGE_ONLINE", "seats": 10, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "purchase", "id": "s2", "partner": "northwind", "customer": "fabrikam",
            "service": "EXCHANGE_ONLINE", "seats": 3, "term": "P1M", "billing": "MONTHLY"},
           {"do": "suspend", "subscription": "s2", "by": "northwind"},
           {"do": "purchase", "id": "s3", "partner": "northwind", "customer": "fabrikam",
            "service": "EXCHANGE_ONLINE", "seats": 4, "term": "P1M", "billing": "MONTHLY"},
           {"do": "cancelSubscription", "subscription": "s3", "by": "northwind"},
           {"check": "owns", "customer": "fabrikam", "service": "EXCHANGE_ONLINE", "licenses": 13},
           {"check": "subscription", "id": "s1", "status": "active", "service": "EXCHANGE_ONLINE",
            "seats": 10, "term": "P1Y", "billing": "MONTHLY", "autoRenew": true, "trial": false,
            "termEnd": "2027-01-01T00:00:00Z"},
           {"check": "subscription", "id": "s2"}
         ]}
        """;
    passes(json);
    // A check that does not hold is a mismatch, not an error.
    assertThat(run(json.replace("\"licenses\": 13", "\"licenses\": 17")).passed()).isFalse();
  }
}
