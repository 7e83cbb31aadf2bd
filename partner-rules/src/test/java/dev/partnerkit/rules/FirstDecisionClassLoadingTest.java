package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The first decision of a fresh JVM loads no listener class when no listener is set: a portal's
 * start-up should not pay for observing it does not do. Checked in a JVM of its own, whose class
 * loading is logged.
 */
class FirstDecisionClassLoadingTest {
  /** Makes a program and applies one action, as a portal's first request would. */
  public static final class FirstDecision {
    private FirstDecision() {}

    /**
     * Applies one action.
     *
     * @param args unused
     */
    public static void main(String[] args) {
      PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
      Outcome outcome =
          program.apply(
              new Action.RegisterPartner(
                  TestWorld.partner("northwind", Cloud.GLOBAL, Program.CLOUD_ESSENTIALS)),
              TestWorld.START);
      if (!outcome.isAllowed()) {
        throw new IllegalStateException(outcome.toString());
      }
    }
  }

  @Test
  void withoutAListener_noListenerClassIsLoaded() throws IOException, InterruptedException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info",
                "-cp",
                classPath,
                FirstDecision.class.getName())
            .redirectErrorStream(true)
            .start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = new String(output, StandardCharsets.UTF_8).lines().toList();
    assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(lines).anyMatch(line -> line.contains(" dev.partnerkit.rules.PartnerProgram "));
    assertThat(lines)
        .noneMatch(
            line ->
                line.contains("dev.partnerkit.rules.DecisionListener")
                    || line.contains("dev.partnerkit.rules.DecisionEvent")
                    || line.contains("dev.partnerkit.rules.CompositeDecisionListener"));
  }
}
