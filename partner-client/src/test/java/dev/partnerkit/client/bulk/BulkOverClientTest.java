package dev.partnerkit.client.bulk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.CustomerId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A bulk read of many customers through the client on a loopback server: one customer is unknown,
 * and the service throttles once; every other customer is read, the unknown one fails alone with
 * its cause, and the 429 reaches one call only because the others wait with it (API-9).
 */
class BulkOverClientTest extends WireMockSupport {
  @Test
  void aBulkReadCollectsFailuresPerItemAndMeetsOneThrottle() {
    List<CustomerId> customers =
        IntStream.range(0, 40).mapToObj(i -> CustomerId.fromName("customer-" + i)).toList();
    CustomerId unknown = customers.get(7);
    CustomerId throttled = customers.get(3);
    for (CustomerId c : customers) {
      String path = "/pc/v1/customers/" + c;
      if (c.equals(unknown)) {
        server.stubFor(
            get(urlEqualTo(path))
                .willReturn(
                    aResponse().withStatus(404).withBody(example("partnercenter-error-404.json"))));
      } else if (c.equals(throttled)) {
        server.stubFor(
            get(urlEqualTo(path))
                .inScenario("throttle")
                .whenScenarioStateIs(STARTED)
                .willReturn(
                    aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "0.5")
                        .withBody(example("partnercenter-error-429.json")))
                .willSetStateTo("open"));
        server.stubFor(
            get(urlEqualTo(path))
                .inScenario("throttle")
                .whenScenarioStateIs("open")
                .willReturn(okJson("{\"id\":\"" + c + "\"}")));
      } else {
        server.stubFor(get(urlEqualTo(path)).willReturn(okJson("{\"id\":\"" + c + "\"}")));
      }
    }

    List<CustomerId> read = new ArrayList<>();
    List<BulkItem.Failed<CustomerId, PcCustomer>> failed = new ArrayList<>();
    try (BulkRun<CustomerId, PcCustomer> run =
        Bulk.forEach(customers, client.customers()::getAsync).parallelism(4).start()) {
      run.forEachRemaining(
          item -> {
            if (item instanceof BulkItem.Succeeded<CustomerId, PcCustomer> s) {
              assertThat(s.value().id()).contains(s.item().toString());
              read.add(s.item());
            } else {
              failed.add((BulkItem.Failed<CustomerId, PcCustomer>) item);
            }
          });
    }

    assertThat(read).hasSize(39).doesNotContain(unknown);
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).item()).isEqualTo(unknown);
    assertThat(failed.get(0).cause()).isInstanceOf(NotFoundException.class);
    List<LoggedRequest> all = server.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
    long throttles =
        server.getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() == 429).count();
    assertThat(throttles).isEqualTo(1);
    assertThat(all).hasSize(41);
  }
}
