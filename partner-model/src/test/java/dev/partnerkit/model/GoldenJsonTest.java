package dev.partnerkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.model.GoldenValues.Golden;
import dev.partnerkit.model.json.PartnerJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every golden file both ways: decoding gives the expected value, and encoding that value
 * gives the same JSON document (compared as trees, so layout and key order do not matter).
 */
class GoldenJsonTest {
  /** A plain mapper, used only to compare documents as trees. */
  private static final ObjectMapper TREES = new ObjectMapper();

  static Stream<Golden<?>> goldens() {
    return GoldenValues.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void decodingTheGoldenFileGivesTheExpectedValue(Golden<?> golden) {
    Object decoded = PartnerJson.fromJson(golden.json(), golden.readAs());

    assertThat(decoded).isInstanceOf(golden.type()).isEqualTo(golden.value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void encodingTheExpectedValueGivesTheGoldenDocument(Golden<?> golden) throws IOException {
    JsonNode expected = TREES.readTree(golden.json());
    JsonNode encoded = TREES.readTree(PartnerJson.toJson(golden.value()));

    assertThat(encoded).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void theGoldenFileDecodesAsItsOwnTypeToo(Golden<?> golden) {
    assertThat(PartnerJson.fromJson(golden.json(), golden.type())).isEqualTo(golden.value());
  }

  @Test
  void everyImmutablesTypeAndMoneyHasAGoldenFile() throws IOException, URISyntaxException {
    Path modelClasses =
        Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/partnerkit/model");
    Set<String> modelTypes;
    try (Stream<Path> files = Files.list(modelClasses)) {
      modelTypes =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.startsWith("Immutable") && name.endsWith(".class"))
              .filter(name -> !name.contains("$"))
              .map(name -> name.substring("Immutable".length(), name.length() - ".class".length()))
              .collect(Collectors.toSet());
    }
    Set<String> covered =
        GoldenValues.all().stream().map(g -> g.type().getSimpleName()).collect(Collectors.toSet());
    Set<String> files;
    try (Stream<Path> golden = Files.list(Path.of(getClass().getResource("/golden").toURI()))) {
      files =
          golden
              .map(file -> file.getFileName().toString().replace(".json", ""))
              .collect(Collectors.toSet());
    }

    assertThat(modelTypes).hasSizeGreaterThanOrEqualTo(20);
    assertThat(covered).containsAll(modelTypes).contains("Money");
    assertThat(files).isEqualTo(covered);
  }

  @Test
  void everyOfferKindTravelsThroughTheUnionWithItsTypeName() {
    List<String> kinds =
        GoldenValues.all().stream()
            .filter(g -> g.readAs() == Offer.class)
            .map(
                g ->
                    ((Offer) g.value())
                        .fold(t -> "trial", p -> "purchase", d -> "admin", r -> "reseller"))
            .collect(Collectors.toList());

    assertThat(kinds).containsExactlyInAnyOrder("trial", "purchase", "admin", "reseller");
    assertThat(PartnerJson.toJson(GoldenValues.trialInvitation()))
        .contains("\"type\":\"trialInvitation\"");
    assertThat(PartnerJson.toJson(GoldenValues.purchaseOffer()))
        .contains("\"type\":\"purchaseOffer\"");
    assertThat(PartnerJson.toJson(GoldenValues.delegatedAdminInvitation()))
        .contains("\"type\":\"delegatedAdminInvitation\"");
    assertThat(PartnerJson.toJson(GoldenValues.resellerInvitation()))
        .contains("\"type\":\"resellerInvitation\"");
  }

  @Test
  void moneyKeepsTheCurrencysScaleOnTheWire() {
    assertThat(PartnerJson.toJson(GoldenValues.money()))
        .isEqualTo("{\"amount\":1249.50,\"currency\":\"EUR\"}");
    assertThat(PartnerJson.toJson(Money.of(new BigDecimal("1200"), "JPY")))
        .isEqualTo("{\"amount\":1200,\"currency\":\"JPY\"}");
    assertThat(PartnerJson.toJson(Money.of(new BigDecimal("1.5"), "KWD")))
        .isEqualTo("{\"amount\":1.500,\"currency\":\"KWD\"}");
  }

  @Test
  void durationsUseTheDaysFormMicrosoftGraphUses() {
    String json = PartnerJson.toJson(GoldenValues.granularRelationship());

    assertThat(json)
        .contains("\"duration\":\"P730D\"")
        .contains("\"autoExtendDuration\":\"P180D\"");
  }

  @Test
  void absentOptionalsAreLeftOutAndDefaultsAreWritten() {
    Partner minimal = Partner.builder().id(PartnerId.of("contoso")).name("Contoso").build();

    assertThat(PartnerJson.toJson(minimal))
        .isEqualTo(
            "{\"id\":\"contoso\",\"name\":\"Contoso\",\"cloud\":\"GLOBAL\","
                + "\"agreementSigned\":false,\"enrollments\":[],\"authorizedServices\":[]}");
  }
}
