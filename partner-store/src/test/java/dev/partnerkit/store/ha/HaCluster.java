package dev.partnerkit.store.ha;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The Patroni cluster {@code .ci/ha-cluster} started, as the properties file named by {@code
 * PARTNERKIT_TEST_HA} describes it: its multi-host JDBC URL, and for each node the Patroni REST
 * port that tells who leads and the data folder whose {@code postmaster.pid} names the server to
 * kill. The cluster's life (start, teardown) belongs to the script; this only looks and kills.
 */
final class HaCluster {
  static final String VARIABLE = "PARTNERKIT_TEST_HA";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String jdbcUrl;
  private final List<Node> nodes;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** One PostgreSQL server with its Patroni. */
  record Node(String name, int pgPort, int restPort, Path dataDir) {}

  /** One leader killed: which node, which postmaster, and when ({@link System#nanoTime()}). */
  record Kill(String node, long pid, long nanos) {}

  private HaCluster(String jdbcUrl, List<Node> nodes) {
    this.jdbcUrl = jdbcUrl;
    this.nodes = List.copyOf(nodes);
  }

  /** Returns the cluster named by the variable, or skips the test, saying how to run it. */
  static HaCluster fromEnvironment() throws IOException {
    String file = System.getenv(VARIABLE);
    assumeTrue(
        file != null && !file.isBlank(),
        "Failover test skipped: "
            + VARIABLE
            + " is not set. Run it on a Patroni cluster that .ci/ha-cluster starts and stops:"
            + " .ci/ha-cluster mvn -B -pl partner-store -am verify -Dtest=FailoverTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false (needs Debian's patroni, etcd-server and"
            + " postgresql packages, installed by the script as root; docs/reliability.md)");
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    List<Node> nodes = new ArrayList<>();
    for (String name : required(p, "nodes").split(",")) {
      nodes.add(
          new Node(
              name,
              Integer.parseInt(required(p, "node." + name + ".pg.port")),
              Integer.parseInt(required(p, "node." + name + ".rest.port")),
              Path.of(required(p, "node." + name + ".data"))));
    }
    return new HaCluster(required(p, "jdbc.url"), nodes);
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          VARIABLE
              + " names a file without '"
              + key
              + "'; expected the file .ci/ha-cluster writes");
    }
    return value.trim();
  }

  /** Returns the multi-host URL with {@code targetServerType=primary}, without a schema. */
  String jdbcUrl() {
    return jdbcUrl;
  }

  /**
   * Returns Patroni's view of the cluster ({@code GET /cluster}) from the first node that answers,
   * or empty while none does.
   */
  Optional<JsonNode> members() {
    for (Node node : nodes) {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + node.restPort() + "/cluster"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return Optional.of(JSON.readTree(response.body()).path("members"));
        }
      } catch (IOException e) {
        // That node's Patroni is busy or restarting; ask the next.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the leader's name when a failover could be survived without losing a commit now: a
   * running leader and a running synchronous standby (the one Patroni will promote).
   */
  Optional<String> leaderWithSyncStandby() {
    Optional<JsonNode> members = members();
    if (members.isEmpty()) {
      return Optional.empty();
    }
    String leader = null;
    boolean standby = false;
    for (JsonNode member : members.get()) {
      String role = member.path("role").asText();
      String state = member.path("state").asText();
      boolean up = "running".equals(state) || "streaming".equals(state);
      if ("leader".equals(role) && up) {
        leader = member.path("name").asText();
      } else if ("sync_standby".equals(role) && up) {
        standby = true;
      }
    }
    return standby ? Optional.ofNullable(leader) : Optional.empty();
  }

  /** Waits until {@link #leaderWithSyncStandby()} names a leader; fails after the timeout. */
  String awaitLeaderWithSyncStandby(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<String> leader = leaderWithSyncStandby();
      if (leader.isPresent()) {
        return leader.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no leader with a running synchronous standby after "
                + timeout
                + "; Patroni says: "
                + members().map(JsonNode::toString).orElse("(no node answers)"));
      }
      Thread.sleep(200);
    }
  }

  /**
   * Kills the named leader's postmaster with SIGKILL, as {@code kill -9} does: its backends then
   * die as they notice, and Patroni finds it gone. Returns empty, killing nothing, when the pid
   * file names no live postmaster of that node at this moment (Patroni is restarting it, or the pid
   * is stale): the caller asks again who leads.
   */
  Optional<Kill> kill(String leader) throws IOException {
    Node node = node(leader);
    Optional<Long> pid = postmaster(node);
    Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of);
    if (process.isEmpty()) {
      return Optional.empty();
    }
    long nanos = System.nanoTime();
    if (!process.get().destroyForcibly()) {
      throw new IllegalStateException("could not kill " + leader + "'s postmaster " + pid.get());
    }
    return Optional.of(new Kill(leader, pid.get(), nanos));
  }

  private Node node(String name) {
    return nodes.stream()
        .filter(n -> n.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no node named " + name));
  }

  /**
   * Returns the pid of the node's live postmaster, or empty when its pid file names none. The pid
   * file can outlive its server and pids are reused: only a process whose command line names this
   * data folder counts. /proc is read directly: a process that is exiting shows no command line.
   */
  private static Optional<Long> postmaster(Node node) throws IOException {
    List<String> pidFile;
    try {
      pidFile = Files.readAllLines(node.dataDir().resolve("postmaster.pid"));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (pidFile.isEmpty() || pidFile.get(0).isBlank()) {
      return Optional.empty();
    }
    long pid = Long.parseLong(pidFile.get(0).trim());
    try {
      String command =
          new String(
                  Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                  StandardCharsets.UTF_8)
              .replace('\0', ' ');
      return command.contains(node.dataDir().toString()) ? Optional.of(pid) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Waits until Patroni has dealt with the kill: a leader with a running synchronous standby that
   * is another node, or the killed node with a new postmaster (restarted in place). Right after a
   * kill Patroni still names the old leader for up to a loop, so the leader alone does not tell.
   */
  String awaitRecovered(Kill kill, Duration timeout) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<String> leader = leaderWithSyncStandby();
      if (leader.isPresent()
          && (!leader.get().equals(kill.node())
              || postmaster(node(kill.node())).filter(pid -> pid != kill.pid()).isPresent())) {
        return leader.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the cluster did not recover from "
                + kill
                + " in "
                + timeout
                + "; Patroni says: "
                + members().map(JsonNode::toString).orElse("(no node answers)"));
      }
      Thread.sleep(200);
    }
  }
}
