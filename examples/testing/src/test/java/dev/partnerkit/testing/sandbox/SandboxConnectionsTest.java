package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
      long started = System.nanoTime();

      RawHttp.Answer answer =
          RawHttp.get(URI.create(sandbox.partnerCenterUri() + "/v1/customers?size=1"), token);

      assertThat(answer.status()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  @Test
  void keptAliveSequentialRequestsAreNotHeldByDelayedAcks() throws IOException {
    // One connection, requests written one after the other: without TCP_NODELAY each answer's
    // second segment waits for the client's delayed ACK, about 40 ms on Linux.
    String request =
        "GET /partnercenter/v1/customers?size=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Authorization: Bearer "
            + token
            + "\r\n\r\n";
    long[] millis = new long[50];
    try (Socket socket = new Socket("127.0.0.1", sandbox.baseUri().getPort())) {
      socket.setSoTimeout(10_000);
      // The client side leaves Nagle on, as clients do: the stall comes from the server's side.
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      for (int i = -5; i < millis.length; i++) {
        long started = System.nanoTime();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        readAnswer(in);
        if (i >= 0) {
          millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
      }
    }
    Arrays.sort(millis);

    assertThat(millis[millis.length / 2])
        .as("median ms of %s", Arrays.toString(millis))
        .isLessThan(20);
  }

  /** Reads one answer with a Content-Length body, leaving the connection at the next answer. */
  private static void readAnswer(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the connection closed in an answer's head: " + head);
      }
      head.append((char) b);
    }
    assertThat(head.toString()).startsWith("HTTP/1.1 200");
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    in.readNBytes(length);
  }
}
