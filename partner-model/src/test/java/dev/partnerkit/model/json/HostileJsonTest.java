package dev.partnerkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GoldenValues;
import dev.partnerkit.model.GoldenValues.Golden;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.TrialTerms;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Feeds {@link PartnerJson#fromJson} malformed and hostile documents. Each must fail with a {@link
 * JsonException} whose message names the JSON path and says what was expected there; no {@code
 * NullPointerException}, no raw Jackson exception, no echo of a huge input, and no slow failure.
 */
class HostileJsonTest {
  private static final String FABRIKAM = CustomerId.fromName("fabrikam").toString();

  private static final String PROFILE =
      "{\"companyName\":\"Fabrikam\",\"domain\":\"fabrikam.com\",\"address\":{\"addressLine1\":\"1"
          + " Main\",\"city\":\"Redmond\",\"postalCode\":\"98052\",\"country\":\"US\"},"
          + "\"contact\":{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.com\"}}";

  private static final String CUSTOMER =
      "{\"id\":\"" + FABRIKAM + "\",\"profile\":" + PROFILE + "}";

  private static final String OFFER_HEAD =
      "\"id\":\"o1\",\"partner\":\"northwind\",\"customer\":\""
          + FABRIKAM
          + "\",\"sentAt\":\"2026-01-01T00:00:00Z\",\"expiresAt\":\"2026-04-01T00:00:00Z\"";

  private static final String PURCHASE =
      "{\"type\":\"purchaseOffer\","
          + OFFER_HEAD
          + ",\"lines\":[{\"service\":\"EXCHANGE_ONLINE\",\"licenses\":5}],\"billingCycle\":\"MONTHLY\"}";

  static Stream<Arguments> hostileDocuments() {
    return Stream.of(
        // Empty and non-object input
        hostile(
            "empty input",
            "",
            Customer.class,
            "$",
            "expected a JSON object (Customer), but got no content"),
        hostile("only whitespace", " \n\t ", Customer.class, "$", "but got no content"),
        hostile(
            "null document",
            "null",
            Customer.class,
            "$",
            "expected a JSON object (Customer), but got null"),
        hostile(
            "array document",
            "[]",
            Customer.class,
            "$",
            "expected a JSON object (Customer), but got an array"),
        hostile("number document", "42", Customer.class, "$", "but got the number 42"),
        hostile(
            "string document",
            "\"fabrikam\"",
            Customer.class,
            "$",
            "but got the string \"fabrikam\""),
        // Wrong types
        hostile(
            "id as number",
            "{\"id\":12,\"profile\":" + PROFILE + "}",
            Customer.class,
            "$.id",
            "expected a string (CustomerId, a tenant GUID), but got the number 12"),
        hostile(
            "id as object",
            "{\"id\":{},\"profile\":" + PROFILE + "}",
            Customer.class,
            "$.id",
            "but got an object"),
        hostile(
            "profile as string",
            "{\"id\":\"" + FABRIKAM + "\",\"profile\":\"Fabrikam\"}",
            Customer.class,
            "$.profile",
            "expected a JSON object (CompanyProfile), but got the string \"Fabrikam\""),
        hostile(
            "enum as number",
            CUSTOMER.replace("}}}", "}},\"cloud\":1}"),
            Customer.class,
            "$.cloud",
            "expected a string (Cloud: GLOBAL, CHINA_21VIANET, US_GOVERNMENT, GERMANY), but got the number 1"),
        hostile(
            "enum as boolean",
            CUSTOMER.replace("}}}", "}},\"cloud\":true}"),
            Customer.class,
            "$.cloud",
            "but got true"),
        hostile(
            "integer as string",
            "{\"days\":\"30\",\"licenses\":25}",
            TrialTerms.class,
            "$.days",
            "expected an integer, but got the string \"30\""),
        hostile(
            "integer as fraction",
            "{\"days\":30.5,\"licenses\":25}",
            TrialTerms.class,
            "$.days",
            "expected an integer, but got the number 30.5"),
        hostile(
            "integer as exponent",
            "{\"days\":3e1,\"licenses\":25}",
            TrialTerms.class,
            "$.days",
            "expected an integer"),
        hostile(
            "integer as boolean",
            "{\"days\":true,\"licenses\":25}",
            TrialTerms.class,
            "$.days",
            "expected an integer, but got true"),
        hostile(
            "integer as empty string",
            "{\"days\":\"\",\"licenses\":25}",
            TrialTerms.class,
            "$.days",
            "expected an integer, but got the string \"\""),
        hostile(
            "boolean as number",
            "{\"id\":\"p\",\"name\":\"P\",\"agreementSigned\":1}",
            Partner.class,
            "$.agreementSigned",
            "expected true or false, but got the number 1"),
        hostile(
            "boolean as string",
            "{\"id\":\"p\",\"name\":\"P\",\"agreementSigned\":\"yes\"}",
            Partner.class,
            "$.agreementSigned",
            "expected true or false, but got the string \"yes\""),
        hostile(
            "string as number",
            "{\"id\":\"p\",\"name\":5}",
            Partner.class,
            "$.name",
            "expected a string, but got the number 5"),
        hostile(
            "string as array",
            "{\"id\":\"p\",\"name\":[\"P\"]}",
            Partner.class,
            "$.name",
            "expected a string, but got an array"),
        hostile(
            "array as object",
            "{\"id\":\"p\",\"name\":\"P\",\"authorizedServices\":{}}",
            Partner.class,
            "$.authorizedServices",
            "expected an array, but got an object"),
        hostile(
            "array as string",
            "{\"id\":\"p\",\"name\":\"P\",\"authorizedServices\":\"EXCHANGE_ONLINE\"}",
            Partner.class,
            "$.authorizedServices",
            "expected an array, but got the string"),
        hostile(
            "nested wrong type",
            PURCHASE.replace("\"licenses\":5", "\"licenses\":\"five\""),
            Offer.class,
            "$.lines[0].licenses",
            "expected an integer, but got the string \"five\""),
        hostile(
            "amount as string",
            "{\"amount\":\"12.50\",\"currency\":\"USD\"}",
            Money.class,
            "$.amount",
            "expected a number, but got the string \"12.50\""),
        hostile(
            "currency as number",
            "{\"amount\":12.5,\"currency\":840}",
            Money.class,
            "$.currency",
            "expected a string, but got the number 840"),
        hostile(
            "instant as number",
            "{\"customer\":\"" + FABRIKAM + "\",\"partner\":\"p\",\"designatedAt\":1767225600}",
            PartnerOfRecord.class,
            "$.designatedAt",
            "expected an ISO-8601 instant such as \"2026-01-01T00:00:00Z\", but got the number 1767225600"),
        hostile(
            "instant as prose",
            "{\"customer\":\"" + FABRIKAM + "\",\"partner\":\"p\",\"designatedAt\":\"yesterday\"}",
            PartnerOfRecord.class,
            "$.designatedAt",
            "but got the string \"yesterday\""),
        hostile(
            "duration as number",
            relationship("\"duration\":63072000"),
            GranularRelationship.class,
            "$.duration",
            "expected an ISO-8601 duration such as \"P90D\", but got the number 63072000"),
        hostile(
            "duration as prose",
            relationship("\"duration\":\"2 years\""),
            GranularRelationship.class,
            "$.duration",
            "but got the string \"2 years\""),
        // Missing required fields and null for required fields
        hostile(
            "empty object",
            "{}",
            Customer.class,
            "$.id",
            "expected values for the required fields id, profile of Customer, but they are missing or null"),
        hostile(
            "missing field",
            "{\"id\":\"" + FABRIKAM + "\"}",
            Customer.class,
            "$.profile",
            "expected a value for the required field profile of Customer, but it is missing or null"),
        hostile(
            "null for required object",
            "{\"id\":\"" + FABRIKAM + "\",\"profile\":null}",
            Customer.class,
            "$.profile",
            "required field profile of Customer"),
        hostile(
            "null for required id",
            "{\"id\":null,\"profile\":" + PROFILE + "}",
            Customer.class,
            "$.id",
            "required field id of Customer"),
        hostile(
            "null for required int",
            "{\"days\":null,\"licenses\":25}",
            TrialTerms.class,
            "$.days",
            "expected an integer, but got null"),
        hostile(
            "missing int",
            "{\"service\":\"EXCHANGE_ONLINE\"}",
            OfferLine.class,
            "$.licenses",
            "required field licenses of OfferLine"),
        hostile(
            "missing nested field",
            PURCHASE.replace("\"service\":\"EXCHANGE_ONLINE\",", ""),
            Offer.class,
            "$.lines[0].service",
            "required field service of OfferLine"),
        hostile(
            "missing enum",
            PURCHASE.replace(",\"billingCycle\":\"MONTHLY\"", ""),
            Offer.class,
            "$.billingCycle",
            "required field billingCycle of PurchaseOffer"),
        hostile(
            "null element",
            PURCHASE.replace("\"lines\":[", "\"lines\":[null,"),
            Offer.class,
            "$.lines[0]",
            "expected a value, but got null"),
        hostile(
            "null in a set",
            "{\"id\":\"p\",\"name\":\"P\",\"authorizedServices\":[\"A\",null]}",
            Partner.class,
            "$.authorizedServices[1]",
            "but got null"),
        hostile(
            "null boolean",
            "{\"id\":\"p\",\"name\":\"P\",\"agreementSigned\":null}",
            Partner.class,
            "$.agreementSigned",
            "expected true or false, but got null"),
        hostile(
            "missing currency",
            "{\"amount\":12.5}",
            Money.class,
            "$.currency",
            "Money.currency must not be null"),
        // Huge numbers
        hostile(
            "int overflow",
            "{\"days\":99999999999,\"licenses\":25}",
            TrialTerms.class,
            "$.days",
            "expected an integer within its range"),
        hostile(
            "too many digits",
            "{\"amount\":" + "9".repeat(100) + ",\"currency\":\"USD\"}",
            Money.class,
            "$",
            "expected a document within Partnerkit's input limits, but Number value length (100) exceeds the maximum allowed (64)"),
        hostile(
            "amount too large",
            "{\"amount\":1e400,\"currency\":\"USD\"}",
            Money.class,
            "$.amount",
            "Money.amount must be below 10^15"),
        hostile(
            "tiny exponent",
            "{\"amount\":1e-999999999,\"currency\":\"USD\"}",
            Money.class,
            "$.amount",
            "Money.amount must have at most 2 fraction digits for USD, but was 1E-999999999"),
        hostile(
            "exponent overflow",
            "{\"amount\":1e2147483647,\"currency\":\"USD\"}",
            Money.class,
            "$.amount",
            "Money.amount must be below 10^15"),
        hostile(
            "unrepresentable exponent",
            "{\"amount\":1e99999999999,\"currency\":\"USD\"}",
            Money.class,
            "$.amount",
            "expected a number of a representable size"),
        hostile(
            "negative amount",
            "{\"amount\":-0.01,\"currency\":\"USD\"}",
            Money.class,
            "$.amount",
            "Money.amount must be 0 or more"),
        // Deep nesting
        hostile(
            "deep array document",
            "[".repeat(5_000),
            Customer.class,
            "$",
            "expected a JSON object (Customer), but got an array"),
        hostile(
            "deep arrays in an unknown field",
            "{\"extra\":" + "[".repeat(5_000) + "}",
            Customer.class,
            "$",
            "Document nesting depth (65) exceeds the maximum allowed (64)"),
        hostile(
            "deep objects in an unknown field",
            "{\"extra\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001),
            Customer.class,
            "$",
            "nesting depth"),
        hostile(
            "deep arrays in a known field",
            "{\"id\":\"" + FABRIKAM + "\",\"profile\":" + "[".repeat(5_000) + "}",
            Customer.class,
            "$.profile",
            "expected a JSON object (CompanyProfile), but got an array"),
        // Huge strings
        hostile(
            "huge string",
            "{\"id\":\"p\",\"name\":\"" + "n".repeat(1_000_001) + "\"}",
            Partner.class,
            "$.name",
            "String value length (1000001) exceeds the maximum allowed (1000000)"),
        hostile(
            "long id",
            "{\"id\":\"" + "p".repeat(100_000) + "\",\"name\":\"P\"}",
            Partner.class,
            "$.id",
            "PartnerId must be 1 to 128 letters"),
        hostile(
            "huge field name",
            "{\"" + "k".repeat(60_000) + "\":1}",
            Partner.class,
            "$",
            "Partnerkit's input limits"),
        // Invalid GUIDs
        hostile(
            "guid of words",
            "{\"id\":\"not-a-guid\",\"profile\":" + PROFILE + "}",
            Customer.class,
            "$.id",
            "CustomerId must be a tenant GUID like 4a9c3e2d-1b6f-4c1e-9d2a-7f3b5e8c0a11, but was \"not-a-guid\""),
        hostile(
            "guid without dashes",
            "{\"id\":\"cb50a80c2f3c3b12b193c9b0a3367d3b\",\"profile\":" + PROFILE + "}",
            Customer.class,
            "$.id",
            "CustomerId must be a tenant GUID"),
        hostile(
            "guid in braces",
            "{\"id\":\"{" + FABRIKAM + "}\",\"profile\":" + PROFILE + "}",
            Customer.class,
            "$.id",
            "CustomerId must be a tenant GUID"),
        hostile(
            "guid with sign",
            "{\"id\":\"+" + FABRIKAM.substring(1) + "\",\"profile\":" + PROFILE + "}",
            Customer.class,
            "$.id",
            "CustomerId must be a tenant GUID"),
        hostile(
            "guid in an offer",
            PURCHASE.replace(FABRIKAM, "fabrikam"),
            Offer.class,
            "$.customer",
            "CustomerId must be a tenant GUID"),
        // Bad currency and other bad identifiers
        hostile(
            "unknown currency",
            "{\"amount\":1,\"currency\":\"EURO\"}",
            Money.class,
            "$.currency",
            "Money.currency must be an ISO 4217 code such as USD, but was \"EURO\""),
        hostile(
            "lower-case currency",
            "{\"amount\":1,\"currency\":\"usd\"}",
            Money.class,
            "$.currency",
            "Money.currency must be an ISO 4217 code"),
        hostile(
            "empty currency",
            "{\"amount\":1,\"currency\":\"\"}",
            Money.class,
            "$.currency",
            "Money.currency must be an ISO 4217 code"),
        hostile(
            "bad currency in an offer",
            PURCHASE.replace("}],", "}],\"fee\":{\"amount\":10,\"currency\":\"XBT\"},"),
            Offer.class,
            "$.fee.currency",
            "Money.currency must be"),
        hostile(
            "bad service id",
            PURCHASE.replace("\"EXCHANGE_ONLINE\"", "\"Exchange Online\""),
            Offer.class,
            "$.lines[0].service",
            "ServiceId must be 1 to 128 letters"),
        hostile(
            "bad MPN id",
            "{\"id\":\"p\",\"name\":\"P\",\"mpnId\":\"MPN-1\"}",
            Partner.class,
            "$.mpnId",
            "MpnId must be 1 to 10 decimal digits, but was \"MPN-1\""),
        hostile(
            "MPN id as number",
            "{\"id\":\"p\",\"name\":\"P\",\"mpnId\":4875210}",
            Partner.class,
            "$.mpnId",
            "expected a string (MpnId), but got the number 4875210"),
        // Invariants broken by the document
        hostile(
            "expiry before sending",
            PURCHASE.replace("2026-04-01", "2025-04-01"),
            Offer.class,
            "$.expiresAt",
            "Offer.expiresAt must be after sentAt"),
        hostile(
            "duplicate service ids",
            "{\"services\":[" + service("A") + "," + service("A") + "]}",
            dev.partnerkit.model.ServiceCatalog.class,
            "$.services",
            "ServiceCatalog.services must have unique ids, but A appears twice"),
        hostile(
            "bounds reversed",
            service("A").replace("\"minLicenses\":1", "\"minLicenses\":500"),
            Service.class,
            "$.minLicenses",
            "Service.minLicenses (500) must not be above maxLicenses (300)"),
        hostile(
            "enrollment ends before it starts",
            "{\"id\":\"p\",\"name\":\"P\",\"enrollments\":[{\"program\":\"VAR\",\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2025-01-01T00:00:00Z\"}]}",
            Partner.class,
            "$.enrollments[0].end",
            "ProgramEnrollment.end must not be before start"),
        hostile(
            "negative duration",
            relationship("\"duration\":\"-P1D\""),
            GranularRelationship.class,
            "$.duration",
            "GranularRelationship.duration must not be negative"),
        // The union's type property
        hostile(
            "offer without type",
            "{" + OFFER_HEAD + "}",
            Offer.class,
            "$.type",
            "expected \"type\" naming the kind of Offer (trialInvitation, purchaseOffer, delegatedAdminInvitation, resellerInvitation), but it is missing"),
        hostile(
            "offer of unknown type",
            "{\"type\":\"giftCard\"," + OFFER_HEAD + "}",
            Offer.class,
            "$.type",
            "but got \"giftCard\""),
        hostile(
            "offer of another kind",
            "{\"type\":\"trialInvitation\"," + OFFER_HEAD + ",\"services\":[\"A\"]}",
            PurchaseOffer.class,
            "$.type",
            "expected \"type\" naming the kind of PurchaseOffer (purchaseOffer), but got \"trialInvitation\""),
        // Trailing garbage
        hostile(
            "trailing word",
            CUSTOMER + " garbage",
            Customer.class,
            "$",
            "expected well-formed JSON (line 1, column"),
        hostile(
            "trailing object",
            CUSTOMER + " {}",
            Customer.class,
            "$",
            "expected the end of input after the Customer, but got an object"),
        hostile(
            "trailing array",
            CUSTOMER + "[1]",
            Customer.class,
            "$",
            "expected the end of input after the Customer, but got an array"),
        hostile(
            "trailing bracket", CUSTOMER + "]", Customer.class, "$", "expected well-formed JSON"),
        hostile("trailing comma", CUSTOMER + ",", Customer.class, "$", "expected well-formed JSON"),
        // Malformed syntax
        hostile(
            "truncated",
            CUSTOMER.substring(0, 60),
            Customer.class,
            "$.profile",
            "expected well-formed JSON (line 1, column"),
        hostile(
            "unclosed object",
            "{\"id\":\"p\",\"name\":\"P\"",
            Partner.class,
            "$.name",
            "expected well-formed JSON (line 1, column 21): Unexpected end-of-input: expected close marker for Object (start marker at [line: 1, column: 1])"),
        hostile(
            "single quotes",
            "{'id':'p','name':'P'}",
            Partner.class,
            "$",
            "was expecting double-quote to start field name"),
        hostile("unquoted name", "{id:\"p\"}", Partner.class, "$", "expected well-formed JSON"),
        hostile(
            "comment",
            "{/* hi */\"id\":\"p\",\"name\":\"P\"}",
            Partner.class,
            "$",
            "expected well-formed JSON"),
        hostile(
            "NaN",
            "{\"amount\":NaN,\"currency\":\"USD\"}",
            Money.class,
            "$.amount",
            "Non-standard token 'NaN'"),
        hostile(
            "leading zeros",
            "{\"days\":030,\"licenses\":25}",
            TrialTerms.class,
            "$.days",
            "expected well-formed JSON"),
        hostile(
            "duplicate field",
            "{\"id\":\"p\",\"name\":\"P\",\"name\":\"Q\"}",
            Partner.class,
            "$.name",
            "Duplicate field 'name'"),
        hostile(
            "raw control character",
            "{\"id\":\"p\",\"name\":\"a\u0001b\"}",
            Partner.class,
            "$.name",
            "Illegal unquoted character"),
        hostile(
            "bad escape",
            "{\"id\":\"p\",\"name\":\"a\\qb\"}",
            Partner.class,
            "$.name",
            "Unrecognized character escape"),
        hostile(
            "line and column",
            "{\n  \"id\": \"p\",\n  \"name\": \"P\",\n  oops\n}",
            Partner.class,
            "$.name",
            "(line 4, column 3): Unexpected character ('o' (code 111))"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileDocuments")
  void hostileDocumentsFailWithAJsonExceptionNamingThePathAndTheExpectation(
      String name, String json, Class<?> type, String path, String explanation) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(() -> PartnerJson.fromJson(json, type))
                .isExactlyInstanceOf(JsonException.class)
                .hasMessageStartingWith(
                    "Invalid JSON for " + type.getSimpleName() + " at " + path + ": ")
                .hasMessageContaining(explanation)
                .satisfies(
                    e -> {
                      JsonException thrown = (JsonException) e;
                      assertThat(thrown.getPath()).isEqualTo(path);
                      assertThat(thrown.getMessage())
                          .containsAnyOf("expected", " must ")
                          .hasSizeLessThan(700)
                          .doesNotContain("dev.partnerkit.model.Immutable")
                          .doesNotContain("[Source:");
                    }));
  }

  @Test
  void documentsWithinTheLimitsAreRead() {
    String nested = "{\"extra\":" + "[".repeat(60) + "]".repeat(60) + "," + CUSTOMER.substring(1);
    String longName = "{\"id\":\"p\",\"name\":\"" + "n".repeat(256) + "\"}";

    assertThat(PartnerJson.fromJson(nested, Customer.class).getId().toString()).isEqualTo(FABRIKAM);
    assertThat(PartnerJson.fromJson(longName, Partner.class).getName()).hasSize(256);
  }

  @Test
  void nullArgumentsAreProgrammingErrorsNotJsonErrors() {
    assertThatThrownBy(() -> PartnerJson.fromJson(null, Customer.class))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("json must not be null");
    assertThatThrownBy(() -> PartnerJson.fromJson("{}", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type must not be null");
  }

  /** Every golden document, mutated at random, either decodes or fails as a JsonException. */
  @Test
  void mutatedDocumentsNeverEscapeAsAnotherException() {
    List<Golden<?>> goldens = GoldenValues.all();
    Gen<Golden<?>> golden = Generate.pick(goldens);
    Gen<Integer> position = integers().between(0, 10_000);
    Gen<String> insertion =
        Generate.pick(
            List.of(
                "",
                "{",
                "}",
                "[",
                "]",
                "\"",
                ",",
                ":",
                "null",
                "0",
                "-1",
                "1e999",
                "true",
                "\"x\"",
                "\\",
                "\\u0000",
                "{}",
                "[]",
                "\"type\":\"purchaseOffer\","));
    Gen<Integer> deletion = integers().between(0, 8);

    qt().forAll(golden, position, insertion, deletion)
        .checkAssert(
            (g, at, insert, delete) -> {
              String json = g.json();
              int start = Math.min(at, json.length());
              int end = Math.min(start + delete, json.length());
              String mutated = json.substring(0, start) + insert + json.substring(end);
              decodesOrFailsCleanly(mutated, g.readAs());
            });
  }

  /** Arbitrary text fails as a JsonException too. */
  @Test
  void arbitraryTextNeverEscapesAsAnotherException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(text -> decodesOrFailsCleanly(text, Offer.class));
  }

  private static void decodesOrFailsCleanly(String json, Class<?> type) {
    try {
      assertThat(PartnerJson.fromJson(json, type)).isNotNull();
    } catch (JsonException e) {
      assertThat(e.getMessage()).startsWith("Invalid JSON for " + type.getSimpleName() + " at $");
      assertThat(e.getPath()).startsWith("$");
    }
  }

  private static String relationship(String duration) {
    return "{\"id\":\"r\",\"partner\":\"p\",\"customer\":\""
        + FABRIKAM
        + "\",\"displayName\":\"x\","
        + duration
        + ",\"createdAt\":\"2026-01-01T00:00:00Z\"}";
  }

  private static String service(String id) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\"Service "
        + id
        + "\",\"minLicenses\":1,\"maxLicenses\":300,\"billingCycles\":[\"MONTHLY\"]}";
  }

  private static Arguments hostile(
      String name, String json, Class<?> type, String path, String explanation) {
    return Arguments.of(name, json, type, path, explanation);
  }
}
