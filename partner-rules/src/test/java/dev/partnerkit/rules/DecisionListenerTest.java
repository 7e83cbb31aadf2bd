package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.Program;
import dev.partnerkit.rules.micrometer.MicrometerDecisionListener;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DecisionListenerTest {
  private static final Instant T = TestWorld.START;
  private static final Partner NORTHWIND =
      TestWorld.partner("northwind", Cloud.GLOBAL, Program.CLOUD_ESSENTIALS);

  /** Records what it hears as short lines. */
  static final class Recorder implements DecisionListener {
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public void applying(Action action, Instant now) {
      heard.add("applying " + action.kind().getWireName());
    }

    @Override
    public void decided(DecisionEvent event) {
      heard.add(
          (event.isAllowed() ? "allowed " : "denied ")
              + event.kind().getWireName()
              + " "
              + event.ruleIds());
    }

    @Override
    public void failed(Action action, RuntimeException error) {
      heard.add("failed " + action.kind().getWireName() + " " + error.getMessage());
    }
  }

  /** Throws from every method. */
  static final class Throwing implements DecisionListener {
    @Override
    public void applying(Action action, Instant now) {
      throw new IllegalStateException("listener broke");
    }

    @Override
    public void decided(DecisionEvent event) {
      throw new IllegalStateException("listener broke");
    }
  }

  @Test
  void eachActionIsHeardWithItsVerbOutcomeAndRuleIds() {
    Recorder recorder = new Recorder();
    PartnerProgram program =
        PartnerProgram.builder().catalog(TestWorld.CATALOG).listener(recorder).build();

    program.apply(new Action.RegisterPartner(NORTHWIND), T);
    program.apply(new Action.RegisterPartner(NORTHWIND), T);
    program.decide(new Action.RegisterPartner(NORTHWIND), T);

    assertThat(recorder.heard)
        .containsExactly(
            "applying registerPartner",
            "allowed registerPartner []",
            "applying registerPartner",
            "denied registerPartner [REG-1]");
  }

  @Test
  void aThrowingListenerChangesNothing_andTheNextStillHears() {
    Recorder recorder = new Recorder();
    PartnerProgram program =
        PartnerProgram.builder()
            .catalog(TestWorld.CATALOG)
            .listener(new Throwing())
            .listener(DecisionListener.composite(List.of(new Throwing(), recorder)))
            .build();

    assertThat(program.apply(new Action.RegisterPartner(NORTHWIND), T).isAllowed()).isTrue();
    assertThat(program.partners()).hasSize(1);
    assertThat(recorder.heard)
        .containsExactly("applying registerPartner", "allowed registerPartner []");
  }

  @Test
  void aStorageFailureIsHeard_andStillReachesTheCaller() {
    Recorder recorder = new Recorder();
    PartnerProgram program =
        PartnerProgram.builder()
            .catalog(TestWorld.CATALOG)
            .eventSink(
                event -> {
                  throw new IllegalStateException("journal full");
                })
            .listener(recorder)
            .build();

    assertThatThrownBy(() -> program.apply(new Action.RegisterPartner(NORTHWIND), T))
        .hasMessage("journal full");
    assertThat(recorder.heard)
        .containsExactly("applying registerPartner", "failed registerPartner journal full");
  }

  @Test
  void replayedEventsAreNotHeard() {
    PartnerProgram original = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
    original.apply(new Action.RegisterPartner(NORTHWIND), T);
    Recorder recorder = new Recorder();

    PartnerProgram rebuilt =
        PartnerProgram.builder()
            .catalog(TestWorld.CATALOG)
            .replaying(original.events())
            .listener(recorder)
            .build();

    assertThat(rebuilt.partners()).hasSize(1);
    assertThat(recorder.heard).isEmpty();
    rebuilt.apply(new Action.RegisterPartner(NORTHWIND), T);
    assertThat(recorder.heard).hasSize(2);
  }

  @Test
  void micrometerCountsDecisionsByVerbOutcomeAndRule_andTimesApply() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    PartnerProgram program =
        PartnerProgram.builder()
            .catalog(TestWorld.CATALOG)
            .listener(new MicrometerDecisionListener(registry))
            .build();

    program.apply(new Action.RegisterPartner(NORTHWIND), T);
    program.apply(new Action.RegisterPartner(NORTHWIND), T);
    program.apply(new Action.RegisterPartner(NORTHWIND), T);

    assertThat(
            registry
                .get(MicrometerDecisionListener.DECISIONS)
                .tags("verb", "registerPartner", "outcome", "allowed")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(MicrometerDecisionListener.DECISIONS)
                .tags("verb", "registerPartner", "outcome", "denied")
                .counter()
                .count())
        .isEqualTo(2);
    assertThat(
            registry
                .get(MicrometerDecisionListener.DENIALS)
                .tags("verb", "registerPartner", "rule", "REG-1")
                .counter()
                .count())
        .isEqualTo(2);
    assertThat(
            registry
                .get(MicrometerDecisionListener.APPLY)
                .tags("verb", "registerPartner", "outcome", "denied")
                .timer()
                .count())
        .isEqualTo(2);
    assertThat(
            registry
                .get(MicrometerDecisionListener.APPLY)
                .tags("verb", "registerPartner", "outcome", "allowed")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void micrometerTimesAFailedApplyAsFailed() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    PartnerProgram program =
        PartnerProgram.builder()
            .catalog(TestWorld.CATALOG)
            .eventSink(
                event -> {
                  throw new IllegalStateException("journal full");
                })
            .listener(new MicrometerDecisionListener(registry))
            .build();

    assertThatThrownBy(() -> program.apply(new Action.RegisterPartner(NORTHWIND), T))
        .isInstanceOf(IllegalStateException.class);
    assertThat(
            registry
                .get(MicrometerDecisionListener.APPLY)
                .tags("verb", "registerPartner", "outcome", "failed")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.find(MicrometerDecisionListener.DECISIONS).counter()).isNull();
  }
}
