package dev.partnerkit.model.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.model.json.PartnerJson;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for what the hostile-input work on {@link PartnerJson} found: a {@link
 * JsonException}'s path is built from field names in the input, and it echoed them whole, so a
 * document with long or deeply nested field names made a message as large as the document.
 */
class ModelJsonFindingsTest {
  private static final String LONG_NAME = "a".repeat(40_000);

  @Test
  void aLongFieldNameIsQuotedAndCutInThePath() {
    assertThatThrownBy(() -> PartnerJson.fromJson("{\"" + LONG_NAME + "\": x}", Partner.class))
        .isInstanceOf(JsonException.class)
        .hasMessageStartingWith("Invalid JSON for Partner at $[\"" + "a".repeat(64) + "...\"]: ")
        .satisfies(e -> assertShort((JsonException) e));
  }

  @Test
  void nestedLongFieldNamesKeepTheMessageShort() {
    String nested = ("{\"" + LONG_NAME + "\":").repeat(60) + "x" + "}".repeat(60);

    assertThatThrownBy(() -> PartnerJson.fromJson(nested, Customer.class))
        .isInstanceOf(JsonException.class)
        .hasMessageStartingWith("Invalid JSON for Customer at $..")
        .satisfies(e -> assertShort((JsonException) e));
  }

  @Test
  void deepPathsOfShortNamesKeepTheirInnermostSegments() {
    String nested = "{\"extra\":" + "{\"level\":".repeat(60) + "x" + "}".repeat(61);

    assertThatThrownBy(() -> PartnerJson.fromJson(nested, Customer.class))
        .isInstanceOf(JsonException.class)
        .satisfies(
            e -> {
              JsonException json = (JsonException) e;
              assertShort(json);
              assertThat(json.getPath()).startsWith("$..").endsWith(".level.level");
            });
  }

  private static void assertShort(JsonException e) {
    assertThat(e.getPath()).hasSizeLessThan(400);
    assertThat(e.getMessage()).hasSizeLessThan(ModelJsonFuzzTest.MAX_MESSAGE_LENGTH);
  }
}
