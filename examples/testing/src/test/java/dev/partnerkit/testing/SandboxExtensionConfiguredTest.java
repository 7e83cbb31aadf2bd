package dev.partnerkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.client.PartnerClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered with settings of its own, for what the annotation cannot say. */
class SandboxExtensionConfiguredTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.configured(
          builder ->
              builder
                  .reseller(Samples.NORTHWIND.getId(), Samples.FABRIKAM.getId())
                  .tokenLifetime(Duration.ofMinutes(5)));

  @InjectSandbox static PartnerSandbox sandbox;

  @Test
  void theConfiguredResellerSeesItsCustomerEvenAfterItsTokenExpired(PartnerClient client) {
    sandbox.clock().advance(Duration.ofMinutes(10));

    assertThat(client.customers().list())
        .extracting(c -> c.id().orElseThrow())
        .containsExactly(Samples.FABRIKAM.getId().toString());
  }
}
