package dev.partnerkit.testing.sandbox;

import static dev.partnerkit.testing.sandbox.SandboxSharedAnswersTest.start;
import static dev.partnerkit.testing.sandbox.SandboxSharedStateTest.create;
import static dev.partnerkit.testing.sandbox.SandboxSharedStateTest.onJournal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcOrder;
import dev.partnerkit.client.partnercenter.PcOrderLineItem;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Partner Center POST repeated with its {@code MS-RequestId} (API-4) is applied once and answered
 * with the first answer also when the repeat reaches a sandbox restarted on the same journal, or
 * another sandbox sharing the store: the request's actions are applied under program keys made from
 * the request id, and every new id (order, subscription, customer) is made from it too. Over HTTP,
 * as the client sends them.
 */
class SandboxRequestIdAcrossProcessesTest {
  private static final PartnerId NORTHWIND = Samples.NORTHWIND.getId();
  private static final ObjectMapper JSON = PartnerJson.mapper();

  @Test
  void anOrderRepeatedAfterARestartIsPlacedOnceAndReadsBack(@TempDir Path dir) throws Exception {
    Path journal = dir.resolve("program.journal");
    String requestId = UUID.randomUUID().toString();
    CustomerId customer;
    RawHttp.Answer first;
    try (PartnerSandbox before = onJournal(journal)) {
      customer = create(before, NORTHWIND, "restart-orders");
      first = placeOrder(before, customer, requestId, 10);
    }
    assertThat(first.status()).isEqualTo(201);
    String orderId = JSON.readTree(first.body()).get("id").asText();

    try (PartnerSandbox after = onJournal(journal)) {
      RawHttp.Answer again = placeOrder(after, customer, requestId, 10);

      assertThat(again.status()).isEqualTo(201);
      assertThat(tree(again)).isEqualTo(tree(first));
      assertThat(subscriptions(after, customer)).hasSize(1);
      // The order itself survives the restart: its subscription keeps the order's id.
      RawHttp.Answer read =
          RawHttp.send("GET", orderUri(after, customer, orderId), token(after), "");
      assertThat(read.status()).isEqualTo(200);
      assertThat(tree(read)).isEqualTo(tree(first));
      assertThat(subscriptions(after, customer).get(0).getOrder().orElseThrow().value())
          .isEqualTo(orderId);
      // The same id for another order is refused, and places nothing.
      RawHttp.Answer reused = placeOrder(after, customer, requestId, 11);
      assertThat(reused.status()).isEqualTo(409);
      assertThat(subscriptions(after, customer)).hasSize(1);
    }
  }

  @Test
  void aCustomerCreatedAgainAfterARestartIsTheSameCustomer(@TempDir Path dir) throws Exception {
    Path journal = dir.resolve("program.journal");
    String requestId = UUID.randomUUID().toString();
    String body = JSON.writeValueAsString(SandboxPartnerCenterTest.newCustomer("again"));
    RawHttp.Answer first;
    try (PartnerSandbox before = onJournal(journal)) {
      first =
          RawHttp.send(
              "POST", customersUri(before), token(before), body, "MS-RequestId", requestId);
    }
    try (PartnerSandbox after = onJournal(journal)) {
      RawHttp.Answer again =
          RawHttp.send("POST", customersUri(after), token(after), body, "MS-RequestId", requestId);
      RawHttp.Answer other =
          RawHttp.send(
              "POST",
              customersUri(after),
              token(after),
              body,
              "MS-RequestId",
              UUID.randomUUID().toString());

      assertThat(first.status()).isEqualTo(201);
      assertThat(again.status()).isEqualTo(201);
      assertThat(tree(again).get("id")).isEqualTo(tree(first).get("id"));
      // A new request for the same domain is a second customer: refused as taken.
      assertThat(other.status()).isEqualTo(409);
    }
  }

  @Test
  void anOrderRepeatedOnAnotherInstanceIsPlacedOnce_inMemory() throws Exception {
    try (SharedStore store = SharedStore.memory()) {
      orderOnTwoInstances(store);
    }
  }

  @Test
  void anOrderRepeatedOnAnotherInstanceIsPlacedOnce_onPostgres() throws Exception {
    try (SharedStore store = SharedStore.postgres()) {
      orderOnTwoInstances(store);
    }
  }

  private static void orderOnTwoInstances(SharedStore store) throws Exception {
    try (PartnerSandbox a = start(store);
        PartnerSandbox b = start(store)) {
      CustomerId customer = create(a, NORTHWIND, "two-instances");
      String requestId = UUID.randomUUID().toString();

      RawHttp.Answer first = placeOrder(a, customer, requestId, 3);
      RawHttp.Answer again = placeOrder(b, customer, requestId, 3);

      assertThat(first.status()).isEqualTo(201);
      assertThat(again.status()).isEqualTo(201);
      assertThat(tree(again)).isEqualTo(tree(first));
      assertThat(subscriptions(b, customer)).hasSize(1);
      String orderId = tree(first).get("id").asText();
      RawHttp.Answer read = RawHttp.send("GET", orderUri(b, customer, orderId), token(b), "");
      assertThat(tree(read)).isEqualTo(tree(first));
    }
  }

  private static RawHttp.Answer placeOrder(
      PartnerSandbox sandbox, CustomerId customer, String requestId, int licenses)
      throws Exception {
    PcOrder order =
        PcOrder.builder()
            .billingCycle(PcBillingCycle.MONTHLY)
            .addLineItem(
                PcOrderLineItem.builder()
                    .lineItemNumber(0)
                    .offerId("EXCHANGE_ONLINE")
                    .quantity(licenses)
                    .build())
            .build();
    return RawHttp.send(
        "POST",
        URI.create(sandbox.partnerCenterUri() + "/v1/customers/" + customer + "/orders"),
        token(sandbox),
        JSON.writeValueAsString(order),
        "MS-RequestId",
        requestId);
  }

  private static URI orderUri(PartnerSandbox sandbox, CustomerId customer, String order) {
    return URI.create(
        sandbox.partnerCenterUri() + "/v1/customers/" + customer + "/orders/" + order);
  }

  private static URI customersUri(PartnerSandbox sandbox) {
    return URI.create(sandbox.partnerCenterUri() + "/v1/customers");
  }

  private static String token(PartnerSandbox sandbox) {
    return sandbox.partnerToken(NORTHWIND);
  }

  private static JsonNode tree(RawHttp.Answer answer) throws Exception {
    return JSON.readTree(answer.body());
  }

  private static List<Subscription> subscriptions(PartnerSandbox sandbox, CustomerId customer) {
    return sandbox.program().subscriptions(customer, sandbox.clock().instant());
  }
}
