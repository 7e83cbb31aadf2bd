package dev.partnerkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks that no test file of this module ({@code src/test}, resources and sources) holds a value
 * copied from Microsoft's documented examples, when {@code shared/api-examples} is beside the
 * repository (or named by {@code -Dpartnerkit.apiExamples=...}): the project writes payloads of its
 * own in the examples' shapes, and the examples must not come into it, not even cut up into fuzz
 * seeds. On a clean clone there is nothing to compare and no test is made.
 *
 * <p>The heuristic, chosen to find copied values without flagging the API's own vocabulary: a
 * <em>distinctive value</em> of an example is every GUID inside any of its JSON string values, and
 * every string value of {@value #MIN_LENGTH} or more characters that holds a digit and no
 * whitespace (ids, tokens, etags, URLs with ids in them, timestamps). Field names, enum values and
 * type names ({@code is_indirect_cloud_solution_provider_of}, {@code
 * #microsoft.graph.delegatedAdminRelationship}) have no digit; display texts have spaces. Two kinds
 * of value are the same in every tenant, so a payload of the shape must repeat them, and they are
 * left out: {@code roleDefinitionId} (Entra's built-in role template ids, which the model names in
 * {@code Role}) and {@code @odata.context} (the service's metadata URL for the entity set). A value
 * is found in a file case-insensitively, since Partner Center writes GUIDs in either case.
 */
class NoCopiedExamplesTest {
  /**
   * Shortest string value taken as distinctive: shorter ones (an MPN id, "P1Y") recur by chance.
   */
  static final int MIN_LENGTH = 16;

  private static final Pattern GUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** Fields whose values are the same in every tenant, so that every payload repeats them. */
  private static final Set<String> SHARED_BY_ALL = Set.of("roleDefinitionId", "@odata.context");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> noTestFileHoldsADistinctiveValueOfMicrosoftsExamples() throws IOException {
    Optional<Path> dir = WireMockSupport.examplesDir();
    if (dir.isEmpty()) {
      return Stream.empty();
    }
    List<DynamicTest> tests = new ArrayList<>();
    Map<Path, String> testFiles = testFiles();
    try (Stream<Path> examples = Files.list(dir.get())) {
      for (Path example : examples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        tests.add(
            DynamicTest.dynamicTest(
                example.getFileName().toString(),
                () -> {
                  Set<String> values = distinctiveValues(Files.readString(example));
                  List<String> copies = new ArrayList<>();
                  testFiles.forEach(
                      (file, text) ->
                          values.stream()
                              .filter(text::contains)
                              .forEach(v -> copies.add(file + " holds " + v)));
                  assertThat(copies)
                      .as(
                          "values of Microsoft's %s in this module's test files; write values of"
                              + " the project's own instead (see src/test/resources/payloads)",
                          example.getFileName())
                      .isEmpty();
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void distinctiveValues_areIdsUrlsAndTimestamps_notTheApisVocabulary() throws IOException {
    String json =
        "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#x\","
            + "\"@odata.type\":\"#microsoft.graph.delegatedAdminRelationship\","
            + "\"id\":\"80C86CEF-DA51-47DF-ABF1-179743E074C9\","
            + "\"uri\":\"/customers/d6497795-731e-4385-9c43-aa54d119caa6/profiles/company\","
            + "\"createdDateTime\":\"2025-04-02T08:30:00.5Z\","
            + "\"relationshipType\":\"is_indirect_cloud_solution_provider_of\","
            + "\"termAndBillingCycle\":\"1 Month Subscription\",\"mpnId\":\"5512093\","
            + "\"accessDetails\":{\"unifiedRoles\":"
            + "[{\"roleDefinitionId\":\"729827e3-9c14-49f7-bb1b-9608f156bbb8\"}]}}";

    assertThat(distinctiveValues(json))
        .containsExactlyInAnyOrder(
            "80c86cef-da51-47df-abf1-179743e074c9",
            "d6497795-731e-4385-9c43-aa54d119caa6",
            "/customers/d6497795-731e-4385-9c43-aa54d119caa6/profiles/company",
            "2025-04-02t08:30:00.5z");
  }

  /** Returns the distinctive values of a JSON document, in lower case (see the class comment). */
  static Set<String> distinctiveValues(String json) throws IOException {
    Set<String> values = new TreeSet<>();
    collect(MAPPER.readTree(json), values);
    return values;
  }

  private static void collect(JsonNode node, Set<String> values) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!SHARED_BY_ALL.contains(field.getKey())) {
          collect(field.getValue(), values);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, values));
    } else if (node.isTextual()) {
      String text = node.textValue().toLowerCase(Locale.ROOT);
      Matcher guids = GUID.matcher(text);
      while (guids.find()) {
        values.add(guids.group());
      }
      if (text.length() >= MIN_LENGTH
          && text.chars().anyMatch(Character::isDigit)
          && text.chars().noneMatch(Character::isWhitespace)) {
        values.add(text);
      }
    }
  }

  /** Returns this module's test files (under {@code src/test}) by path, in lower case. */
  private static Map<Path, String> testFiles() throws IOException {
    Path module;
    try {
      // target/test-classes, two levels below the module.
      module =
          Path.of(
                  NoCopiedExamplesTest.class
                      .getProtectionDomain()
                      .getCodeSource()
                      .getLocation()
                      .toURI())
              .getParent()
              .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(module.resolve("src/test"))) {
      all.filter(Files::isRegularFile)
          .forEach(
              f -> {
                try {
                  files.put(
                      module.relativize(f),
                      new String(Files.readAllBytes(f), StandardCharsets.UTF_8)
                          .toLowerCase(Locale.ROOT));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    assertThat(files).as("test files under %s", module.resolve("src/test")).isNotEmpty();
    return files;
  }
}
