package dev.partnerkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.GoldenValues;
import dev.partnerkit.model.GoldenValues.Golden;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.TrialInvitation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that the two Jackson modules bind every model type on an otherwise default mapper, that
 * both are found through the {@link java.util.ServiceLoader}, and that their tolerant enums and
 * unique field names apply to the model's types only, never to the application's own.
 */
class ModelModulesTest {
  /** A Jackson 2 mapper with nothing but the module. */
  private static final ObjectMapper JACKSON2 =
      new ObjectMapper().registerModule(new PartnerJacksonModule());

  /** A Jackson 3 mapper with nothing but the module. */
  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new PartnerJackson3Module()).build();

  /** An application's own enum, with a default value it did not ask to be read leniently. */
  enum Colour {
    RED,
    @JsonEnumDefaultValue
    OTHER
  }

  /** An application's own type. */
  record Note(String text, Colour colour) {}

  static Stream<Golden<?>> goldens() {
    return GoldenValues.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void everyModelTypeRoundTripsThroughAPlainJackson2MapperWithTheModule(Golden<?> golden)
      throws IOException {
    assertThat(JACKSON2.readValue(golden.json(), golden.readAs())).isEqualTo(golden.value());
    assertThat(JACKSON2.readValue(JACKSON2.writeValueAsString(golden.value()), golden.readAs()))
        .isEqualTo(golden.value());
    assertThat(JACKSON2.readValue(JACKSON2.writeValueAsString(golden.value()), golden.type()))
        .isEqualTo(golden.value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void everyModelTypeRoundTripsThroughAPlainJackson3MapperWithTheModule(Golden<?> golden) {
    assertThat(JACKSON3.readValue(golden.json(), golden.readAs())).isEqualTo(golden.value());
    assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(golden.value()), golden.readAs()))
        .isEqualTo(golden.value());
    assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(golden.value()), golden.type()))
        .isEqualTo(golden.value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void bothModulesAreFoundThroughTheServiceLoader(Golden<?> golden) throws IOException {
    ObjectMapper jackson2 = new ObjectMapper().findAndRegisterModules();
    JsonMapper jackson3 = JsonMapper.builder().findAndAddModules().build();

    assertThat(jackson2.getRegisteredModuleIds()).contains(PartnerJacksonModule.class.getName());
    assertThat(jackson2.readValue(golden.json(), golden.readAs())).isEqualTo(golden.value());
    assertThat(jackson3.registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(PartnerJackson3Module.class));
    assertThat(jackson3.readValue(golden.json(), golden.readAs())).isEqualTo(golden.value());
  }

  @Test
  void aPlainJackson3MapperWithoutTheModuleCannotReadTheModel() {
    // The reason the Jackson 3 module exists: Jackson 3 ignores @JsonDeserialize(as = ...).
    assertThatThrownBy(() -> JsonMapper.builder().build().readValue(customerJson(), Customer.class))
        .isInstanceOf(tools.jackson.core.JacksonException.class);
  }

  @Test
  void anUnknownModelEnumNameReadsAsUnknownButTheApplicationsEnumsStayStrict() {
    String customer = customerJson().replace("\"GERMANY\"", "\"MARS\"");
    String note = "{\"text\":\"hi\",\"colour\":\"GREEN\"}";

    assertThat(read2(customer, Customer.class).getCloud()).isEqualTo(Cloud.UNKNOWN);
    assertThat(JACKSON3.readValue(customer, Customer.class).getCloud()).isEqualTo(Cloud.UNKNOWN);
    assertThatThrownBy(() -> JACKSON2.readValue(note, Note.class)).hasMessageContaining("GREEN");
    assertThatThrownBy(() -> JACKSON3.readValue(note, Note.class)).hasMessageContaining("GREEN");
  }

  @Test
  void aRepeatedFieldNameInAModelObjectIsRefusedButTheApplicationsTypesKeepTheirDefault()
      throws IOException {
    String twice = customerJson().replace("\"cloud\"", "\"cloud\": \"GLOBAL\", \"cloud\"");
    String nested =
        customerJson().replace("\"companyName\"", "\"domain\": \"x.example\", \"companyName\"");
    String note = "{\"text\":\"a\",\"text\":\"b\",\"colour\":\"RED\"}";

    for (String json : List.of(twice, nested)) {
      assertThatThrownBy(() -> JACKSON2.readValue(json, Customer.class))
          .hasMessageContaining("Duplicate field");
      assertThatThrownBy(() -> JACKSON3.readValue(json, Customer.class))
          .hasMessageContaining("Duplicate Object property");
    }
    // Jackson's default, last value wins, is the application's to change, not Partnerkit's.
    assertThat(JACKSON2.readValue(note, Note.class).text()).isEqualTo("b");
    assertThat(JACKSON3.readValue(note, Note.class).text()).isEqualTo("b");
  }

  @Test
  void aRepeatedFieldNameAfterAnOffersTypeIsRefusedToo() throws IOException {
    String offer =
        GoldenValues.all().stream()
            .filter(g -> g.type() == TrialInvitation.class)
            .findFirst()
            .orElseThrow()
            .json();
    String twice = offer.replace("\"partner\"", "\"partner\": \"x\", \"partner\"");

    assertThat(JACKSON2.readValue(offer, Offer.class)).isInstanceOf(TrialInvitation.class);
    assertThatThrownBy(() -> JACKSON2.readValue(twice, Offer.class))
        .hasMessageContaining("Duplicate field");
    assertThatThrownBy(() -> JACKSON3.readValue(twice, Offer.class))
        .hasMessageContaining("Duplicate Object property");
  }

  @Test
  void instantsAndDurationsAreIsoTextOnAPlainMapper() throws IOException {
    assertThat(JACKSON2.writeValueAsString(java.time.Instant.parse("2026-01-01T00:00:00Z")))
        .isEqualTo("\"2026-01-01T00:00:00Z\"");
    assertThat(JACKSON3.writeValueAsString(java.time.Duration.ofDays(730))).isEqualTo("\"P730D\"");
    assertThatThrownBy(() -> JACKSON2.readValue("1767225600", java.time.Instant.class))
        .hasMessageContaining("Instant");
    assertThatThrownBy(() -> JACKSON3.readValue("1767225600", java.time.Instant.class))
        .hasMessageContaining("Instant");
  }

  @Test
  void everyValueTypeAndWireEnumOfTheModelIsListedOnce() throws Exception {
    Set<Class<?>> interfaces = new HashSet<>();
    Set<Class<?>> enums = new HashSet<>();
    for (String name : modelClassNames()) {
      Class<?> type = Class.forName("dev.partnerkit.model." + name);
      if (type.isEnum()) {
        enums.add(type);
      } else if (name.startsWith("Immutable")) {
        interfaces.add(Class.forName("dev.partnerkit.model." + name.substring(9)));
      }
    }

    assertThat(ModelTypes.IMPLEMENTATIONS.keySet()).isEqualTo(interfaces);
    ModelTypes.IMPLEMENTATIONS.forEach(
        (type, implementation) -> assertThat(type).isAssignableFrom(implementation));
    assertThat(new HashSet<>(ModelTypes.ENUMS)).hasSameSizeAs(ModelTypes.ENUMS).isEqualTo(enums);
  }

  private static Set<String> modelClassNames() throws IOException, URISyntaxException {
    Path model =
        Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/partnerkit/model");
    try (Stream<Path> files = Files.list(model)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .filter(name -> !name.equals("package-info"))
          .collect(Collectors.toSet());
    }
  }

  private static String customerJson() {
    return GoldenValues.all().stream()
        .filter(g -> g.type() == Customer.class)
        .findFirst()
        .orElseThrow()
        .json();
  }

  private static <T> T read2(String json, Class<T> type) {
    try {
      return JACKSON2.readValue(json, type);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
