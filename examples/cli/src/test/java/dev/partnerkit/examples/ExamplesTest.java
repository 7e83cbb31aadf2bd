package dev.partnerkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every example's {@code main} and checks what it printed. */
class ExamplesTest {
  /** Runs a main method and returns what it printed to standard output. */
  static String output(ThrowingMain main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    synchronized (ExamplesTest.class) {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      try {
        main.run();
      } finally {
        System.setOut(original);
      }
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** A main method that may throw. */
  interface ThrowingMain {
    void run() throws Exception;
  }

  @Test
  void buildAndValidatePartner() throws Exception {
    String out = output(() -> BuildAndValidatePartner.main(new String[0]));
    assertThat(out)
        .contains("read back equal: true")
        .contains("violation: name: must not be blank (NotBlank)")
        .contains("requireValid: Invalid Partner (1 violation)")
        .contains(
            "bad JSON: Invalid JSON for Partner at $.mpnId: MpnId must be 1 to 10 decimal digits");
  }

  @Test
  void evaluateOffer() throws Exception {
    String out = output(() -> EvaluateOffer.main(new String[0]));
    assertThat(out)
        .contains("offer-1 is denied by [OFFER-4, OFFER-6, OFFER-7, ELIG-1, ELIG-2]")
        .contains(
            "OFFER-4: The line for TEAMS_ESSENTIALS has 500 licenses; the service takes 1 to 300.")
        .contains("offer-2 is allowed");
  }

  @Test
  void runScenario() throws Exception {
    String out = output(() -> RunScenario.main(new String[0]));
    assertThat(out).contains("PASS first-customer.json").endsWith("1 passed, 0 failed\n");
  }

  @Test
  void callSandboxWithClient() throws Exception {
    String out = output(() -> CallSandboxWithClient.main(new String[0]));
    assertThat(out)
        .contains("sandbox at http://127.0.0.1:")
        .contains("customer " + Samples.FABRIKAM.getId() + " is Fabrikam")
        .containsPattern("  subscription .+: \\d+ licenses, ")
        .contains("Wingtip is not Northwind's customer: HTTP 403, error code 10003");
  }

  @Test
  void pageThroughCustomers() throws Exception {
    String out = output(() -> PageThroughCustomers.main(new String[0]));
    assertThat(out)
        .contains("page 1: 100 customers, more to come")
        .contains("page 2: 100 customers, more to come")
        .contains("page 3: 50 customers, the last")
        .contains("250 customers in 3 pages")
        .contains("the first three, in 1 request: [")
        .endsWith("streamed 250 customers\n");
  }

  @Test
  void handleThrottling() throws Exception {
    String out = output(() -> HandleThrottling.main(new String[0]));
    assertThat(out)
        .containsPattern("default policy: \\d+ offers after these attempts:")
        .containsPattern(
            "(?s)  429 request id (\\S+) \\(injected THROTTLE\\)\\n  429 request id \\1 .*\\n  200 request id \\1\\n")
        .contains("no retries: throttled, the server asks to wait PT1S")
        .containsPattern("after waiting: \\d+ offers")
        .contains("capped at 5 s: gave up at once, the server asked for PT30S");
  }
}
