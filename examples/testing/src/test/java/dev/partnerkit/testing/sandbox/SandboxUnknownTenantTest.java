package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No answer tells which tenants exist: a partner inviting a tenant id no customer is registered
 * under gets exactly the answer it gets for a registered customer (status, headers, body but for
 * the ids), and so does every later read, revocation and expiry of that invitation, and a customer
 * answering its id.
 */
class SandboxUnknownTenantTest {
  private static final PartnerId NORTHWIND = Samples.NORTHWIND.getId();
  private static final CustomerId KNOWN = Samples.WINGTIP.getId();
  private static final CustomerId UNKNOWN = CustomerId.of(UUID.randomUUID());

  private PartnerSandbox sandbox;
  private String token;

  @BeforeEach
  void start() {
    sandbox = PartnerSandbox.builder().start();
    token = sandbox.partnerToken(NORTHWIND);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void invitingAnUnknownTenantIsAnsweredAsInvitingARegisteredOne() {
    for (String kind : List.of("delegated-admin", "trial")) {
      RawHttp.Answer known = invite(kind, KNOWN);
      RawHttp.Answer unknown = invite(kind, UNKNOWN);

      assertThat(unknown.status()).as(kind).isEqualTo(201).isEqualTo(known.status());
      assertSame(known, unknown);
    }
  }

  @Test
  void readsRevocationAndExpiryOfTheInvitationTellNothingEither() {
    String known = invite("delegated-admin", KNOWN).json().get("id").asText();
    String unknown = invite("delegated-admin", UNKNOWN).json().get("id").asText();

    assertSame(read(known), read(unknown));
    assertThat(listedIds()).contains(known, unknown);
    RawHttp.Answer revokedKnown = revoke(known);
    RawHttp.Answer revokedUnknown = revoke(unknown);
    assertThat(revokedKnown.json().get("status").asText()).isEqualTo("REVOKED");
    assertSame(revokedKnown, revokedUnknown);
    assertSame(revoke(known), revoke(unknown));

    String later = invite("trial", KNOWN).json().get("id").asText();
    String laterUnknown = invite("trial", UNKNOWN).json().get("id").asText();
    sandbox.clock().advance(Duration.ofDays(91));
    token = sandbox.partnerToken(NORTHWIND);
    RawHttp.Answer expired = read(later);
    assertThat(expired.json().get("status").asText()).isEqualTo("EXPIRED");
    assertSame(expired, read(laterUnknown));
    assertSame(revoke(later), revoke(laterUnknown));
  }

  @Test
  void aCustomerAnsweringTheInvitationsIdIsToldNoneIsAddressedToIt() {
    String known = invite("delegated-admin", KNOWN).json().get("id").asText();
    String unknown = invite("delegated-admin", UNKNOWN).json().get("id").asText();
    String fabrikam = sandbox.customerToken(Samples.FABRIKAM.getId());

    RawHttp.Answer toKnown = accept(fabrikam, known);
    RawHttp.Answer toUnknown = accept(fabrikam, unknown);

    assertThat(toKnown.status()).isEqualTo(403);
    assertSame(toKnown, toUnknown);
  }

  @Test
  void aDenialReadsTheSameForAnUnknownTenant() {
    String used = invite("delegated-admin", KNOWN).json().get("id").asText();

    // An invitation id in use is refused, whoever the invitation is addressed to.
    RawHttp.Answer known = invite("delegated-admin", KNOWN, used);
    RawHttp.Answer unknown = invite("delegated-admin", UNKNOWN, used);

    assertThat(known.status()).isEqualTo(409);
    assertSame(known, unknown);
  }

  private RawHttp.Answer invite(String kind, CustomerId customer) {
    return invite(kind, customer, null);
  }

  private RawHttp.Answer invite(String kind, CustomerId customer, String id) {
    String body =
        "{\"customer\": \""
            + customer
            + "\""
            + (kind.equals("trial")
                ? ", \"services\": [\"EXCHANGE_ONLINE\"], \"delegatedAdmin\": true"
                : "")
            + (id == null ? "" : ", \"id\": \"" + id + "\"")
            + "}";
    return RawHttp.send("POST", uri("/invitations/" + kind), token, body);
  }

  private RawHttp.Answer read(String id) {
    return RawHttp.get(uri("/invitations/" + id), token);
  }

  private RawHttp.Answer revoke(String id) {
    return RawHttp.send("POST", uri("/invitations/" + id + "/revoke"), token, "{}");
  }

  private RawHttp.Answer accept(String customerToken, String id) {
    return RawHttp.send(
        "POST", uri("/customer/invitations/" + id + "/accept"), customerToken, "{}");
  }

  private Set<String> listedIds() {
    Set<String> ids = new TreeSet<>();
    RawHttp.get(uri("/invitations"), token)
        .json()
        .get("value")
        .forEach(o -> ids.add(o.get("id").asText()));
    return ids;
  }

  private URI uri(String path) {
    return URI.create(sandbox.sandboxUri() + path);
  }

  /**
   * Asserts that two answers are alike but for their request ids, the tenant ids and the invitation
   * ids: the same status, the same headers and the same body.
   */
  private static void assertSame(RawHttp.Answer a, RawHttp.Answer b) {
    assertThat(b.status()).isEqualTo(a.status());
    assertThat(names(b)).isEqualTo(names(a));
    assertThat(b.header("Content-Type")).isEqualTo(a.header("Content-Type"));
    assertThat(normalize(b)).isEqualTo(normalize(a));
  }

  private static Set<String> names(RawHttp.Answer answer) {
    Set<String> names = new TreeSet<>();
    answer.headers().keySet().forEach(n -> names.add(n.toLowerCase(java.util.Locale.ROOT)));
    names.remove("content-length");
    return names;
  }

  private static String normalize(RawHttp.Answer answer) {
    String body =
        answer.body().replace(KNOWN.toString(), "TENANT").replace(UNKNOWN.toString(), "TENANT");
    if (answer.body().startsWith("{")) {
      JsonNode id = answer.json().get("id");
      if (id != null && id.isTextual()) {
        body = body.replace(id.asText(), "INVITATION");
      }
    }
    return body.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "GUID");
  }
}
