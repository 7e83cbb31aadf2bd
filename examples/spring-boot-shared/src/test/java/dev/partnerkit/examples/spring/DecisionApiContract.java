package dev.partnerkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.PartnerProgram;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The decision endpoint's contract, over real HTTP to the application started on a random port:
 * each Spring Boot version's test runs it against its own application. Requests are JSON text, as
 * any client would send them.
 */
public abstract class DecisionApiContract {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A tenant GUID of the customer the requests carry. */
  private static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");

  @Value("${local.server.port}")
  private int port;

  @Autowired private PartnerProgram program;

  private static String customer(String companyName) {
    return """
    {"id": "%s", "cloud": "GLOBAL",
     "profile": {"companyName": "%s", "domain": "fabrikam.onmicrosoft.com",
       "address": {"addressLine1": "1 Main St", "city": "Redmond", "postalCode": "98052",
                   "country": "US"},
       "contact": {"firstName": "Ana", "lastName": "Bell", "email": "ana@fabrikam.example"}}}
    """
        .formatted(FABRIKAM, companyName);
  }

  private static String delegatedAdminInvitation(String id, String partner) {
    return """
    {"do": "sendDelegatedAdminInvitation", "id": "%s", "partner": "%s", "customer": "%s"}
    """
        .formatted(id, partner, FABRIKAM);
  }

  private HttpResponse<String> post(String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/decisions"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String request(String customer, String action) {
    return "{\"customer\": " + customer + ", \"action\": " + action + "}";
  }

  @Test
  void anAllowedActionIsAnsweredAllowed() throws Exception {
    HttpResponse<String> response =
        post(request(customer("Fabrikam, Inc."), delegatedAdminInvitation("d1", "northwind")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body().replace(" ", ""))
        .isEqualTo("{\"allowed\":true,\"ruleIds\":[],\"reasons\":[]}");
  }

  @Test
  void aDeniedActionIsAnsweredWithTheIdsOfTheRulesItBreaks() throws Exception {
    HttpResponse<String> response =
        post(request(customer("Fabrikam, Inc."), delegatedAdminInvitation("d2", "nobody")));
    Decision expected =
        program.decide(
            new Action.SendDelegatedAdminInvitation(
                InvitationId.of("d2"), PartnerId.of("nobody"), FABRIKAM),
            Instant.now());

    assertThat(expected.getRuleIds()).isNotEmpty();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"allowed\":false");
    for (String ruleId : expected.getRuleIds()) {
      assertThat(response.body()).contains("\"" + ruleId + "\"");
    }
    assertThat(response.body()).contains("nobody");
  }

  @Test
  void aCustomerBreakingAConstraintIsRefusedNamingTheField() throws Exception {
    HttpResponse<String> response =
        post(request(customer(" "), delegatedAdminInvitation("d3", "northwind")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"customer.profile.companyName\"");
  }

  @Test
  void aMissingActionIsRefusedNamingTheField() throws Exception {
    HttpResponse<String> response = post("{\"customer\": " + customer("Fabrikam, Inc.") + "}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"action\"");
  }

  @Test
  void malformedJsonAnUnknownVerbAndARepeatedFieldAreBadRequests() throws Exception {
    for (String body :
        List.of(
            "{\"customer\": ",
            request(customer("Fabrikam, Inc."), "{\"do\": \"fly\"}"),
            request(
                customer("Fabrikam, Inc.").replace("\"cloud\"", "\"cloud\": \"GLOBAL\", \"cloud\""),
                delegatedAdminInvitation("d4", "northwind")))) {
      HttpResponse<String> response = post(body);

      assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(400);
    }
  }
}
