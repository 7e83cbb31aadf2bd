package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.partnercenter.PcAddress;
import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcBillingProfile;
import dev.partnerkit.client.partnercenter.PcCompanyProfile;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcOrder;
import dev.partnerkit.client.partnercenter.PcOrderLineItem;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.testing.Fault;
import dev.partnerkit.testing.InjectSandbox;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxCustomerClient;
import dev.partnerkit.testing.SandboxException;
import dev.partnerkit.testing.SandboxTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The downstream test shown in {@code docs/sandbox.md}, word for word, so that it stays true. It
 * lives outside Partnerkit's packages, as a portal's test does, so it compiles against public API
 * only.
 */
@SandboxTest // line one: a sandbox for this class
class SandboxReadmeExampleTest {
  @InjectSandbox PartnerClient client; // line two: a client of partner northwind

  @InjectSandbox PartnerSandbox sandbox;

  @InjectSandbox(customer = "fabrikam")
  SandboxCustomerClient fabrikam;

  @Test
  void aNewCustomerGetsItsFirstSubscription() {
    PcCustomer created =
        client
            .customers()
            .create(
                PcCustomer.builder()
                    .companyProfile(
                        PcCompanyProfile.builder().domain("newco.onmicrosoft.com").build())
                    .billingProfile(
                        PcBillingProfile.builder()
                            .email("it@newco.example")
                            .companyName("NewCo")
                            .firstName("Ada")
                            .lastName("Lovelace")
                            .culture("en-US")
                            .language("en")
                            .defaultAddress(
                                PcAddress.builder()
                                    .addressLine1("1 Main St")
                                    .city("Redmond")
                                    .state("WA")
                                    .postalCode("98052")
                                    .country("US")
                                    .build())
                            .build())
                    .build());
    CustomerId id = CustomerId.parse(created.id().orElseThrow());

    sandbox.faults().failNext(1, Fault.throttle(Duration.ZERO)); // the client retries it
    client
        .orders()
        .create(
            id,
            PcOrder.builder()
                .billingCycle(PcBillingCycle.MONTHLY)
                .addLineItem(
                    PcOrderLineItem.builder().offerId("EXCHANGE_ONLINE").quantity(10).build())
                .build());

    assertThat(client.subscriptions().list(id))
        .singleElement()
        .satisfies(s -> assertThat(s.getQuantity()).isEqualTo(10));
  }

  @Test
  void anInvitationExpiresAfterNinetyDays() {
    DelegatedAdminInvitation sent =
        sandbox
            .partner(Samples.NORTHWIND.getId())
            .sendDelegatedAdminInvitation(fabrikam.customer());

    sandbox.clock().advance(Duration.ofDays(91));

    assertThatThrownBy(() -> fabrikam.accept(sent.getId()))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.getRuleIds()).contains("OFFER-9"));
  }
}
