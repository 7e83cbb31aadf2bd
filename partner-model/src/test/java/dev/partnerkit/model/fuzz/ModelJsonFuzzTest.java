package dev.partnerkit.model.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.AccessAssignmentId;
import dev.partnerkit.model.AccessAssignmentStatus;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerAgreement;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantId;
import dev.partnerkit.model.GrantStatus;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.MarketplaceListing;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.OrderId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.SeatBatch;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.ServiceRequestId;
import dev.partnerkit.model.ServiceRequestStatus;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.model.validation.ModelValidator;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@link PartnerJson#fromJson(String, Class)} for every model type: whatever the bytes, the
 * only exception that may escape is a {@link JsonException} whose message names a JSON path and
 * stays short, and a value that decodes must encode and decode again to an equal value and must
 * survive {@link ModelValidator#validate(Object)}.
 *
 * <p>An input is {@code <simple type name>\n<JSON>}; a first line that names no model type picks
 * one by its hash, so that every input exercises some type. {@code mvn test} runs the corpus under
 * {@code src/test/resources/dev/partnerkit/model/fuzz/ModelJsonFuzzTestInputs/} (seeded from the
 * golden files); {@code JAZZER_FUZZ=1} fuzzes for real (see docs/hostile-inputs.md).
 */
class ModelJsonFuzzTest {
  /** Longest message a JsonException may have: the path, the expectation and a short excerpt. */
  static final int MAX_MESSAGE_LENGTH = 2_000;

  /** Every public model type that JSON can hold, by simple name, in a fixed order. */
  static final Map<String, Class<?>> TYPES = types();

  /** The same types as a list, for picking one by hash; the order never changes between runs. */
  private static final List<Class<?>> ORDERED = List.copyOf(TYPES.values());

  @DictionaryEntries({
    "\"-P1D\"",
    "\"P-1Y\"",
    "\"PT-0.000000001S\"",
    "\"+1000000000-12-31T23:59:59Z\"",
    "1e2147483647",
    "1E-999999999",
    "-0.0",
    "\"type\":\"purchaseOffer\"",
    "\"type\":\"trialInvitation\"",
    "\"unknownFutureValue\"",
    "\\u0000",
    "\\ud800"
  })
  @FuzzTest(maxDuration = "5m")
  void decodingAnyModelTypeFailsOnlyWithJsonException(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String name = newline < 0 ? text : text.substring(0, newline);
    String json = newline < 0 ? "" : text.substring(newline + 1);
    decodeAndCheck(json, pick(name));
  }

  /** Every public type in the model package is in {@link #TYPES}, so the fuzzer misses none. */
  @Test
  void everyPublicModelTypeIsFuzzed() throws IOException, URISyntaxException {
    Path modelClasses =
        Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/partnerkit/model");
    Set<String> publicTypes;
    try (Stream<Path> files = Files.list(modelClasses)) {
      publicTypes =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .filter(name -> !name.startsWith("Immutable") && !name.equals("package-info.class"))
              .map(name -> name.substring(0, name.length() - ".class".length()))
              .filter(ModelJsonFuzzTest::isPublicDataType)
              .collect(Collectors.toSet());
    }

    assertThat(TYPES.keySet()).containsExactlyInAnyOrderElementsOf(publicTypes);
  }

  /** The corpus holds a seed for every type, so each regression run decodes each type. */
  @Test
  void theSeedCorpusNamesEveryType() throws IOException, URISyntaxException {
    Path inputs =
        Path.of(
            getClass()
                .getResource(
                    "ModelJsonFuzzTestInputs/decodingAnyModelTypeFailsOnlyWithJsonException")
                .toURI());
    Set<String> seeded;
    try (Stream<Path> files = Files.list(inputs)) {
      seeded =
          files
              .map(ModelJsonFuzzTest::firstLine)
              .filter(TYPES::containsKey)
              .collect(Collectors.toSet());
    }

    assertThat(seeded).containsAll(TYPES.keySet());
  }

  static void decodeAndCheck(String json, Class<?> type) {
    Object value;
    try {
      value = PartnerJson.fromJson(json, type);
    } catch (JsonException e) {
      assertThat(e.getMessage())
          .startsWith("Invalid JSON for " + type.getSimpleName() + " at $")
          .hasSizeLessThan(MAX_MESSAGE_LENGTH);
      assertThat(e.getPath()).startsWith("$");
      return;
    }
    assertThat(value).isInstanceOf(type);
    assertThat(ModelValidator.validate(value)).isNotNull();
    assertThat(value.toString()).isNotNull();
    String encoded = PartnerJson.toJson(value);
    assertThat(PartnerJson.fromJson(encoded, type)).as("re-decoded %s", encoded).isEqualTo(value);
  }

  static Class<?> pick(String name) {
    Class<?> named = TYPES.get(name.strip());
    if (named != null) {
      return named;
    }
    return ORDERED.get(Math.floorMod(name.hashCode(), ORDERED.size()));
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

  private static boolean isPublicDataType(String simpleName) {
    try {
      Class<?> type = Class.forName("dev.partnerkit.model." + simpleName);
      // TextId is the identifiers' shared base, never decoded itself; each identifier is.
      return Modifier.isPublic(type.getModifiers())
          && !type.isAnnotation()
          && (type.isInterface() || !Modifier.isAbstract(type.getModifiers()));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Class<?>> types() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    for (Class<?> type :
        List.of(
            // Value types and the offer union
            Address.class,
            Contact.class,
            CompanyProfile.class,
            Customer.class,
            ProgramEnrollment.class,
            Partner.class,
            TrialTerms.class,
            Service.class,
            ServiceCatalog.class,
            OfferLine.class,
            Money.class,
            Offer.class,
            TrialInvitation.class,
            PurchaseOffer.class,
            DelegatedAdminInvitation.class,
            ResellerInvitation.class,
            DelegationGrant.class,
            PartnerOfRecord.class,
            Subscription.class,
            SeatBatch.class,
            ScheduledChange.class,
            CustomerAgreement.class,
            ServiceRequest.class,
            MarketplaceListing.class,
            AccessAssignment.class,
            GranularRelationship.class,
            // Identifiers
            AccessAssignmentId.class,
            CustomerId.class,
            GrantId.class,
            InvitationId.class,
            MpnId.class,
            OrderId.class,
            PartnerId.class,
            RelationshipId.class,
            Role.class,
            ServiceId.class,
            ServiceRequestId.class,
            SubscriptionId.class,
            // Wire enums
            AccessAssignmentStatus.class,
            AdminTask.class,
            BillingCycle.class,
            Cloud.class,
            GrantStatus.class,
            OfferStatus.class,
            Program.class,
            RelationshipStatus.class,
            ServiceRequestStatus.class,
            SubscriptionStatus.class,
            Term.class)) {
      types.put(type.getSimpleName(), type);
    }
    return Collections.unmodifiableMap(types);
  }
}
