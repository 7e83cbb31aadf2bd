package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * REG-1, the library's own rule: each partner and each customer is registered once, under its own
 * id. Scenario files declare their parties instead of registering them, so the conformance suite
 * cannot exercise this rule; these tests do, for the in-memory program.
 */
class RegistrationTest {
  private static final Instant T = TestWorld.START;
  private static final PartnerId NORTHWIND = PartnerId.of("northwind");
  private static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");

  @Test
  void aPartnerIsRegisteredOnceAndASecondRegistrationCitesReg1Only() {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
    Partner northwind = TestWorld.partner("northwind", Cloud.GLOBAL, Program.CLOUD_ESSENTIALS);

    assertThat(program.apply(new Action.RegisterPartner(northwind), T).isAllowed()).isTrue();
    Decision again = program.apply(new Action.RegisterPartner(northwind), T).decision();

    assertThat(again.getRuleIds()).containsExactly("REG-1");
    assertThat(again.getReasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.partner()).contains(NORTHWIND);
              assertThat(r)
                  .hasToString(
                      "REG-1 partner northwind: A partner with id northwind is already registered;"
                          + " register each partner once.");
            });
  }

  @Test
  void aCustomerIsRegisteredOnceAndASecondRegistrationCitesReg1Only() {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());

    assertThat(
            program
                .apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T)
                .isAllowed())
        .isTrue();
    Decision again =
        program
            .apply(
                new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.CHINA_21VIANET)),
                T)
            .decision();

    assertThat(again.getRuleIds()).containsExactly("REG-1");
    assertThat(again.getReasons())
        .singleElement()
        .satisfies(r -> assertThat(r.customer()).contains(FABRIKAM));
    assertThat(program.customer(FABRIKAM).orElseThrow().customer().getCloud())
        .isEqualTo(Cloud.GLOBAL);
  }

  @Test
  void theRulesDecideRegistrationTheSameWayForEveryStore() {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
    Partner northwind = TestWorld.partner("northwind", Cloud.GLOBAL);
    program.apply(new Action.RegisterPartner(northwind), T);
    program.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);

    assertThat(
            ProgramRules.decide(
                    program, new Action.RegisterPartner(northwind), T, ProgramPolicy.seed())
                .getReasons())
        .containsExactly(Messages.alreadyRegistered(NORTHWIND));
    assertThat(
            ProgramRules.decide(
                    program,
                    new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)),
                    T,
                    ProgramPolicy.seed())
                .getReasons())
        .containsExactly(Messages.alreadyRegistered(FABRIKAM));
  }

  @Test
  void aNewPartnerWithEnrollmentsButNoAgreementIsStillDeniedWithElig3() {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
    Partner unsigned =
        Partner.builder()
            .from(TestWorld.partner("litware", Cloud.GLOBAL, Program.CLOUD_ESSENTIALS))
            .agreementSigned(false)
            .build();

    assertThat(program.apply(new Action.RegisterPartner(unsigned), T).decision().getRuleIds())
        .containsExactly("ELIG-3");
  }

  @Test
  void reg1IsAnEngineRuleOfTheLibrarysOwn() {
    assertThat(Rule.byId("REG-1")).contains(Rule.REG_1);
    assertThat(Rule.REG_1.isEnforcedByEngine()).isTrue();
    assertThat(Rule.REG_1.getStatement()).contains("the library's own rule");
  }

  @Test
  void theCustomerCountCountsEachRegisteredCustomerOnce() {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
    assertThat(program.customerCount()).isZero();
    program.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
    program.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
    program.apply(new Action.RegisterCustomer(TestWorld.customer("wingtip", Cloud.GLOBAL)), T);

    assertThat(program.customerCount()).isEqualTo(2).isEqualTo(program.customerIds().size());
  }
}
