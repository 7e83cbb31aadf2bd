package dev.partnerkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.arm.PartnerAdminLink;
import dev.partnerkit.client.graph.DelegatedAdminAccessAssignment;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.graph.NewAccessAssignment;
import dev.partnerkit.client.graph.NewDelegatedAdminRelationship;
import dev.partnerkit.client.internal.ErrorBody;
import dev.partnerkit.client.partnercenter.PcAgreement;
import dev.partnerkit.client.partnercenter.PcAgreementMetaData;
import dev.partnerkit.client.partnercenter.PcAvailability;
import dev.partnerkit.client.partnercenter.PcCart;
import dev.partnerkit.client.partnercenter.PcConversion;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcInventoryCheckRequest;
import dev.partnerkit.client.partnercenter.PcInventoryItem;
import dev.partnerkit.client.partnercenter.PcOffer;
import dev.partnerkit.client.partnercenter.PcOfferCategory;
import dev.partnerkit.client.partnercenter.PcOrder;
import dev.partnerkit.client.partnercenter.PcPartnerRelationship;
import dev.partnerkit.client.partnercenter.PcProduct;
import dev.partnerkit.client.partnercenter.PcPromotion;
import dev.partnerkit.client.partnercenter.PcPromotionEligibilityItem;
import dev.partnerkit.client.partnercenter.PcRelationshipRequest;
import dev.partnerkit.client.partnercenter.PcSku;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.client.partnercenter.PcTransition;
import dev.partnerkit.client.partnercenter.PcTransitionEligibility;
import dev.partnerkit.client.partnercenter.PcTransitionRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds the project's own payloads ({@code src/test/resources/payloads}) to Microsoft's documented
 * examples, when {@code shared/api-examples} is beside the repository (or named by {@code
 * -Dpartnerkit.apiExamples=...}): each payload has its example's shape (the same fields, at the
 * same places, with the same JSON kinds), and the example decodes through the same wire type as the
 * payload the call tests serve, with the same parts of an error body read. On a clean clone there
 * are no examples and nothing to compare: the call tests run on the payloads alone, and nothing is
 * skipped.
 */
class SharedExamplesTest {
  private static final ObjectMapper MAPPER = WireJson.newMapper();

  /** The wire type each payload is read as, as the call tests read it. */
  private static final Map<String, Class<?>> TYPES =
      Map.ofEntries(
          Map.entry("azure-managementpartner-pal-put-example.json", PartnerAdminLink.class),
          Map.entry("graph-gdap-access-assignment-create-request.json", NewAccessAssignment.class),
          Map.entry("graph-gdap-access-assignment.json", DelegatedAdminAccessAssignment.class),
          Map.entry(
              "graph-gdap-relationship-create-request.json", NewDelegatedAdminRelationship.class),
          Map.entry("graph-gdap-relationship-created.json", DelegatedAdminRelationship.class),
          Map.entry("graph-gdap-relationship.json", DelegatedAdminRelationship.class),
          Map.entry("graph-gdap-relationships-list.json", DelegatedAdminRelationship.class),
          Map.entry("partnercenter-agreement-metadata-list.json", PcAgreementMetaData.class),
          Map.entry("partnercenter-agreement.json", PcAgreement.class),
          Map.entry("partnercenter-agreements-list.json", PcAgreement.class),
          Map.entry("partnercenter-availabilities-list.json", PcAvailability.class),
          Map.entry("partnercenter-cart-new-commerce.json", PcCart.class),
          Map.entry("partnercenter-cart.json", PcCart.class),
          Map.entry("partnercenter-customer.json", PcCustomer.class),
          Map.entry("partnercenter-customers-list.json", PcCustomer.class),
          Map.entry("partnercenter-error-400-cancel-window.json", ErrorBody.class),
          Map.entry("partnercenter-error-400-license.json", ErrorBody.class),
          Map.entry("partnercenter-error-404.json", ErrorBody.class),
          Map.entry("partnercenter-error-429.json", ErrorBody.class),
          Map.entry("partnercenter-list-continuation.json", PcCustomer.class),
          Map.entry("partnercenter-inventory-check-request.json", PcInventoryCheckRequest.class),
          Map.entry("partnercenter-inventory-check-response.json", PcInventoryItem.class),
          Map.entry("partnercenter-offer-trial.json", PcOffer.class),
          Map.entry("partnercenter-offer.json", PcOffer.class),
          Map.entry("partnercenter-offercategories-list.json", PcOfferCategory.class),
          Map.entry("partnercenter-order-azure-ri.json", PcOrder.class),
          Map.entry("partnercenter-order-request-indirect-reseller.json", PcOrder.class),
          Map.entry("partnercenter-order.json", PcOrder.class),
          Map.entry("partnercenter-partner-relationships-list.json", PcPartnerRelationship.class),
          Map.entry("partnercenter-products-list.json", PcProduct.class),
          Map.entry("partnercenter-relationship-request.json", PcRelationshipRequest.class),
          Map.entry(
              "partnercenter-promotion-eligibilities-request.json",
              PcPromotionEligibilityItem.class),
          Map.entry("partnercenter-promotion-eligibilities.json", PcPromotionEligibilityItem.class),
          Map.entry("partnercenter-promotions-list.json", PcPromotion.class),
          Map.entry("partnercenter-remove-reseller-relationship-request.json", PcCustomer.class),
          Map.entry("partnercenter-remove-reseller-relationship-response.json", PcCustomer.class),
          Map.entry("partnercenter-skus-list.json", PcSku.class),
          Map.entry("partnercenter-subscription-addon.json", PcSubscription.class),
          Map.entry("partnercenter-subscription-new-commerce.json", PcSubscription.class),
          Map.entry("partnercenter-subscription.json", PcSubscription.class),
          Map.entry(
              "partnercenter-transition-eligibilities-list.json", PcTransitionEligibility.class),
          Map.entry("partnercenter-transition-request.json", PcTransitionRequest.class),
          Map.entry("partnercenter-transition.json", PcTransition.class),
          Map.entry("partnercenter-transitions-list.json", PcTransition.class),
          Map.entry("partnercenter-trial-conversions-list.json", PcConversion.class));

  @Test
  void everyPayloadIsReadAsAWireType() {
    assertThat(payloadNames()).containsExactlyInAnyOrderElementsOf(TYPES.keySet());
    for (String name : payloadNames()) {
      assertThatCode(() -> decode(name, WireMockSupport.example(name)))
          .as(name)
          .doesNotThrowAnyException();
    }
  }

  @TestFactory
  Stream<DynamicTest> eachPayloadHasTheShapeOfMicrosoftsExample() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : payloadNames()) {
      Optional<String> shared = WireMockSupport.sharedExample(name);
      shared.ifPresent(
          example ->
              tests.add(
                  DynamicTest.dynamicTest(
                      name,
                      () -> {
                        String ours = WireMockSupport.example(name);
                        assertThat(shape(ours))
                            .as("the fields of payloads/%s beside Microsoft's %s", name, name)
                            .isEqualTo(shape(example));
                        assertThat(decode(name, example))
                            .as("what the client reads from Microsoft's %s", name)
                            .isEqualTo(decode(name, ours));
                      })));
    }
    return tests.stream();
  }

  /** Returns the payloads' file names. */
  private static List<String> payloadNames() {
    try (Stream<Path> files = Files.list(payloadDir())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path payloadDir() {
    try {
      return Path.of(SharedExamplesTest.class.getResource("/payloads").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Decodes a payload as the client does and returns what can be compared between two payloads of
   * one shape: how many records it holds, and for an error body which parts were found.
   */
  private static String decode(String name, String json) throws IOException {
    Class<?> type = TYPES.get(name);
    if (type == ErrorBody.class) {
      ErrorBody error = ErrorBody.parse(json.getBytes(StandardCharsets.UTF_8));
      return "code " + (error.code() != null) + ", description " + (error.description() != null);
    }
    JsonNode root = MAPPER.readTree(json);
    // An answer that is a bare array (the inventory check's) holds its records itself.
    JsonNode records =
        root.isArray()
            ? root
            : root.has("items")
                ? root.get("items")
                : root.has("value") ? root.get("value") : root.at("/responses/200/body");
    if (records.isMissingNode()) {
      records = MAPPER.createArrayNode().add(root);
    } else if (!records.isArray()) {
      records = MAPPER.createArrayNode().add(records);
    }
    for (JsonNode record : records) {
      MAPPER.treeToValue(record, type);
    }
    return records.size() + " " + type.getSimpleName();
  }

  /**
   * Returns where each value of a JSON document is and its kind ({@code $.items[].id string}), with
   * the elements of an array taken together.
   */
  static Set<String> shape(String json) throws IOException {
    Set<String> shape = new TreeSet<>();
    shape(MAPPER.readTree(json), "$", shape);
    return shape;
  }

  private static void shape(JsonNode node, String path, Set<String> shape) {
    shape.add(path + " " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        shape(field.getValue(), path + "." + field.getKey(), shape);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        shape(element, path + "[]", shape);
      }
    }
  }
}
