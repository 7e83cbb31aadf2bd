package dev.partnerkit.examples;

import static dev.partnerkit.examples.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line itself, through the entry point {@code main} uses: help on every command, {@code
 * --version}, both spellings of an option's value, the store URL from the environment and the
 * completion script.
 */
class PartnerkitCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"tour", "scenario", "sandbox", "generate-completion", "help"})
  void everyCommandAnswersHelpWithItsUsageAndExitZero(String command) {
    for (String help : new String[] {"--help", "-h"}) {
      Run run = run(command, help);

      assertThat(run.status()).as(command + " " + help).isZero();
      assertThat(run.out()).contains("Usage: partnerkit " + command);
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void theTopLevelUsageNamesEveryCommandAndEveryOption() {
    Run run = run("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("partnerkit tour", "--json")
        .contains("partnerkit scenario", "--junit-xml=FILE", "FILE_OR_DIR...")
        .contains("partnerkit sandbox", "--port=N", "--seed=FILE", "--policy=POLICY")
        .contains("--journal=FILE", "--store=JDBC_URL")
        .contains("partnerkit generate-completion", "--version")
        .contains("Exit status: 0 success, 1 a check failed, 2 bad usage or input.");
    assertThat(run("help").out()).isEqualTo(run.out());
  }

  @Test
  void withoutACommandTheUsageGoesToStandardErrorWithExitTwo() {
    Run run = run();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Usage: partnerkit").contains("partnerkit sandbox");
  }

  @Test
  void anUnknownCommandOrOptionIsOneLineAndAHintWithExitTwo() {
    Run command = run("tuor");
    Run option = run("tour", "--loud");

    assertThat(command.status()).isEqualTo(2);
    assertThat(command.err())
        .startsWith("partnerkit: Unmatched argument at index 0: 'tuor'")
        .contains("Run 'partnerkit --help' for its options.");
    assertThat(option.status()).isEqualTo(2);
    assertThat(option.err())
        .startsWith("partnerkit tour: Unknown option: '--loud'")
        .contains("Run 'partnerkit tour --help' for its options.");
  }

  @Test
  void versionNamesPartnerkitOnEveryCommandAndExitsZero() {
    for (String[] args :
        new String[][] {{"--version"}, {"-V"}, {"tour", "--version"}, {"sandbox", "--version"}}) {
      Run run = run(args);

      assertThat(run.status()).isZero();
      // From target/classes there is no manifest; PartnerkitJarIT checks the jar's version.
      assertThat(run.out()).startsWith("partnerkit ").contains("Java " + Runtime.version());
    }
  }

  @Test
  void anOptionTakesItsValueAfterAnEqualsSignOrASpace() {
    Run equals = run("sandbox", "--port=70000");
    Run space = run("sandbox", "--port", "70000");
    Run policy = run("sandbox", "--policy=legacy");

    assertThat(equals).isEqualTo(space);
    assertThat(equals.status()).isEqualTo(2);
    assertThat(equals.err())
        .isEqualTo("partnerkit sandbox: --port takes 0 to 65535, but got 70000\n");
    assertThat(policy.err()).contains("--policy takes seed or modern, but got legacy");
  }

  @Test
  void theSandboxUsageRecommendsTheEnvironmentVariableForTheStoreUrl() {
    assertThat(run("sandbox", "--help").out())
        .contains("--store=JDBC_URL")
        .contains("Default: the " + SandboxCommand.STORE_URL_VARIABLE + " environment variable")
        .contains("(ps)");
  }

  @Test
  void theStoreUrlComesFromTheEnvironmentAndStaysRedacted(@TempDir Path dir) {
    String variable = SandboxCommand.STORE_URL_VARIABLE;
    Run wrongDatabase =
        run(Map.of(variable, "jdbc:mysql://portal:hunter2@db.example/portal"), "sandbox");
    Run withJournal =
        run(
            Map.of(variable, "jdbc:postgresql://127.0.0.1:1/portal?password=hunter2"),
            "sandbox",
            "--journal",
            dir.resolve("program.journal").toString());
    Run optionWins =
        run(Map.of(variable, "jdbc:mysql://db.example/portal"), "sandbox", "--store=jdbc:h2:mem:");

    assertThat(wrongDatabase.status()).isEqualTo(2);
    assertThat(wrongDatabase.err())
        .contains(variable + " takes a PostgreSQL JDBC URL")
        .contains("jdbc:mysql://...@db.example/portal")
        .doesNotContain("hunter2");
    assertThat(withJournal.status()).isEqualTo(2);
    assertThat(withJournal.err())
        .contains("--journal and " + variable + " are two places for one program")
        .doesNotContain("hunter2");
    assertThat(optionWins.err()).contains("--store takes").contains("jdbc:h2:mem:");
  }

  @Test
  void theCompletionScriptCoversEveryCommandOptionAndPolicy() {
    Run run = run("generate-completion");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("complete -F _complete_partnerkit")
        .contains("tour", "scenario", "sandbox")
        .contains("--junit-xml", "--journal", "--store", "--port")
        .contains("seed", "modern");
  }
}
