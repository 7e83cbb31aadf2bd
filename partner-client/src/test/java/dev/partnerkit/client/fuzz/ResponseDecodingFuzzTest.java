package dev.partnerkit.client.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.arm.PartnerAdminLink;
import dev.partnerkit.client.arm.PartnerAdminLinkProperties;
import dev.partnerkit.client.graph.DelegatedAdminAccessAssignment;
import dev.partnerkit.client.graph.DelegatedAdminAccessContainer;
import dev.partnerkit.client.graph.DelegatedAdminAccessDetails;
import dev.partnerkit.client.graph.DelegatedAdminCustomer;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipCustomerParticipant;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipOperation;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipRequest;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipUpdate;
import dev.partnerkit.client.graph.DelegatedAdminServiceManagementDetail;
import dev.partnerkit.client.graph.NewAccessAssignment;
import dev.partnerkit.client.graph.NewDelegatedAdminRelationship;
import dev.partnerkit.client.graph.UnifiedRole;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.ErrorBody;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Response;
import dev.partnerkit.client.internal.RetryAfter;
import dev.partnerkit.client.partnercenter.PcAddress;
import dev.partnerkit.client.partnercenter.PcAgreement;
import dev.partnerkit.client.partnercenter.PcAgreementContact;
import dev.partnerkit.client.partnercenter.PcAgreementMetaData;
import dev.partnerkit.client.partnercenter.PcAvailability;
import dev.partnerkit.client.partnercenter.PcAvailabilityTerm;
import dev.partnerkit.client.partnercenter.PcBillingProfile;
import dev.partnerkit.client.partnercenter.PcCart;
import dev.partnerkit.client.partnercenter.PcCartCheckoutResult;
import dev.partnerkit.client.partnercenter.PcCartError;
import dev.partnerkit.client.partnercenter.PcCartLineItem;
import dev.partnerkit.client.partnercenter.PcCompanyProfile;
import dev.partnerkit.client.partnercenter.PcConversion;
import dev.partnerkit.client.partnercenter.PcConversionError;
import dev.partnerkit.client.partnercenter.PcConversionResult;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcInventoryCheckRequest;
import dev.partnerkit.client.partnercenter.PcInventoryItem;
import dev.partnerkit.client.partnercenter.PcInventoryRestriction;
import dev.partnerkit.client.partnercenter.PcInventoryTarget;
import dev.partnerkit.client.partnercenter.PcItemType;
import dev.partnerkit.client.partnercenter.PcKeyValue;
import dev.partnerkit.client.partnercenter.PcLegalBusinessProfile;
import dev.partnerkit.client.partnercenter.PcLink;
import dev.partnerkit.client.partnercenter.PcMpnProfile;
import dev.partnerkit.client.partnercenter.PcOffer;
import dev.partnerkit.client.partnercenter.PcOfferCategory;
import dev.partnerkit.client.partnercenter.PcOfferProduct;
import dev.partnerkit.client.partnercenter.PcOrder;
import dev.partnerkit.client.partnercenter.PcOrderError;
import dev.partnerkit.client.partnercenter.PcOrderLineItem;
import dev.partnerkit.client.partnercenter.PcPartnerRelationship;
import dev.partnerkit.client.partnercenter.PcPricingPolicy;
import dev.partnerkit.client.partnercenter.PcProduct;
import dev.partnerkit.client.partnercenter.PcPromotion;
import dev.partnerkit.client.partnercenter.PcPromotionEligibility;
import dev.partnerkit.client.partnercenter.PcPromotionEligibilityError;
import dev.partnerkit.client.partnercenter.PcPromotionEligibilityItem;
import dev.partnerkit.client.partnercenter.PcPromotionRequiredProduct;
import dev.partnerkit.client.partnercenter.PcPromotionTerm;
import dev.partnerkit.client.partnercenter.PcRefundOption;
import dev.partnerkit.client.partnercenter.PcRefundableQuantity;
import dev.partnerkit.client.partnercenter.PcRefundableQuantityDetail;
import dev.partnerkit.client.partnercenter.PcRelationshipRequest;
import dev.partnerkit.client.partnercenter.PcRenewalInstruction;
import dev.partnerkit.client.partnercenter.PcRenewalOption;
import dev.partnerkit.client.partnercenter.PcRenewsTo;
import dev.partnerkit.client.partnercenter.PcResourceAttributes;
import dev.partnerkit.client.partnercenter.PcScheduledNextTermInstructions;
import dev.partnerkit.client.partnercenter.PcScheduledProduct;
import dev.partnerkit.client.partnercenter.PcSku;
import dev.partnerkit.client.partnercenter.PcSkuDynamicAttributes;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.client.partnercenter.PcTargetSubscriptionEligibility;
import dev.partnerkit.client.partnercenter.PcTransition;
import dev.partnerkit.client.partnercenter.PcTransitionEligibility;
import dev.partnerkit.client.partnercenter.PcTransitionEligibilityDetail;
import dev.partnerkit.client.partnercenter.PcTransitionError;
import dev.partnerkit.client.partnercenter.PcTransitionEvent;
import dev.partnerkit.client.partnercenter.PcTransitionRequest;
import dev.partnerkit.client.partnercenter.PcTransitionType;
import dev.partnerkit.client.partnercenter.PcUserCredentials;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the client's response decoding: {@link HttpEngine#decode}, the function the engine runs on
 * every successful body, for every wire type and every paged collection the client reads, then the
 * wire types' mappings to the model ({@code toModel}, {@code partnerOfRecord}, {@code mpnId}),
 * their re-encoding as request bodies, the invitation link rewrite, and {@link ErrorBody} and
 * {@link RetryAfter} for error answers. The only exception that may escape is {@link
 * InvalidResponseException}, with a short message; mappings answer {@code Optional.empty()} for
 * what they cannot use and never throw.
 *
 * <p>An input is {@code <type key>\n<body>}, where the key is a wire type's simple name, a
 * collection such as {@code PcCollection<PcCustomer>}, {@code InvitationLink}, {@code Retry-After}
 * or {@code ErrorBody}; a first line that names nothing known picks a key by its hash. The corpus
 * under {@code src/test/resources/dev/partnerkit/client/fuzz/ResponseDecodingFuzzTestInputs/} holds
 * the project's own payloads ({@code src/test/resources/payloads}, same file names) and parts of
 * them ({@code derived-*}), each behind the key of the type it answers, and the inputs fuzzing
 * found; never Microsoft's examples themselves, which {@code NoCopiedExamplesTest} checks.
 */
class ResponseDecodingFuzzTest {
  /** Longest message an InvalidResponseException may have. */
  static final int MAX_MESSAGE_LENGTH = 2_500;

  /** The token the decoded answers pretend to answer; an input that echoes it must not leak it. */
  private static final AccessToken FUZZ_TOKEN = AccessToken.of("eyJ0eXAiOiJKV1QiLCJmdXp6Ijoi");

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** Every wire type, by simple name; request-only types too, since their JSON is the same. */
  static final List<Class<?>> WIRE_TYPES =
      List.of(
          PcAddress.class,
          PcAgreement.class,
          PcAgreementContact.class,
          PcAgreementMetaData.class,
          PcBillingProfile.class,
          PcCart.class,
          PcCartCheckoutResult.class,
          PcCartError.class,
          PcCartLineItem.class,
          PcCompanyProfile.class,
          PcConversion.class,
          PcConversionError.class,
          PcConversionResult.class,
          PcCustomer.class,
          PcMpnProfile.class,
          PcLegalBusinessProfile.class,
          PcItemType.class,
          PcKeyValue.class,
          PcLink.class,
          PcOffer.class,
          PcOfferCategory.class,
          PcOfferProduct.class,
          PcOrder.class,
          PcOrderError.class,
          PcOrderLineItem.class,
          PcPartnerRelationship.class,
          PcRefundOption.class,
          PcRefundableQuantity.class,
          PcRefundableQuantityDetail.class,
          PcRelationshipRequest.class,
          PcRenewsTo.class,
          PcResourceAttributes.class,
          PcScheduledNextTermInstructions.class,
          PcScheduledProduct.class,
          PcSubscription.class,
          PcUserCredentials.class,
          PcAvailability.class,
          PcAvailabilityTerm.class,
          PcInventoryCheckRequest.class,
          PcInventoryItem.class,
          PcInventoryRestriction.class,
          PcInventoryTarget.class,
          PcPricingPolicy.class,
          PcProduct.class,
          PcPromotion.class,
          PcPromotionEligibility.class,
          PcPromotionEligibilityError.class,
          PcPromotionEligibilityItem.class,
          PcPromotionRequiredProduct.class,
          PcPromotionTerm.class,
          PcRenewalInstruction.class,
          PcRenewalOption.class,
          PcSku.class,
          PcSkuDynamicAttributes.class,
          PcTargetSubscriptionEligibility.class,
          PcTransition.class,
          PcTransitionEligibility.class,
          PcTransitionEligibilityDetail.class,
          PcTransitionError.class,
          PcTransitionEvent.class,
          PcTransitionRequest.class,
          DelegatedAdminAccessAssignment.class,
          DelegatedAdminAccessContainer.class,
          DelegatedAdminAccessDetails.class,
          DelegatedAdminCustomer.class,
          DelegatedAdminRelationship.class,
          DelegatedAdminRelationshipCustomerParticipant.class,
          DelegatedAdminRelationshipRequest.class,
          DelegatedAdminRelationshipOperation.class,
          DelegatedAdminServiceManagementDetail.class,
          DelegatedAdminRelationshipUpdate.class,
          NewAccessAssignment.class,
          NewDelegatedAdminRelationship.class,
          UnifiedRole.class,
          PartnerAdminLink.class,
          PartnerAdminLinkProperties.class);

  /** The paged collections the client reads, as the operations build them. */
  private static final List<Class<?>> PC_PAGED =
      List.of(
          PcCustomer.class,
          PcOffer.class,
          PcOfferCategory.class,
          PcPartnerRelationship.class,
          PcSubscription.class,
          PcConversion.class,
          PcAgreement.class,
          PcAgreementMetaData.class,
          PcProduct.class,
          PcSku.class,
          PcAvailability.class,
          PcTransitionEligibility.class,
          PcTransition.class,
          PcPromotion.class,
          PcPromotionEligibilityItem.class,
          PcOrder.class);

  private static final List<Class<?>> GRAPH_PAGED =
      List.of(
          DelegatedAdminRelationship.class,
          DelegatedAdminAccessAssignment.class,
          DelegatedAdminCustomer.class,
          DelegatedAdminRelationshipRequest.class,
          DelegatedAdminRelationshipOperation.class,
          DelegatedAdminServiceManagementDetail.class);

  private static final Map<String, Target> TARGETS = targets();
  private static final List<Target> ORDERED = List.copyOf(TARGETS.values());

  @DictionaryEntries({
    "\"-P730D\"",
    "\"P-1Y\"",
    "\"P2147483647Y\"",
    "\"@odata.nextLink\":",
    "\"continuationToken\":",
    "\"\\r\\n\"",
    "\"url\":\"https://",
    "DAP=",
    "\"eyJ0eXAiOiJKV1QiLCJmdXp6Ijoi\"",
    "\"+1000000000-12-31T23:59:59Z\"",
    "2147483648",
    "1e400"
  })
  @FuzzTest(maxDuration = "5m")
  void decodingAnyResponseFailsOnlyWithInvalidResponseException(byte[] input) {
    int newline = indexOf(input, (byte) '\n');
    String key =
        new String(input, 0, newline < 0 ? input.length : newline, StandardCharsets.UTF_8).strip();
    byte[] body =
        newline < 0 ? new byte[0] : java.util.Arrays.copyOfRange(input, newline + 1, input.length);
    pick(key).run(body);
    errorBodyIsReadOrIgnored(body);
  }

  /**
   * Every public wire type (an Immutables interface or a record) of the three API packages is
   * fuzzed.
   */
  @Test
  void everyWireTypeIsFuzzed() throws IOException, URISyntaxException {
    Path root =
        Path.of(PcCustomer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> wireTypes = new java.util.TreeSet<>();
    for (String pkg : List.of("partnercenter", "graph", "arm")) {
      try (Stream<Path> files = Files.list(root.resolve("dev/partnerkit/client/" + pkg))) {
        files
            .map(f -> f.getFileName().toString())
            .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("Immutable"))
            .map(n -> "dev.partnerkit.client." + pkg + "." + n.replace(".class", ""))
            .map(ResponseDecodingFuzzTest::load)
            .filter(c -> Modifier.isPublic(c.getModifiers()))
            .filter(
                c ->
                    (c.isInterface() && c.isAnnotationPresent(JsonDeserialize.class))
                        || (c.isRecord() && c.isAnnotationPresent(JsonIgnoreProperties.class)))
            .forEach(c -> wireTypes.add(c.getSimpleName()));
      }
    }

    assertThat(WIRE_TYPES.stream().map(Class::getSimpleName))
        .containsExactlyInAnyOrderElementsOf(wireTypes);
  }

  /** The seed corpus exercises every decoding target at least once. */
  @Test
  void theSeedCorpusNamesEveryTarget() throws IOException, URISyntaxException {
    Path inputs =
        Path.of(
            getClass()
                .getResource(
                    "ResponseDecodingFuzzTestInputs/"
                        + "decodingAnyResponseFailsOnlyWithInvalidResponseException")
                .toURI());
    Set<String> seeded;
    try (Stream<Path> files = Files.list(inputs)) {
      seeded =
          files
              .map(ResponseDecodingFuzzTest::firstLine)
              .filter(TARGETS::containsKey)
              .collect(Collectors.toSet());
    }

    assertThat(seeded).containsAll(TARGETS.keySet());
  }

  static Target pick(String key) {
    Target named = TARGETS.get(key);
    return named != null ? named : ORDERED.get(Math.floorMod(key.hashCode(), ORDERED.size()));
  }

  private static final JavaType CUSTOMER_PAGE =
      Json.type(load("dev.partnerkit.client.partnercenter.PcCollection"), PcCustomer.class);

  /** One way to read a body: a type the engine decodes, or another reader of responses. */
  interface Target {
    void run(byte[] body);
  }

  private static Map<String, Target> targets() {
    Map<String, Target> targets = new LinkedHashMap<>();
    for (Class<?> type : WIRE_TYPES) {
      JavaType javaType = Json.type(type);
      targets.put(type.getSimpleName(), body -> decodeAndMap(audienceOf(type), javaType, body));
    }
    Class<?> pcCollection = load("dev.partnerkit.client.partnercenter.PcCollection");
    for (Class<?> item : PC_PAGED) {
      JavaType type = Json.type(pcCollection, item);
      targets.put(
          "PcCollection<" + item.getSimpleName() + ">",
          body -> decodeAndMap(Audience.PARTNER_CENTER, type, body));
    }
    Class<?> odata = load("dev.partnerkit.client.graph.ODataCollection");
    for (Class<?> item : GRAPH_PAGED) {
      JavaType type = Json.type(odata, item);
      targets.put(
          "ODataCollection<" + item.getSimpleName() + ">",
          body -> decodeAndMap(Audience.GRAPH, type, body));
    }
    targets.put("InvitationLink", ResponseDecodingFuzzTest::invitationLink);
    targets.put("Retry-After", ResponseDecodingFuzzTest::retryAfter);
    targets.put("ErrorBody", ResponseDecodingFuzzTest::errorBodyIsReadOrIgnored);
    return Collections.unmodifiableMap(targets);
  }

  private static void decodeAndMap(Audience audience, JavaType type, byte[] body) {
    Object value;
    try {
      value = decode(audience, type, body);
    } catch (InvalidResponseException e) {
      assertThat(e.getMessage())
          .hasSizeLessThan(MAX_MESSAGE_LENGTH)
          .contains("MS-RequestId fuzz")
          .doesNotContain(FUZZ_TOKEN.value());
      assertThat(e.getRequestId()).contains("fuzz");
      return;
    }
    assertThat(value).isNotNull();
    Object again = decode(audience, type, body);
    if (isCollection(value)) {
      assertThat(itemsOf(again)).as("decoding twice").isEqualTo(itemsOf(value));
    } else {
      assertThat(again).as("decoding twice").isEqualTo(value);
    }
    exercise(value);
  }

  private static Object decode(Audience audience, JavaType type, byte[] body) {
    Call call = Call.get(audience, "/fuzz");
    if (type.equals(CUSTOMER_PAGE)) {
      // As CustomerOperations reads a page of customers.
      call = call.inBulk();
    }
    Response response =
        new Response(
            200,
            HttpHeaders.of(Map.of(), (name, value) -> true),
            body,
            URI.create("https://127.0.0.1/fuzz"),
            "fuzz",
            "fuzz-correlation",
            FUZZ_TOKEN);
    return HttpEngine.decode(call, response, type);
  }

  /** Runs what callers run on a decoded value: mappings, toString, and re-encoding. */
  private static void exercise(Object value) {
    assertThat(value.toString()).isNotNull();
    if (!isCollection(value)) {
      assertThatCode(() -> HttpEngine.toJson(value)).doesNotThrowAnyException();
    }
    if (value instanceof PcCustomer c) {
      assertThat(c.toModel(Cloud.GLOBAL)).isNotNull();
      assertThat(c.toModel(Cloud.CHINA_21VIANET)).isNotNull();
    } else if (value instanceof PcSubscription s) {
      assertThat(s.toModel(CustomerId.fromName("fuzz"))).isNotNull();
      assertThat(s.toModel(CustomerId.fromName("fuzz"), java.time.Duration.ofHours(168)))
          .isNotNull();
      assertThat(s.partnerOfRecord()).isNotNull();
    } else if (value instanceof PcAgreement a) {
      assertThat(a.toModel(Optional.empty(), CLOCK.instant())).isNotNull();
    } else if (value instanceof PcOffer o) {
      assertThat(o.toModel()).isNotNull();
    } else if (value instanceof PcAvailability a) {
      assertThat(a.modelTerms()).isNotNull();
      a.getTerms().forEach(ResponseDecodingFuzzTest::exercise);
      assertThat(PcSku.builder().id("fuzz").build().toModel(a)).isNotNull();
    } else if (value instanceof PcAvailabilityTerm t) {
      assertThat(t.toModel()).isNotNull();
    } else if (value instanceof PcSku sku) {
      assertThat(sku.needsInventoryCheck()).isIn(true, false);
      assertThat(sku.toModel(PcAvailability.builder().id("fuzz").productId("p").skuId("s").build()))
          .isNotNull();
    } else if (value instanceof PcTransitionEligibility e) {
      assertThat(e.allows(PcTransitionType.TRANSITION_ONLY)).isIn(true, false);
    } else if (value instanceof PcOrder o) {
      o.getLineItems().forEach(ResponseDecodingFuzzTest::exercise);
    } else if (value instanceof PcOrderLineItem line) {
      assertThat(line.partnerOfRecord()).isNotNull();
    } else if (value instanceof PcCartCheckoutResult r) {
      r.getOrders().forEach(ResponseDecodingFuzzTest::exercise);
    } else if (value instanceof PcPartnerRelationship r) {
      assertThat(r.mpnId()).isNotNull();
    } else if (value instanceof PcLink link) {
      assertThat(link.header("MS-ContinuationToken")).isNotNull();
    } else if (value instanceof DelegatedAdminRelationship r) {
      assertThat(r.toModel(PartnerId.of("fuzz"), List.of())).isNotNull();
    } else if (value instanceof DelegatedAdminRelationshipOperation op) {
      op.accessAssignment().ifPresent(ResponseDecodingFuzzTest::exercise);
      op.relationship().ifPresent(ResponseDecodingFuzzTest::exercise);
    } else if (value instanceof PcMpnProfile profile) {
      assertThat(profile.toModel()).isNotNull();
    } else if (value instanceof DelegatedAdminAccessAssignment a) {
      assertThat(a.toModel()).isNotNull();
    } else if (value instanceof DelegatedAdminAccessDetails d) {
      assertThat(d.toModel()).isNotNull();
    } else if (value instanceof UnifiedRole role) {
      assertThat(role.toModel()).isNotNull();
    } else if (value instanceof PartnerAdminLink link) {
      assertThat(link.toModel()).isNotNull();
      assertThat(link.mpnId()).isNotNull();
    } else if (isCollection(value)) {
      for (Object item : itemsOf(value)) {
        exercise(item);
      }
      try {
        assertThat(nextOf(value)).isNotNull();
      } catch (InvalidResponseException e) {
        assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE_LENGTH);
      }
    }
  }

  /** The invitation link the client builds from a relationship request. */
  private static void invitationLink(byte[] body) {
    PcRelationshipRequest request;
    try {
      request =
          (PcRelationshipRequest)
              decode(Audience.PARTNER_CENTER, Json.type(PcRelationshipRequest.class), body);
    } catch (InvalidResponseException e) {
      return;
    }
    for (boolean delegatedAdmin : new boolean[] {true, false}) {
      try {
        URI link = (URI) invoke(invitationLinks(), null, request, delegatedAdmin);
        assertThat(link.getScheme().toLowerCase(java.util.Locale.ROOT)).isIn("http", "https");
        assertThat(link.getHost()).isNotNull();
        assertThat(link.getRawQuery().split("&"))
            .filteredOn(p -> p.toUpperCase(java.util.Locale.ROOT).startsWith("DAP="))
            .containsExactly("DAP=" + delegatedAdmin);
      } catch (InvalidResponseException e) {
        assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE_LENGTH);
      }
    }
  }

  private static void retryAfter(byte[] body) {
    String header = new String(body, StandardCharsets.UTF_8);
    Optional<Duration> wait = RetryAfter.parse(header, CLOCK);
    wait.ifPresent(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ZERO));
  }

  private static void errorBodyIsReadOrIgnored(byte[] body) {
    ErrorBody error = ErrorBody.parse(body).redact(FUZZ_TOKEN);
    assertThat(String.valueOf(error.code()) + error.description())
        .doesNotContain(FUZZ_TOKEN.value().substring(0, 8));
    if (error.code() != null) {
      assertThat(error.code().length()).isLessThanOrEqualTo(131);
    }
    if (error.description() != null) {
      assertThat(error.description().length()).isLessThanOrEqualTo(1027);
      assertThat(error.description().chars().noneMatch(Character::isISOControl)).isTrue();
    }
  }

  private static Audience audienceOf(Class<?> type) {
    String pkg = type.getPackageName();
    if (pkg.endsWith(".graph")) {
      return Audience.GRAPH;
    }
    return pkg.endsWith(".arm") ? Audience.AZURE_RESOURCE_MANAGER : Audience.PARTNER_CENTER;
  }

  private static boolean isCollection(Object value) {
    return value.getClass().getSimpleName().endsWith("Collection");
  }

  private static Collection<?> itemsOf(Object collection) {
    String accessor = collection.getClass().getSimpleName().startsWith("Pc") ? "items" : "value";
    return (Collection<?>) invoke(method(collection.getClass(), accessor), collection);
  }

  private static Object nextOf(Object collection) {
    String accessor =
        collection.getClass().getSimpleName().startsWith("Pc") ? "nextToken" : "nextLink";
    return invoke(method(collection.getClass(), accessor), collection);
  }

  private static Method invitationLinks() {
    return method(
        load("dev.partnerkit.client.partnercenter.InvitationLinks"),
        "withDelegatedAdmin",
        PcRelationshipRequest.class,
        boolean.class);
  }

  /**
   * Calls a package-private method of the client, rethrowing what it threw: the collections and the
   * link rewrite are not API, and a fuzz test must see exactly what they throw.
   */
  private static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      Method method = type.getDeclaredMethod(name, parameters);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("the client no longer has " + type + "." + name, e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the client no longer has " + name, e);
    }
  }

  private static int indexOf(byte[] input, byte b) {
    for (int i = 0; i < input.length; i++) {
      if (input[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static String firstLine(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int newline = text.indexOf('\n');
      return newline < 0 ? text : text.substring(0, newline);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
