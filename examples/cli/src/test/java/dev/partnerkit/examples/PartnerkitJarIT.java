package dev.partnerkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The executable jar as a user runs it ({@code java -jar partnerkit.jar ...}), after {@code
 * package}: its version from the manifest, help, and the store URL from the real environment.
 */
class PartnerkitJarIT {
  private static final Path JAR = Path.of(System.getProperty("partnerkit.jar"));

  /** What one run of the jar printed and returned. */
  private static Run java(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove(SandboxCommand.STORE_URL_VARIABLE);
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("partnerkit-out", ".txt");
    Path err = Files.createTempFile("partnerkit-err", ".txt");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("partnerkit " + List.of(args) + " did not finish in 60 seconds");
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void versionComesFromTheJarsManifest() throws Exception {
    Run run = java(Map.of(), "--version");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("partnerkit " + System.getProperty("partnerkit.version") + "\n");
  }

  @Test
  void everyCommandAnswersHelpWithExitZero() throws Exception {
    for (String command : new String[] {"tour", "scenario", "sandbox"}) {
      Run run = java(Map.of(), command, "--help");

      assertThat(run.status()).as(command).isZero();
      assertThat(run.out()).startsWith("Usage: partnerkit " + command);
    }
  }

  @Test
  void theSandboxReadsTheStoreUrlFromTheEnvironment() throws Exception {
    Run run =
        java(
            Map.of(SandboxCommand.STORE_URL_VARIABLE, "jdbc:mysql://portal:hunter2@db/portal"),
            "sandbox",
            "--port=0");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "partnerkit sandbox: "
                + SandboxCommand.STORE_URL_VARIABLE
                + " takes a PostgreSQL JDBC URL such as"
                + " jdbc:postgresql://127.0.0.1:5432/portal?user=portal, but got"
                + " jdbc:mysql://...@db/portal\n");
  }
}
