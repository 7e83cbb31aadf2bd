package dev.partnerkit.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.TokenProvider;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.testing.ModelFactory;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Target 3's two ways of streaming a partner's customers from the loopback sandbox, shared by the
 * benchmark ({@link ClientStreamBench}) and the heap probe ({@link ClientStreamHeap}) so that both
 * measure the same code: Partnerkit's client, and the floor, a hand-written loop over {@link
 * HttpClient} and a plain Jackson {@link ObjectMapper} that follows the same continuation tokens.
 */
final class CustomerStreams {
  /** The partner whose customers are streamed. */
  static final PartnerId PARTNER = Samples.NORTHWIND.getId();

  /**
   * The largest page both Partner Center's customer list and the client accept ({@code size} 1 to
   * 500); the issue asks for pages of 1,000, which both refuse.
   */
  static final int PAGE_SIZE = 500;

  private CustomerStreams() {}

  /**
   * Returns a sandbox, not yet started, in which {@link #PARTNER} is the reseller of {@code count}
   * generated customers in the global cloud, the same for the same count.
   */
  static PartnerSandbox.Builder sandbox(int count) {
    ModelFactory factory = ModelFactory.seeded(3);
    List<Customer> customers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      customers.add(Customer.builder().from(factory.customer()).cloud(Cloud.GLOBAL).build());
    }
    PartnerSandbox.Builder builder = PartnerSandbox.builder().customers(customers);
    customers.forEach(c -> builder.reseller(PARTNER, c.getId()));
    return builder;
  }

  /**
   * Returns a client of {@link #PARTNER} for a sandbox at {@code partnerCenter}, with a fixed
   * token, configured as an application would configure it: only the base URI and the token.
   */
  static PartnerClient client(URI partnerCenter, String token) {
    return PartnerClient.builder()
        .partnerCenterBaseUri(partnerCenter)
        .tokenProvider(TokenProvider.of(audience -> token))
        .build();
  }

  /** Streams every customer with Partnerkit's client; returns how many there were. */
  static long withClient(PartnerClient client, Consumer<PcCustomer> sink) {
    long[] count = {0};
    client
        .customers()
        .list(PAGE_SIZE)
        .forEach(
            c -> {
              sink.accept(c);
              count[0]++;
            });
    return count[0];
  }

  /**
   * The floor: what an application writes without Partnerkit. One {@link HttpClient} (redirects
   * off, as the client has them), one plain {@link ObjectMapper} that skips the fields the classes
   * leave out, and a loop that asks for the next page with the previous page's continuation token.
   * It checks the status and nothing else: no retries, no deadline, no size limit.
   */
  static final class HandLoop {
    private final HttpClient http =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper mapper =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final URI first;
    private final URI next;
    private final String authorization;

    HandLoop(URI partnerCenter, String token) {
      this.first = URI.create(partnerCenter + "/v1/customers?size=" + PAGE_SIZE);
      this.next =
          URI.create(partnerCenter + "/v1/customers?size=" + PAGE_SIZE + "&seekOperation=Next");
      this.authorization = "Bearer " + token;
    }

    /** Streams every customer; returns how many there were. */
    long stream(Consumer<PcPojos.Customer> sink) {
      long count = 0;
      String token = null;
      do {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(token == null ? first : next)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (token != null) {
          request.header("MS-ContinuationToken", token);
        }
        PcPojos.Page page;
        try {
          HttpResponse<byte[]> response =
              http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
          if (response.statusCode() != 200) {
            throw new IllegalStateException("status " + response.statusCode());
          }
          page = mapper.readValue(response.body(), PcPojos.Page.class);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        for (PcPojos.Customer customer : page.items) {
          sink.accept(customer);
          count++;
        }
        token = page.continuationToken;
      } while (token != null);
      return count;
    }
  }
}
