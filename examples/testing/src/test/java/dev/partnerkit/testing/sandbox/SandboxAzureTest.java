package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.arm.PartnerAdminLink;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Azure Partner Admin Link, served as the customer's partner of record. */
class SandboxAzureTest {
  private static final CustomerId FABRIKAM = Samples.FABRIKAM.getId();
  private static final MpnId ADATUM_MPN = Samples.ADATUM.getMpnId().orElseThrow();

  private PartnerSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = PartnerSandbox.builder().start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void theCustomersTenantLinksAndUnlinksItsPartnerOfRecord() {
    PartnerClient tenant = sandbox.clientForCustomer(FABRIKAM);

    PartnerAdminLink link = tenant.partnerAdminLink().link(ADATUM_MPN);

    assertThat(link.getProperties().flatMap(p -> p.getPartnerId())).contains("4875210");
    assertThat(link.getProperties().flatMap(p -> p.getTenantId())).contains(FABRIKAM.toString());
    assertThat(tenant.partnerAdminLink().get(ADATUM_MPN)).isEqualTo(link);
    assertThat(sandbox.program().partnerOfRecord(FABRIKAM))
        .map(PartnerOfRecord::getPartner)
        .contains(Samples.ADATUM.getId());
    assertThatThrownBy(() -> tenant.partnerAdminLink().get(MpnId.of("1234567")))
        .isInstanceOf(NotFoundException.class);

    tenant.partnerAdminLink().unlink(ADATUM_MPN);

    assertThat(sandbox.program().partnerOfRecord(FABRIKAM)).isEmpty();
    assertThatThrownBy(() -> tenant.partnerAdminLink().get(ADATUM_MPN))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aPartnerCannotLinkItselfAsPartnerOfRecord() {
    PartnerClient adatum = sandbox.client(Samples.ADATUM.getId());

    assertThatThrownBy(() -> adatum.partnerAdminLink().link(ADATUM_MPN))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> {
              assertThat(e.getErrorCode()).contains("AuthorizationFailed");
              assertThat(e.getErrorDescription())
                  .hasValueSatisfying(d -> assertThat(d).startsWith("POR-1:"));
            });
    assertThat(sandbox.program().partnerOfRecord(FABRIKAM)).isEmpty();
  }

  @Test
  void anUnknownMpnIdIsNotFound() {
    assertThatThrownBy(
            () -> sandbox.clientForCustomer(FABRIKAM).partnerAdminLink().link(MpnId.of("999")))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("POR-5")));
  }
}
