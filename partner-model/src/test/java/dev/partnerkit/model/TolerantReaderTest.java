package dev.partnerkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.model.GoldenValues.Golden;
import dev.partnerkit.model.json.PartnerJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the tolerant reader (API-5): unknown fields are ignored at every level of every type, and
 * an enum value this version does not know reads as that enum's {@code UNKNOWN} wherever an enum
 * appears, so that a newer service never breaks an older client.
 */
class TolerantReaderTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final String NEW_VALUE = "SOMETHING_INTRODUCED_LATER";
  // A roleDefinitionId outside GDAP-12's table.
  private static final UUID UNNAMED_ROLE = UUID.fromString("0f4b3a5e-9c1d-4e2f-8a6b-7c5d3e1f2a90");

  static Stream<Golden<?>> goldens() {
    return GoldenValues.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void unknownFieldsAreIgnoredAtEveryLevel(Golden<?> golden) throws IOException {
    JsonNode document = TREES.readTree(golden.json());
    int added = addUnknownFields(document);

    Object decoded = PartnerJson.fromJson(TREES.writeValueAsString(document), golden.readAs());

    assertThat(added).isPositive();
    assertThat(decoded).isEqualTo(golden.value());
  }

  /** Adds unknown fields of every JSON shape to each object in the tree; returns how many. */
  private static int addUnknownFields(JsonNode node) {
    int added = 0;
    if (node instanceof ObjectNode object) {
      List<JsonNode> children = new ArrayList<>();
      object.elements().forEachRemaining(children::add);
      for (JsonNode child : children) {
        added += addUnknownFields(child);
      }
      object.put("addedInVersion2", "text");
      object.put("someCount", 12);
      object.putNull("nothing");
      object.putArray("tags").add("a").add(2).addObject().put("deep", true);
      object.putObject("metadata").putObject("nested").putArray("list").add(1.5);
      added++;
    } else if (node instanceof ArrayNode array) {
      for (JsonNode child : array) {
        added += addUnknownFields(child);
      }
    }
    return added;
  }

  static Stream<Arguments> enumFields() {
    return Stream.of(
        enumField("Customer.cloud", Customer.class, "/cloud", Customer::getCloud, Cloud.UNKNOWN),
        enumField("Partner.cloud", Partner.class, "/cloud", Partner::getCloud, Cloud.UNKNOWN),
        enumField(
            "Partner.enrollments[].program",
            Partner.class,
            "/enrollments/1/program",
            p -> p.getEnrollments().get(1).getProgram(),
            Program.UNKNOWN),
        enumField(
            "ProgramEnrollment.program",
            ProgramEnrollment.class,
            "/program",
            ProgramEnrollment::getProgram,
            Program.UNKNOWN),
        enumField(
            "Service.billingCycles[]",
            Service.class,
            "/billingCycles/1",
            s -> s.getBillingCycles().contains(BillingCycle.UNKNOWN),
            true),
        enumField(
            "ServiceCatalog.services[].billingCycles[]",
            ServiceCatalog.class,
            "/services/3/billingCycles/0",
            c -> c.getServices().get(3).getBillingCycles(),
            Set.of(BillingCycle.UNKNOWN)),
        enumField(
            "TrialInvitation.status",
            TrialInvitation.class,
            "/status",
            Offer::getStatus,
            OfferStatus.UNKNOWN),
        enumField(
            "PurchaseOffer.status",
            PurchaseOffer.class,
            "/status",
            Offer::getStatus,
            OfferStatus.UNKNOWN),
        enumField(
            "PurchaseOffer.billingCycle",
            PurchaseOffer.class,
            "/billingCycle",
            PurchaseOffer::getBillingCycle,
            BillingCycle.UNKNOWN),
        enumField(
            "DelegatedAdminInvitation.status",
            DelegatedAdminInvitation.class,
            "/status",
            Offer::getStatus,
            OfferStatus.UNKNOWN),
        enumField(
            "DelegationGrant.status",
            DelegationGrant.class,
            "/status",
            DelegationGrant::getStatus,
            GrantStatus.UNKNOWN),
        enumField(
            "Subscription.status",
            Subscription.class,
            "/status",
            Subscription::getStatus,
            SubscriptionStatus.UNKNOWN),
        enumField(
            "Subscription.billingCycle",
            Subscription.class,
            "/billingCycle",
            s -> s.getBillingCycle().orElseThrow(),
            BillingCycle.UNKNOWN),
        enumField(
            "ServiceRequest.status",
            ServiceRequest.class,
            "/status",
            ServiceRequest::getStatus,
            ServiceRequestStatus.UNKNOWN),
        enumField(
            "AccessAssignment.status",
            AccessAssignment.class,
            "/status",
            AccessAssignment::getStatus,
            AccessAssignmentStatus.UNKNOWN),
        enumField(
            "GranularRelationship.status",
            GranularRelationship.class,
            "/status",
            GranularRelationship::getStatus,
            RelationshipStatus.UNKNOWN),
        enumField(
            "GranularRelationship.accessAssignments[].status",
            GranularRelationship.class,
            "/accessAssignments/0/status",
            r -> r.getAccessAssignments().get(0).getStatus(),
            AccessAssignmentStatus.UNKNOWN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enumFields")
  <T> void anUnknownEnumValueReadsAsUnknown(
      String field, Class<T> type, String pointer, Function<T, Object> read, Object expected)
      throws IOException {
    Golden<?> golden =
        GoldenValues.all().stream().filter(g -> g.type() == type).findFirst().orElseThrow();
    JsonNode document = TREES.readTree(golden.json());
    replaceAt(document, pointer);

    T decoded =
        type.cast(PartnerJson.fromJson(TREES.writeValueAsString(document), golden.readAs()));

    assertThat(read.apply(decoded)).isEqualTo(expected);
  }

  private static void replaceAt(JsonNode document, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    assertThat(parent.at("/" + last).isTextual()).as("an enum value at %s", pointer).isTrue();
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), NEW_VALUE);
    } else {
      ((ObjectNode) parent).put(last, NEW_VALUE);
    }
  }

  static Stream<Class<? extends Enum<?>>> modelEnums() throws IOException, URISyntaxException {
    Path modelClasses =
        Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/partnerkit/model");
    List<Class<? extends Enum<?>>> enums = new ArrayList<>();
    try (Stream<Path> files = Files.list(modelClasses)) {
      for (String name :
          files
              .map(file -> file.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.contains("$"))
              .map(n -> n.substring(0, n.length() - ".class".length()))
              .sorted()
              .collect(Collectors.toList())) {
        Class<?> type = forName("dev.partnerkit.model." + name);
        if (type.isEnum()) {
          @SuppressWarnings("unchecked")
          Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type;
          enums.add(enumType);
        }
      }
    }
    return enums.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelEnums")
  void everyModelEnumHasAnUnknownThatUnknownTextReadsAs(Class<? extends Enum<?>> type) {
    Enum<?> unknown =
        Arrays.stream(type.getEnumConstants())
            .filter(c -> c.name().equals("UNKNOWN"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(type + " has no UNKNOWN"));

    assertThat(PartnerJson.fromJson("\"" + NEW_VALUE + "\"", type)).isSameAs(unknown);
    assertThat(PartnerJson.fromJson("\"\"", type)).isSameAs(unknown);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelEnums")
  void everyEnumConstantRoundTrips(Class<? extends Enum<?>> type) {
    for (Enum<?> constant : type.getEnumConstants()) {
      assertThat(PartnerJson.fromJson(PartnerJson.toJson(constant), type)).isSameAs(constant);
    }
  }

  @Test
  void graphEnumsUseGraphsWireNames() {
    assertThat(PartnerJson.toJson(RelationshipStatus.APPROVAL_PENDING))
        .isEqualTo("\"approvalPending\"");
    assertThat(PartnerJson.toJson(RelationshipStatus.UNKNOWN)).isEqualTo("\"unknownFutureValue\"");
    assertThat(PartnerJson.fromJson("\"unknownFutureValue\"", RelationshipStatus.class))
        .isEqualTo(RelationshipStatus.UNKNOWN);
    assertThat(PartnerJson.fromJson("\"terminationRequested\"", RelationshipStatus.class))
        .isEqualTo(RelationshipStatus.TERMINATION_REQUESTED);
    assertThat(PartnerJson.toJson(AccessAssignmentStatus.DELETING)).isEqualTo("\"deleting\"");
    assertThat(RelationshipStatus.fromWireName("nonsense")).isEqualTo(RelationshipStatus.UNKNOWN);
  }

  static Stream<Arguments> roleFields() {
    return Stream.of(
        Arguments.of(
            "AccessAssignment.roles[]",
            AccessAssignment.class,
            "/roles/0",
            (Function<AccessAssignment, Object>) AccessAssignment::getRoles,
            Set.of(Role.of(UNNAMED_ROLE), Role.HELPDESK_ADMINISTRATOR)),
        Arguments.of(
            "GranularRelationship.roles[]",
            GranularRelationship.class,
            "/roles/1",
            (Function<GranularRelationship, Object>) GranularRelationship::getRoles,
            Set.of(Role.USER_ADMINISTRATOR, Role.of(UNNAMED_ROLE))));
  }

  /**
   * Roles are open values (GDAP-12), not a wire enum: a roleDefinitionId this version does not name
   * reads as a role keeping that id, instead of collapsing into an {@code UNKNOWN}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("roleFields")
  <T> void aRoleThisVersionDoesNotNameKeepsItsId(
      String field, Class<T> type, String pointer, Function<T, Object> read, Object expected)
      throws IOException {
    Golden<?> golden =
        GoldenValues.all().stream().filter(g -> g.type() == type).findFirst().orElseThrow();
    JsonNode document = TREES.readTree(golden.json());
    int slash = pointer.lastIndexOf('/');
    ((ArrayNode) document.at(pointer.substring(0, slash)))
        .set(
            Integer.parseInt(pointer.substring(slash + 1)),
            UNNAMED_ROLE.toString().toUpperCase(Locale.ROOT));

    T decoded =
        type.cast(PartnerJson.fromJson(TREES.writeValueAsString(document), golden.readAs()));

    assertThat(read.apply(decoded)).isEqualTo(expected);
  }

  @Test
  void theDelegatedAdminInvitationsOptionCannotBeSwitchedOffByTheWire() {
    String json =
        GoldenValues.read("/golden/DelegatedAdminInvitation.json")
            .replace("\"delegatedAdmin\": true", "\"delegatedAdmin\": false");

    assertThat(PartnerJson.fromJson(json, Offer.class).isDelegatedAdmin()).isTrue();
  }

  @Test
  void nullForAnOptionalOrDefaultedFieldReadsAsAbsent() {
    String json =
        "{\"id\":\"p\",\"name\":\"P\",\"mpnId\":null,\"cloud\":null,"
            + "\"enrollments\":null,\"authorizedServices\":null}";

    assertThat(PartnerJson.fromJson(json, Partner.class))
        .isEqualTo(Partner.builder().id(PartnerId.of("p")).name("P").build());
  }

  private static Class<?> forName(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static <T> Arguments enumField(
      String field, Class<T> type, String pointer, Function<T, ?> read, Object expected) {
    return Arguments.of(field, type, pointer, read, expected);
  }
}
