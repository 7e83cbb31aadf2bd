package dev.partnerkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.json.PartnerJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour, the main job: it runs as told, over HTTP, and shows every refusal with its rule. */
class TourTest {
  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        PartnerkitCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {
      Integer.toString(status),
      out.toString(StandardCharsets.UTF_8),
      err.toString(StandardCharsets.UTF_8)
    };
  }

  @Test
  void theTourTellsTheWholeStoryAndEveryRefusalNamesItsRule() {
    String[] result = run("tour");
    assertThat(result[2]).isEmpty();
    assertThat(result[0]).isEqualTo("0");
    String out = result[1];
    assertThat(out)
        .contains("Northwind Traders sends Fabrikam")
        .contains("POST /sandbox/invitations/trial -> 201")
        .contains("GET /partnercenter/v1/customers/")
        .contains("DA-2")
        .contains("ELIG-1")
        .contains("CLOUD-1")
        .contains("DA-4")
        .contains("(trial)")
        .contains("(paid)")
        .contains("service request")
        .contains("TERMINATED")
        .doesNotContain("did not come out as the story expects");
  }

  @Test
  void theJsonTranscriptCarriesEveryStep() throws Exception {
    String[] result = run("tour", "--json");
    assertThat(result[0]).isEqualTo("0");
    JsonNode root = PartnerJson.mapper().readTree(result[1]);
    List<String> rules = new ArrayList<>();
    for (JsonNode step : root.get("steps")) {
      assertThat(step.get("asTold").asBoolean()).as("step %s", step.get("step")).isTrue();
      assertThat(step.get("calls")).isNotEmpty();
      if (step.has("rules")) {
        step.get("rules").forEach(r -> rules.add(r.asText()));
      }
    }
    assertThat(rules).contains("DA-2", "ELIG-1", "CLOUD-1", "DA-4");
    assertThat(root.get("sandboxes")).hasSize(2);
  }

  @Test
  void aBadArgumentExitsTwo() {
    assertThat(run("tour", "--loud")[0]).isEqualTo("2");
  }
}
