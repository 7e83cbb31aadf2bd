package dev.partnerkit.examples;

import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.TokenProvider;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.Offer;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.util.List;

/**
 * Example: starts the embedded sandbox on loopback and talks to it with {@link PartnerClient} built
 * by hand, exactly as a portal would talk to Partner Center; only the base URIs and the token
 * differ. Reads a customer, maps it into the model, lists its subscriptions, and shows the typed
 * exception a call outside the partner's customers gets.
 */
public final class CallSandboxWithClient {
  private CallSandboxWithClient() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (PartnerSandbox sandbox =
        PartnerSandbox.builder()
            .reseller(Samples.NORTHWIND.getId(), Samples.FABRIKAM.getId())
            .start()) {
      System.out.println("sandbox at " + sandbox.baseUri());
      // The customer accepts a trial first, so that it has a subscription to list. The customer's
      // side lives only in the sandbox (Microsoft offers it in its admin centre, not over REST).
      Offer trial =
          sandbox
              .partner(Samples.NORTHWIND.getId())
              .sendTrialInvitation(
                  Samples.FABRIKAM.getId(), List.of(Samples.EXCHANGE_ONLINE), false);
      sandbox.customer(Samples.FABRIKAM.getId()).accept(trial.getId());

      // A production client differs only in these lines: the real base URIs are the defaults, and
      // the token provider would ask Microsoft Entra ID for a token.
      String token = sandbox.partnerToken(Samples.NORTHWIND.getId());
      try (PartnerClient client =
          PartnerClient.builder()
              .partnerCenterBaseUri(sandbox.partnerCenterUri())
              .graphBaseUri(sandbox.graphUri())
              .azureManagementBaseUri(sandbox.azureManagementUri())
              .tokenProvider(TokenProvider.fixed(token))
              .build()) {
        PcCustomer wire = client.customers().get(Samples.FABRIKAM.getId());
        Customer customer = wire.toModel(client.getCloud()).orElseThrow();
        System.out.println(
            "customer "
                + customer.getId()
                + " is "
                + customer.getProfile().getCompanyName()
                + " in "
                + customer.getCountry());
        for (PcSubscription subscription : client.subscriptions().list(customer.getId())) {
          System.out.println(
              "  subscription "
                  + subscription.getOfferName().orElse("?")
                  + ": "
                  + subscription.getQuantity()
                  + " licenses, "
                  + subscription.getStatus().map(Object::toString).orElse("?"));
        }
        try {
          client.customers().get(Samples.WINGTIP.getId());
        } catch (ForbiddenException e) {
          // Typed by status; the error code and description are Partner Center's own fields.
          System.out.println(
              "Wingtip is not Northwind's customer: HTTP "
                  + e.getStatus()
                  + ", error code "
                  + e.getErrorCode().orElse("none"));
        }
      }
    }
  }
}
