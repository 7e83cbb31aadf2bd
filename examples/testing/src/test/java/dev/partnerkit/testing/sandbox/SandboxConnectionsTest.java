package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sandbox's connection model: stalled clients do not starve the others, and answers on a
 * kept-alive connection do not wait for the client's delayed ACK (TCP_NODELAY).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxConnectionsTest {
  private PartnerSandbox sandbox;
  private String token;

  @BeforeAll
  void start() {
    sandbox = PartnerSandbox.builder().start();
    token = sandbox.partnerToken(Samples.NORTHWIND.getId());
  }

  @AfterAll
  void stop() {
    sandbox.close();
  }

  @Test
  void fortyConnectionsThatEachSentOneByteDoNotStopAnotherClient() throws IOException {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        Socket socket = new Socket("127.0.0.1", sandbox.baseUri().getPort());
        socket.getOutputStream().write('G');
        socket.getOutputStream().flush();
        stalled.add(socket);
      }
      // A liveness guard, not a speed target: starved, the request was never answered at all.
      RawHttp.Answer answer =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30),
              () ->
                  RawHttp.get(
                      URI.create(sandbox.partnerCenterUri() + "/v1/customers?size=1"), token));

      assertThat(answer.status()).isEqualTo(200);
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  @Test
  void theServerSendsWithoutWaitingForDelayedAcks() {
    // Without TCP_NODELAY each kept-alive answer's second segment waits for the client's delayed
    // ACK, about 40 ms on Linux. The JDK's server reads the switch once, when its first server is
    // made, so the sandbox sets it before that; the time it saves is measured in
    // docs/performance.md, not here, since timings on a shared machine prove nothing.
    assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
  }
}
