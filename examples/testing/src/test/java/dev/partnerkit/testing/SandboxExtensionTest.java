package dev.partnerkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.graph.DelegatedAdminAccessDetails;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipCustomerParticipant;
import dev.partnerkit.client.graph.NewDelegatedAdminRelationship;
import dev.partnerkit.client.partnercenter.PcAddress;
import dev.partnerkit.client.partnercenter.PcBillingProfile;
import dev.partnerkit.client.partnercenter.PcCompanyProfile;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.Era;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A downstream project's portal test: public API only, and two lines to get a connected client
 * ({@code @SandboxTest} and {@code @InjectSandbox PartnerClient client}).
 */
@SandboxTest
class SandboxExtensionTest {
  @InjectSandbox PartnerClient client;

  @InjectSandbox PartnerSandbox sandbox;

  @InjectSandbox(customer = "fabrikam")
  SandboxCustomerClient fabrikam;

  @Test
  void thePortalSignsUpACustomerAndSeesIt() {
    PcCustomer created =
        client
            .customers()
            .create(
                PcCustomer.builder()
                    .companyProfile(
                        PcCompanyProfile.builder().domain("downstream.onmicrosoft.com").build())
                    .billingProfile(
                        PcBillingProfile.builder()
                            .email("it@downstream.example")
                            .companyName("Downstream Ltd")
                            .firstName("Grace")
                            .lastName("Hopper")
                            .culture("en-US")
                            .language("en")
                            .defaultAddress(
                                PcAddress.builder()
                                    .addressLine1("2 Harbour Road")
                                    .city("Seattle")
                                    .state("WA")
                                    .postalCode("98101")
                                    .country("US")
                                    .build())
                            .build())
                    .build());

    assertThat(client.customers().list())
        .extracting(c -> c.id().orElseThrow())
        .contains(created.id().orElseThrow());
  }

  @Test
  void fieldsAndParametersShareTheClassesSandbox(
      PartnerSandbox same, @InjectSandbox(partner = "adatum") SandboxPartnerClient adatum) {
    assertThat(same).isSameAs(sandbox);
    assertThat(adatum.partner()).isEqualTo(Samples.ADATUM.getId());

    adatum.sendDelegatedAdminInvitation(Samples.FABRIKAM.getId());

    assertThat(fabrikam.pendingInvitations()).isNotEmpty();
  }

  @Nested
  @SandboxTest(policy = Era.MODERN, partner = "tailwind")
  class UnderTheModernPolicy {
    @InjectSandbox PartnerClient tailwind;

    @Test
    void granularRelationshipsWork(PartnerSandbox modern) {
      DelegatedAdminRelationship created =
          tailwind
              .gdap()
              .relationships()
              .create(
                  NewDelegatedAdminRelationship.builder()
                      .displayName("Downstream helpdesk")
                      .duration("P90D")
                      .customer(
                          DelegatedAdminRelationshipCustomerParticipant.builder()
                              .tenantId(Samples.WINGTIP.getId().toString())
                              .build())
                      .accessDetails(
                          DelegatedAdminAccessDetails.of(List.of(Role.HELPDESK_ADMINISTRATOR)))
                      .build());
      tailwind.gdap().relationships().lockForApproval(created.getId());

      modern.customer(Samples.WINGTIP.getId()).approve(RelationshipId.of(created.getId()));

      assertThat(modern).isNotSameAs(sandbox);
      assertThat(tailwind.gdap().customers().list())
          .extracting(c -> c.getTenantId().orElseThrow())
          .containsExactly(Samples.WINGTIP.getId().toString());
    }
  }
}
