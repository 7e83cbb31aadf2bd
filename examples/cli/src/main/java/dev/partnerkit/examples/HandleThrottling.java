package dev.partnerkit.examples;

import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.RetryPolicy;
import dev.partnerkit.client.ThrottledException;
import dev.partnerkit.client.partnercenter.PcOffer;
import dev.partnerkit.testing.Fault;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxRequest;
import java.time.Duration;
import java.util.List;

/**
 * Example: what the client does when Partner Center throttles it (429 with {@code Retry-After}),
 * using the sandbox's injected faults. By default the client waits as asked and retries with the
 * same request id, so the caller sees only the answer; a caller that wants the decision itself
 * turns retries off and handles {@link ThrottledException}; a caller that cannot wait long caps the
 * wait it accepts.
 */
public final class HandleThrottling {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private HandleThrottling() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws InterruptedException when interrupted while waiting out a throttle
   */
  public static void main(String[] args) throws InterruptedException {
    try (PartnerSandbox sandbox = PartnerSandbox.builder().start()) {
      // 1. The default retry policy: the next two calls are throttled, the client waits and
      // retries.
      PartnerClient client = sandbox.client(Samples.NORTHWIND.getId());
      sandbox.faults().failNext("/partnercenter/", 2, Fault.throttle(ONE_SECOND));
      List<PcOffer> offers = client.offers().list("US");
      System.out.println("default policy: " + offers.size() + " offers after these attempts:");
      for (SandboxRequest request : sandbox.requests()) {
        System.out.println(
            "  "
                + request.status()
                + " request id "
                + request.requestId().orElse("none")
                + request.fault().map(f -> " (injected " + f + ")").orElse(""));
      }

      // 2. Retries off: the caller gets ThrottledException with the server's Retry-After and
      // decides itself, here by waiting once and trying again.
      try (PartnerClient impatient =
          sandbox
              .clientBuilder(Samples.NORTHWIND.getId())
              .retryPolicy(RetryPolicy.none())
              .build()) {
        sandbox.faults().failNext("/partnercenter/", 1, Fault.throttle(ONE_SECOND));
        try {
          impatient.offers().list("US");
        } catch (ThrottledException e) {
          Duration wait = e.getRetryAfter().orElse(ONE_SECOND);
          System.out.println("no retries: throttled, the server asks to wait " + wait);
          Thread.sleep(wait.toMillis());
          System.out.println("after waiting: " + impatient.offers().list("US").size() + " offers");
        }
      }

      // 3. A cap on the wait: a server asking for longer than the caller accepts is not waited for.
      RetryPolicy brief = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(5)).build();
      try (PartnerClient hurried =
          sandbox.clientBuilder(Samples.NORTHWIND.getId()).retryPolicy(brief).build()) {
        sandbox.faults().failNext("/partnercenter/", 1, Fault.throttle(Duration.ofSeconds(30)));
        try {
          hurried.offers().list("US");
        } catch (ThrottledException e) {
          System.out.println(
              "capped at 5 s: gave up at once, the server asked for "
                  + e.getRetryAfter().map(Duration::toString).orElse("nothing"));
        }
      }
    }
  }
}
