package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ELIG-4: Cloud Accelerate needs an active Cloud Essentials enrollment, to enroll and to certify; a
 * partner holding Cloud Accelerate alone is not certified through it, whether it held it alone from
 * the start or Cloud Essentials lapsed or was withdrawn.
 */
class CloudAccelerateTest {
  private static final Instant T = TestWorld.START;
  private static final PartnerId LITWARE = PartnerId.of("litware");
  private static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");

  /** A signed partner enrolled from {@code T}, Cloud Essentials ending at {@code essentialsEnd}. */
  private static Partner partner(Optional<Instant> essentialsEnd, boolean essentials) {
    var b =
        Partner.builder()
            .id(LITWARE)
            .name("Litware")
            .agreementSigned(true)
            .addEnrollment(ProgramEnrollment.of(Program.CLOUD_ACCELERATE, T));
    if (essentials) {
      b.addEnrollment(
          ProgramEnrollment.builder()
              .program(Program.CLOUD_ESSENTIALS)
              .start(T)
              .end(essentialsEnd)
              .build());
    }
    return b.build();
  }

  @Test
  void cloudAccelerateAloneFromTheStartDoesNotCertify() {
    assertThat(ProgramRules.isCertified(partner(Optional.empty(), false), T, ProgramPolicy.seed()))
        .isFalse();
  }

  @Test
  void cloudAccelerateCertifiesOnlyWhileCloudEssentialsIsActive() {
    Instant lapse = T.plus(Duration.ofDays(100));
    Partner partner = partner(Optional.of(lapse), true);

    assertThat(ProgramRules.isCertified(partner, lapse.minusNanos(1), ProgramPolicy.seed()))
        .isTrue();
    assertThat(ProgramRules.isCertified(partner, lapse, ProgramPolicy.seed())).isFalse();
    assertThat(
            ProgramRules.isCertified(partner, lapse.plus(Duration.ofDays(1)), ProgramPolicy.seed()))
        .isFalse();
  }

  @Test
  void cloudAccelerateCertifiesBesideCloudEssentialsUnderAPolicyWhereOnlyItQualifies() {
    // A policy whose table lists Cloud Accelerate and not Cloud Essentials shows that Cloud
    // Accelerate itself certifies while Cloud Essentials is active, and only then.
    ProgramPolicy accelerateOnly =
        ProgramPolicy.builder()
            .from(ProgramPolicy.seed())
            .qualifyingPrograms(java.util.EnumSet.of(Program.CLOUD_ACCELERATE))
            .build();
    Instant lapse = T.plus(Duration.ofDays(10));
    Partner partner = partner(Optional.of(lapse), true);

    qt().forAll(integers().between(0, 20))
        .checkAssert(
            day -> {
              Instant at = T.plus(Duration.ofDays(day));
              assertThat(ProgramRules.isCertified(partner, at, accelerateOnly))
                  .as("day %s", day)
                  .isEqualTo(at.isBefore(lapse));
            });
  }

  @Test
  void withdrawingCloudEssentialsEndsCertificationAndTheDenialSaysWhy() {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
    program.apply(
        new Action.RegisterPartner(
            TestWorld.partner(
                "litware", Cloud.GLOBAL, Program.CLOUD_ESSENTIALS, Program.CLOUD_ACCELERATE)),
        T);
    program.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
    InvitationId d1 = InvitationId.of("d1");
    assertThat(
            program
                .apply(new Action.SendDelegatedAdminInvitation(d1, LITWARE, FABRIKAM), T)
                .isAllowed())
        .isTrue();

    assertThat(program.apply(new Action.Withdraw(LITWARE, Program.CLOUD_ESSENTIALS), T).isAllowed())
        .isTrue();

    assertThat(
            program
                .apply(
                    new Action.SendDelegatedAdminInvitation(
                        InvitationId.of("d2"), LITWARE, FABRIKAM),
                    T)
                .decision()
                .getRuleIds())
        .containsExactly("ELIG-1", "ELIG-2", "ELIG-4");
    Decision accept = program.apply(new Action.Accept(d1, Actor.customer(FABRIKAM)), T).decision();
    assertThat(accept.getRuleIds()).containsExactly("ELIG-5", "ELIG-4");
    assertThat(accept.getReasons().get(1).partner()).contains(LITWARE);
    assertThat(accept.getReasons().get(1).invitation()).contains(d1);
    assertThat(
            ProgramRules.mayAcceptDelegatedAdmin(program, FABRIKAM, LITWARE, T, program.policy())
                .getRuleIds())
        .containsExactly("ELIG-5", "ELIG-4");
  }

  @Test
  void anUncertifiedPartnerWithoutCloudAccelerateIsNotToldAboutIt() {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
    program.apply(new Action.RegisterPartner(TestWorld.partner("litware", Cloud.GLOBAL)), T);
    program.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);

    assertThat(
            program
                .apply(
                    new Action.SendDelegatedAdminInvitation(
                        InvitationId.of("d1"), LITWARE, FABRIKAM),
                    T)
                .decision()
                .getRuleIds())
        .containsExactly("ELIG-1", "ELIG-2");
  }

  @Test
  void enrollingInCloudAccelerateStillNeedsCloudEssentials() {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
    program.apply(new Action.RegisterPartner(TestWorld.partner("litware", Cloud.GLOBAL)), T);

    assertThat(
            program
                .apply(new Action.Enroll(LITWARE, Program.CLOUD_ACCELERATE), T)
                .decision()
                .getRuleIds())
        .containsExactly("ELIG-4");
    program.apply(new Action.Enroll(LITWARE, Program.CLOUD_ESSENTIALS), T);
    assertThat(program.apply(new Action.Enroll(LITWARE, Program.CLOUD_ACCELERATE), T).isAllowed())
        .isTrue();
  }
}
