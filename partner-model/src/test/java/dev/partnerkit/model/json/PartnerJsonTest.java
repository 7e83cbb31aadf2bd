package dev.partnerkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.TrialTerms;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the settings {@link PartnerJson} applies, on its own mapper and on a caller's. */
class PartnerJsonTest {
  @ParameterizedTest
  @CsvSource({
    "P730D, P730D",
    "P180D, P180D",
    "PT0S, PT0S",
    "PT12H, PT12H",
    "PT1.5S, PT1.5S",
    "P1DT2H30M, P1DT2H30M",
    "PT26H, P1DT2H",
    "P1DT0.000000001S, P1DT0.000000001S",
    "-P1D, PT-24H"
  })
  void durationsAreWrittenWithWholeDaysAsDays(String duration, String written) {
    Duration value = Duration.parse(duration);

    assertThat(PartnerJson.isoDays(value)).isEqualTo(written);
    assertThat(PartnerJson.toJson(value)).isEqualTo("\"" + written + "\"");
    assertThat(PartnerJson.fromJson("\"" + written + "\"", Duration.class)).isEqualTo(value);
  }

  @Test
  void everyDurationReadsBackEqualFromItsDaysForm() {
    qt().forAll(longs().between(-10_000_000_000L, 10_000_000_000L), longs().between(0, 999_999_999))
        .checkAssert(
            (seconds, nanos) -> {
              Duration duration = Duration.ofSeconds(seconds, nanos);
              assertThat(Duration.parse(PartnerJson.isoDays(duration))).isEqualTo(duration);
              assertThat(PartnerJson.fromJson(PartnerJson.toJson(duration), Duration.class))
                  .isEqualTo(duration);
            });
  }

  @Test
  void instantsAreIsoTextWithAnyOffsetOnInputAndUtcOnOutput() {
    assertThat(PartnerJson.toJson(Instant.parse("2026-01-01T00:00:00.123456789Z")))
        .isEqualTo("\"2026-01-01T00:00:00.123456789Z\"");
    assertThat(PartnerJson.fromJson("\"2026-01-01T01:00:00+01:00\"", Instant.class))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void aCallersMapperGetsTheSameBehaviour() throws Exception {
    ObjectMapper mine = PartnerJson.newMapper();
    String por =
        "{\"customer\":\"cb50a80c-2f3c-3b12-b193-c9b0a3367d3b\",\"partner\":\"adatum\","
            + "\"designatedAt\":\"2026-02-01T00:00:00Z\",\"unknown\":[1,2]}";

    assertThat(mine.readValue(por, PartnerOfRecord.class).getPartner().value()).isEqualTo("adatum");
    assertThat(mine.writeValueAsString(Duration.ofDays(730))).isEqualTo("\"P730D\"");
    assertThatThrownBy(() -> mine.readValue("{\"days\":\"30\",\"licenses\":25}", TrialTerms.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> mine.readValue("{\"days\":30,\"licenses\":25} {}", TrialTerms.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[]                        | $       | expected a JSON object (Customer), but got an array",
        "42                        | $       | expected a JSON object (Customer), but got a number",
        "{\"id\":12}             | $.id    | expected a string (CustomerId, a tenant GUID), but got a number",
        "{\"cloud\":{}}          | $.cloud | but got an object",
        "{\"cloud\":true}        | $.cloud | but got true",
        "{}                        | $.id    | expected values for the required fields id, profile of Customer"
      })
  void aFailureOfACallersOwnReadIsExplainedAfterItsParserClosed(
      String json, String path, String explanation) {
    // Clients read with their own configured mapper and explain failures afterwards, when Jackson
    // has closed the parser and forgotten the token it stopped at.
    ObjectMapper mine = PartnerJson.newMapper();

    assertThatThrownBy(() -> mine.readValue(json, Customer.class))
        .isInstanceOfSatisfying(
            JsonProcessingException.class,
            e ->
                assertThat(JsonException.from(Customer.class, e))
                    .hasMessageStartingWith("Invalid JSON for Customer at " + path + ": ")
                    .hasMessageContaining(explanation)
                    .hasMessageNotContaining("Immutable")
                    .extracting(JsonException::getPath)
                    .isEqualTo(path));
  }

  @Test
  void theSharedReaderAndWriterUseTheSharedSettings() throws Exception {
    assertThat(PartnerJson.writer().writeValueAsString(TrialTerms.of(30, 25)))
        .isEqualTo("{\"days\":30,\"licenses\":25}");
    assertThat(
            PartnerJson.reader(TrialTerms.class)
                .<TrialTerms>readValue("{\"days\":30,\"licenses\":25,\"x\":1}"))
        .isEqualTo(TrialTerms.of(30, 25));
    assertThat(PartnerJson.modules()).hasSize(3);
  }

  @Test
  void aJsonExceptionBuiltByHandKeepsTheDocumentPath() {
    JsonException e = new JsonException("Invalid JSON for Customer at $: expected an object", null);

    assertThat(e.getPath()).isEqualTo("$");
    assertThat(e).hasMessage("Invalid JSON for Customer at $: expected an object").hasNoCause();
  }
}
