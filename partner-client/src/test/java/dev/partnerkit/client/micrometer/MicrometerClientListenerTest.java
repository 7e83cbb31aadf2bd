package dev.partnerkit.client.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.LoopbackServer;
import dev.partnerkit.client.LoopbackServer.Answer;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.RetryPolicy;
import dev.partnerkit.client.ServerErrorException;
import dev.partnerkit.client.TokenProvider;
import dev.partnerkit.model.CustomerId;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MicrometerClientListenerTest {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("11111111-2222-3333-4444-555555555555");
  private static final String OPERATION = "GET /v1/customers/{id}/relationships";

  private static PartnerClient client(LoopbackServer server, SimpleMeterRegistry registry) {
    return PartnerClient.builder()
        .partnerCenterBaseUri(server.uri("/pc"))
        .tokenProvider(TokenProvider.fixed("t"))
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(3)
                .initialBackoff(Duration.ofMillis(5))
                .maxBackoff(Duration.ofMillis(20))
                .build())
        .listener(new MicrometerClientListener(registry))
        .build();
  }

  @Test
  void throttlingServerErrorsAndSuccess_becomeTimersAndCountersByOperation() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (LoopbackServer server =
            new LoopbackServer(Answer.of(200, "{\"items\":[]}"))
                .then(
                    Answer.of(429, "").withHeader("Retry-After", "0"),
                    Answer.of(503, ""),
                    Answer.of(200, "{\"items\":[]}"),
                    // the second call succeeds at once; the third meets three 503s and gives up
                    Answer.of(200, "{\"items\":[]}"),
                    Answer.of(503, ""),
                    Answer.of(503, ""),
                    Answer.of(503, ""));
        PartnerClient client = client(server, registry)) {
      client.customers().partnerRelationships(CUSTOMER);
      client.customers().partnerRelationships(CUSTOMER);
      assertThatThrownBy(() -> client.customers().partnerRelationships(CUSTOMER))
          .isInstanceOf(ServerErrorException.class);
    }

    Timer success =
        registry
            .get(MicrometerClientListener.CALLS)
            .tags("api", "PARTNER_CENTER", "operation", OPERATION, "outcome", "SUCCESS")
            .tag("status", "200")
            .timer();
    assertThat(success.count()).isEqualTo(2);
    assertThat(
            registry
                .get(MicrometerClientListener.CALLS)
                .tags("operation", OPERATION, "outcome", "SERVER_ERROR", "status", "503")
                .timer()
                .count())
        .isEqualTo(1);

    assertThat(attempts(registry, "429")).isEqualTo(1);
    assertThat(attempts(registry, "503")).isEqualTo(4);
    assertThat(attempts(registry, "200")).isEqualTo(2);

    assertThat(retries(registry, "THROTTLED")).isEqualTo(1);
    assertThat(retries(registry, "SERVER_ERROR")).isEqualTo(3);

    assertThat(
            registry
                .get(MicrometerClientListener.THROTTLED)
                .tags("operation", OPERATION, "retried", "true")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(MicrometerClientListener.THROTTLE_WAIT)
                .tags("operation", OPERATION)
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.find(MicrometerClientListener.DEADLINES).counter()).isNull();
  }

  @Test
  void aPassedDeadline_isCounted() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (LoopbackServer server =
            new LoopbackServer(Answer.of(200, "{\"items\":[]}").after(Duration.ofSeconds(2)));
        PartnerClient client =
            PartnerClient.builder()
                .partnerCenterBaseUri(server.uri("/pc"))
                .tokenProvider(TokenProvider.fixed("t"))
                .deadline(Duration.ofMillis(200))
                .listener(new MicrometerClientListener(registry))
                .build()) {
      assertThatThrownBy(() -> client.customers().partnerRelationships(CUSTOMER))
          .isInstanceOf(dev.partnerkit.client.DeadlineExceededException.class);
    }
    assertThat(
            registry
                .get(MicrometerClientListener.DEADLINES)
                .tags("api", "PARTNER_CENTER", "operation", OPERATION)
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(MicrometerClientListener.CALLS)
                .tags("outcome", "DEADLINE_EXCEEDED", "status", "NONE")
                .timer()
                .count())
        .isEqualTo(1);
  }

  private static long attempts(SimpleMeterRegistry registry, String status) {
    return registry
        .get(MicrometerClientListener.ATTEMPTS)
        .tags("operation", OPERATION, "status", status)
        .timer()
        .count();
  }

  private static double retries(SimpleMeterRegistry registry, String reason) {
    return registry
        .get(MicrometerClientListener.RETRIES)
        .tags("operation", OPERATION, "reason", reason)
        .counter()
        .count();
  }
}
