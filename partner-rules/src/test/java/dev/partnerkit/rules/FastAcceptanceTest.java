package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link PartnerProgram#mayAcceptDelegatedAdmin} answers yes from the facts it keeps beside each
 * customer and partner ({@link AcceptanceFacts}) and asks {@link ProgramRules} otherwise; over
 * random action sequences, under each policy, its decision must always be the rules' own.
 */
class FastAcceptanceTest {
  private static final CustomerId UNKNOWN_CUSTOMER = CustomerId.fromName("nobody");
  private static final PartnerId UNKNOWN_PARTNER = PartnerId.of("nobody");

  /** The seed policy, with the global cloud closing 60 days in, so that CLOUD-3 comes into play. */
  private static ProgramPolicy closingPolicy() {
    Map<Cloud, CloudRules> clouds = new EnumMap<>(ProgramPolicy.seed().getClouds());
    CloudRules global = clouds.get(Cloud.GLOBAL);
    clouds.put(
        Cloud.GLOBAL,
        new CloudRules(
            global.capabilities(),
            global.missingCapabilityRule(),
            Optional.of(TestWorld.START.plus(Duration.ofDays(60)))));
    return ProgramPolicy.builder().from(ProgramPolicy.seed()).clouds(clouds).build();
  }

  @Test
  void theProgramsAnswerIsAlwaysTheRulesAnswer() {
    List<ProgramPolicy> policies =
        List.of(ProgramPolicy.seed(), ProgramPolicy.modern(), closingPolicy());
    int[] answers = new int[2];
    qt().withExamples(200)
        .forAll(lists().of(integers().all()).ofSizeBetween(1, 100), integers().between(0, 2))
        .checkAssert(
            (codes, which) -> {
              ProgramPolicy policy = policies.get(which);
              PartnerProgram program = ProgramPropertiesTest.newProgram(policy);
              Instant now = TestWorld.START;
              for (int code : codes) {
                ProgramPropertiesTest.Move move = ProgramPropertiesTest.decode(code);
                if (move.action().isPresent()) {
                  program.apply(move.action().get(), now);
                } else {
                  now = now.plus(move.advance());
                }
                assertAgreement(program, policy, now, answers);
              }
            });
    assertThat(answers[0]).as("answers no").isGreaterThan(1000);
    assertThat(answers[1]).as("answers yes, the fast path's").isGreaterThan(1000);
  }

  /** Asks every customer and partner pair, counting the rules' answers by allowed (0 or 1). */
  private static void assertAgreement(
      PartnerProgram program, ProgramPolicy policy, Instant now, int[] answers) {
    List<CustomerId> customers = new ArrayList<>(ProgramPropertiesTest.CUSTOMERS);
    customers.add(UNKNOWN_CUSTOMER);
    List<PartnerId> partners = new ArrayList<>(ProgramPropertiesTest.PARTNERS);
    partners.add(UNKNOWN_PARTNER);
    for (CustomerId customer : customers) {
      for (PartnerId partner : partners) {
        // Also a moment exactly on a boundary the partner's enrollments may have (start, end).
        for (Instant at : List.of(now, now.plusNanos(1), now.minusNanos(1))) {
          Decision rules =
              ProgramRules.mayAcceptDelegatedAdmin(program, customer, partner, at, policy);
          assertThat(program.mayAcceptDelegatedAdmin(customer, partner, at))
              .as("%s accepting %s at %s", customer, partner, at)
              .isEqualTo(rules);
          answers[rules.isAllowed() ? 1 : 0]++;
        }
      }
    }
  }
}
