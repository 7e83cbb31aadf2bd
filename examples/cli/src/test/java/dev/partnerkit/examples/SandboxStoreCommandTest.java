package dev.partnerkit.examples;

import static dev.partnerkit.examples.SandboxCommandTest.serve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.partnerkit.examples.SandboxCommandTest.Run;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.store.jdbc.JdbcUrlDataSource;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code partnerkit sandbox --journal FILE} and {@code --store jdbc:postgresql:...}: the program
 * outlives the process, and sandboxes on one database serve one program. The PostgreSQL test is
 * skipped unless {@code PARTNERKIT_TEST_JDBC_URL} names a server (.ci/run starts one).
 */
class SandboxStoreCommandTest {
  private static final CustomerId FABRIKAM = Samples.FABRIKAM.getId();

  @Test
  void aJournalKeepsTheProgramAcrossRestarts(@TempDir Path dir) throws IOException {
    Path journal = dir.resolve("program.journal");
    AtomicReference<Offer> sent = new AtomicReference<>();
    List<String> tokens = new ArrayList<>();

    Run first =
        serve(
            List.of("--journal", journal.toString()),
            sandbox -> {
              tokens.add(sandbox.partnerToken(Samples.NORTHWIND.getId()));
              tokens.add(sandbox.customerToken(FABRIKAM));
              sandbox.clock().advance(Duration.ofDays(30));
              Offer trial =
                  sandbox
                      .partner(Samples.NORTHWIND.getId())
                      .sendTrialInvitation(FABRIKAM, List.of(Samples.EXCHANGE_ONLINE), true);
              sent.set(sandbox.customer(FABRIKAM).accept(trial.getId()));
            });
    AtomicReference<Set<PartnerId>> admins = new AtomicReference<>();
    AtomicReference<SandboxException> refused = new AtomicReference<>();
    Run second =
        serve(
            List.of("--journal", journal.toString()),
            sandbox -> {
              tokens.add(sandbox.partnerToken(Samples.ADATUM.getId()));
              admins.set(sandbox.customer(FABRIKAM).delegatedAdmins());
              Offer rival =
                  sandbox.partner(Samples.ADATUM.getId()).sendDelegatedAdminInvitation(FABRIKAM);
              try {
                sandbox.customer(FABRIKAM).accept(rival.getId());
              } catch (SandboxException e) {
                refused.set(e);
              }
            });

    assertThat(first.status()).isZero();
    assertThat(first.out()).contains("Program state in journal " + journal.toAbsolutePath());
    assertThat(sent.get().getStatus()).isEqualTo(OfferStatus.ACCEPTED);
    assertThat(second.status()).isZero();
    // The second run's clock resumes at the first run's last event, 30 days after the seed's start.
    assertThat(second.out())
        .containsPattern("Clock starts at 2026-01-31T00:00:\\d\\d(\\.\\d+)?Z and ticks");
    assertThat(admins.get()).containsExactly(Samples.NORTHWIND.getId());
    assertThat(refused.get()).isNotNull();
    assertThat(refused.get().getRuleIds()).contains("DA-2");
    // The bearer tokens the calls carried are the sandbox's secrets: none reaches the journal.
    String written = Files.readString(journal, StandardCharsets.UTF_8);
    assertThat(written).contains(FABRIKAM.toString());
    assertThat(tokens).hasSize(3).allSatisfy(token -> assertThat(written).doesNotContain(token));
  }

  @Test
  void twoSandboxesOnOneDatabaseServeOneProgram() throws SQLException {
    String url = System.getenv("PARTNERKIT_TEST_JDBC_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "sandbox --store skipped: set PARTNERKIT_TEST_JDBC_URL to a PostgreSQL JDBC URL"
            + " (.ci/run starts a throwaway server and sets it)");
    String schema = "pk_sandbox_" + UUID.randomUUID().toString().replace("-", "");
    execute(url, "CREATE SCHEMA " + schema);
    String storeUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try {
      AtomicReference<Run> inner = new AtomicReference<>();
      AtomicReference<Set<PartnerId>> seenByFirst = new AtomicReference<>();
      AtomicReference<SandboxException> refused = new AtomicReference<>();
      Run outer =
          serve(
              List.of("--store", storeUrl),
              first ->
                  inner.set(
                      serve(
                          List.of("--store", storeUrl),
                          second -> {
                            // Sent through one sandbox, accepted through the other.
                            Offer trial =
                                first
                                    .partner(Samples.NORTHWIND.getId())
                                    .sendTrialInvitation(
                                        FABRIKAM, List.of(Samples.EXCHANGE_ONLINE), true);
                            second.customer(FABRIKAM).accept(trial.getId());
                            seenByFirst.set(first.customer(FABRIKAM).delegatedAdmins());
                            Offer rival =
                                second
                                    .partner(Samples.ADATUM.getId())
                                    .sendDelegatedAdminInvitation(FABRIKAM);
                            try {
                              first.customer(FABRIKAM).accept(rival.getId());
                            } catch (SandboxException e) {
                              refused.set(e);
                            }
                          })));

      assertThat(outer.status()).as(outer.err()).isZero();
      assertThat(inner.get().status()).as(inner.get().err()).isZero();
      assertThat(outer.out()).contains("Program state in PostgreSQL jdbc:postgresql://");
      assertThat(outer.out()).doesNotContain("currentSchema");
      assertThat(seenByFirst.get()).containsExactly(Samples.NORTHWIND.getId());
      assertThat(refused.get()).isNotNull();
      assertThat(refused.get().getRuleIds()).contains("DA-2");
    } finally {
      execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void badStoreArgumentsExitTwoWithoutLeakingAPassword(@TempDir Path dir) {
    Run both =
        serve(
            List.of("--journal", dir.resolve("j").toString(), "--store", "jdbc:postgresql://x/y"),
            s -> {});
    Run notJdbc = serve(List.of("--store", "postgres://user:hunter2@db/portal"), s -> {});
    Run unreachable =
        serve(
            List.of(
                "--store",
                "jdbc:postgresql://127.0.0.1:1/portal?password=hunter2&connectTimeout=2"),
            s -> {});
    Run noFolder =
        serve(List.of("--journal", dir.resolve("missing/program.journal").toString()), s -> {});

    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("--journal and --store");
    assertThat(notJdbc.status()).isEqualTo(2);
    assertThat(notJdbc.err())
        .contains("--store takes a PostgreSQL JDBC URL")
        .doesNotContain("hunter2");
    assertThat(unreachable.status()).isEqualTo(2);
    assertThat(unreachable.err()).contains("partnerkit sandbox: ").doesNotContain("hunter2");
    assertThat(noFolder.status()).isEqualTo(2);
    assertThat(noFolder.err()).contains("program.journal");
  }

  @Test
  void redactionDropsUserInformationAndTheQuery() {
    assertThat(JdbcUrlDataSource.redact("jdbc:postgresql://me:secret@db:5432/portal?password=x"))
        .isEqualTo("jdbc:postgresql://...@db:5432/portal?...");
    assertThatThrownBy(() -> JdbcUrlDataSource.redact(null))
        .isInstanceOf(NullPointerException.class);
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = JdbcUrlDataSource.of(url).getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
