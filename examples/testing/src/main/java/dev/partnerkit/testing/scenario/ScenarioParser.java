package dev.partnerkit.testing.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.json.PartnerJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads scenario files in the format of {@code SCENARIOS.md}: exactly that format, and nothing
 * else. Anything else fails with a {@link ScenarioFormatException} naming the file, the JSON path
 * and what was expected.
 *
 * <p>Names in a file become ids: a partner's name is its {@link PartnerId}; a customer's name maps
 * to a stable tenant GUID with {@link CustomerId#fromName(String)}. Durations are ISO-8601: {@code
 * P31D}, {@code PT12H}, or a period such as {@code P2Y} counted as 365-day years and 30-day months,
 * at most {@link #MAX_DURATION} either way; {@code start} and the clock after every {@code advance}
 * lie in the years 1970 to 9999. Those bounds keep the scenario's clock within what {@link Instant}
 * holds however the file is written.
 *
 * <p>The reading is split by concern, in package-private classes: {@code ScenarioReader} reads the
 * top level and dispatches each step through the table of {@code StepReader}s (filled by {@code
 * PartnerSteps}, {@code RelationshipSteps} and {@code NewCommerceSteps}) or through {@code
 * CheckReaders}; all of them read fields through {@code FieldReader} and {@code StepFields}.
 *
 * <p>Thread-safe: a utility class.
 */
public final class ScenarioParser {
  /** The start of a scenario's clock when the file gives none. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  /** The largest scenario file read, in bytes. */
  public static final long MAX_FILE_SIZE = 4L * 1024 * 1024;

  /** The earliest {@code start} accepted. */
  public static final Instant EARLIEST_START = Instant.parse("1970-01-01T00:00:00Z");

  /** The latest time a scenario's clock may show: its {@code start} and every {@code advance}. */
  public static final Instant LATEST_TIME = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * The longest duration accepted, either way: 100 years of 365 days. With the clock bounded too,
   * nothing a scenario's steps compute from its clock passes what {@link Instant} holds.
   */
  public static final Duration MAX_DURATION = Duration.ofDays(36_500);

  private ScenarioParser() {}

  /**
   * Reads a scenario file.
   *
   * @param file the file
   * @return the scenario
   * @throws ScenarioFormatException when it cannot be read or does not follow the format
   */
  public static Scenario parse(Path file) {
    String source = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new ScenarioFormatException(
            source, "$", "expected a readable scenario file, but there is none");
      }
      if (Files.size(file) > MAX_FILE_SIZE) {
        throw new ScenarioFormatException(
            source, "$", "expected a file of at most " + MAX_FILE_SIZE + " bytes");
      }
      return parse(Files.readString(file, StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new ScenarioFormatException(
          source, "$", "expected a readable UTF-8 file, but reading failed: " + e.getMessage());
    }
  }

  /**
   * Reads a scenario from JSON text.
   *
   * @param json the scenario's JSON
   * @param source a name for the scenario in messages, such as its file name
   * @return the scenario
   * @throws ScenarioFormatException when the text does not follow the format
   */
  public static Scenario parse(String json, String source) {
    JsonNode root;
    try {
      root = PartnerJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      String detail = e.getOriginalMessage();
      throw new ScenarioFormatException(
          source,
          "$",
          "expected well-formed JSON, but "
              + (detail == null ? "it is malformed" : detail)
              + (e.getLocation() == null
                  ? ""
                  : " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ")"));
    }
    if (root == null || root.isMissingNode()) {
      throw new ScenarioFormatException(
          source, "$", "expected a JSON object, but the file is empty");
    }
    return new ScenarioReader(source).scenario(root);
  }
}
