package dev.partnerkit.testing.sandbox;

import static dev.partnerkit.testing.sandbox.SandboxSharedAnswersTest.race;
import static dev.partnerkit.testing.sandbox.SandboxSharedAnswersTest.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.ConflictException;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.ImmutablePartner;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.store.journal.JournalStorage;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What holds across instances and restarts: sandboxes started together on one empty store all come
 * up, and what the program holds the facts for (a partner's invitations, a created customer's
 * maker, taken domains) is answered alike by every instance and after a restart. Over HTTP, on a
 * shared in-memory program, on PostgreSQL when {@code PARTNERKIT_TEST_JDBC_URL} is set, and on a
 * journal for restarts.
 */
class SandboxSharedStateTest {
  private static final PartnerId NORTHWIND = Samples.NORTHWIND.getId();
  private static final PartnerId ADATUM = Samples.ADATUM.getId();
  private static final CustomerId FABRIKAM = Samples.FABRIKAM.getId();

  @Test
  void sandboxesStartedTogetherOnAnEmptyStoreAllComeUp_inMemory() throws Exception {
    for (int trial = 0; trial < 5; trial++) {
      try (SharedStore store = SharedStore.memory()) {
        startTogether(store);
      }
    }
  }

  @Test
  void sandboxesStartedTogetherOnAnEmptyStoreAllComeUp_onPostgres() throws Exception {
    for (int trial = 0; trial < 5; trial++) {
      try (SharedStore store = SharedStore.postgres()) {
        startTogether(store);
      }
    }
  }

  @Test
  void aSeedRegisteredWithOtherDataIsAClearError() {
    try (SharedStore store = SharedStore.memory();
        PartnerSandbox first = start(store)) {
      ImmutablePartner renamed = ImmutablePartner.copyOf(Samples.NORTHWIND).withName("Northwind 2");

      assertThatThrownBy(
              () ->
                  PartnerSandbox.builder()
                      .programStore(store::open)
                      .partners(List.of(renamed))
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Partner northwind is registered in the program's store with other")
          .hasMessageContaining(
              "name is " + Samples.NORTHWIND.getName() + " in the store but Northwind 2");
      assertThat(first.program().partner(NORTHWIND).orElseThrow().getName())
          .isEqualTo(Samples.NORTHWIND.getName());
    }
  }

  @Test
  void invitationsSentThroughOneInstanceAreListedThroughTheOther_inMemory() {
    try (SharedStore store = SharedStore.memory()) {
      invitationsAcross(store);
    }
  }

  @Test
  void invitationsSentThroughOneInstanceAreListedThroughTheOther_onPostgres() {
    try (SharedStore store = SharedStore.postgres()) {
      invitationsAcross(store);
    }
  }

  @Test
  void aDomainTakenOnOneInstanceIsRefusedOnTheOther_inMemory() {
    try (SharedStore store = SharedStore.memory()) {
      domainsAcross(store);
    }
  }

  @Test
  void aDomainTakenOnOneInstanceIsRefusedOnTheOther_onPostgres() {
    try (SharedStore store = SharedStore.postgres()) {
      domainsAcross(store);
    }
  }

  @Test
  void twoPartnersRacingForOneDomainOnTwoInstancesMakeOneCustomer_inMemory() throws Exception {
    try (SharedStore store = SharedStore.memory()) {
      domainRace(store);
    }
  }

  @Test
  void twoPartnersRacingForOneDomainOnTwoInstancesMakeOneCustomer_onPostgres() throws Exception {
    try (SharedStore store = SharedStore.postgres()) {
      domainRace(store);
    }
  }

  @Test
  void twoPartnersRacingForOneDomainOnTwoInstancesMakeOneCustomer_modernInMemory()
      throws Exception {
    try (SharedStore store = SharedStore.memory(ProgramPolicy.modern())) {
      domainRace(store);
    }
  }

  @Test
  void twoPartnersRacingForOneDomainOnTwoInstancesMakeOneCustomer_modernOnPostgres()
      throws Exception {
    try (SharedStore store = SharedStore.postgres(ProgramPolicy.modern())) {
      domainRace(store);
    }
  }

  @Test
  void aCustomerCreatedThroughTheApiAnswersItsMakerAfterARestart(@TempDir Path dir) {
    Path journal = dir.resolve("program.journal");
    CustomerId created;
    try (PartnerSandbox before = onJournal(journal)) {
      created = create(before, NORTHWIND, "restarted");
    }
    try (PartnerSandbox after = onJournal(journal)) {
      assertThat(after.client(NORTHWIND).customers().get(created).id())
          .contains(created.toString());
      assertThat(after.client(NORTHWIND).customers().list())
          .anySatisfy(c -> assertThat(c.id()).contains(created.toString()));
      assertThatThrownBy(
              () ->
                  after
                      .client(NORTHWIND)
                      .customers()
                      .create(SandboxPartnerCenterTest.newCustomer("restarted")))
          .isInstanceOf(ConflictException.class);
    }
  }

  @Test
  void anEndedResellerRelationshipStaysEndedAfterARestart_modernPolicy(@TempDir Path dir) {
    Path journal = dir.resolve("program.journal");
    CustomerId created;
    try (PartnerSandbox before = onJournal(journal, ProgramPolicy.modern())) {
      created = create(before, NORTHWIND, "ended");
      before.client(NORTHWIND).customers().removeResellerRelationship(created);

      assertThat(before.program().customer(created).orElseThrow().resellers())
          .doesNotContain(NORTHWIND);
    }
    try (PartnerSandbox after = onJournal(journal, ProgramPolicy.modern())) {
      assertThatThrownBy(() -> after.client(NORTHWIND).customers().get(created))
          .isInstanceOf(dev.partnerkit.client.ForbiddenException.class);
      assertThat(after.client(NORTHWIND).customers().list())
          .noneSatisfy(c -> assertThat(c.id()).contains(created.toString()));
      // Ending it again is the rules' NCE-1 denial, answered with its rule id.
      assertThatThrownBy(
              () -> after.client(NORTHWIND).customers().removeResellerRelationship(created))
          .isInstanceOf(dev.partnerkit.client.PartnerApiException.class);
    }
  }

  private static void startTogether(SharedStore store) throws Exception {
    List<PartnerSandbox> started = race(3, i -> () -> start(store));
    try {
      for (PartnerSandbox sandbox : started) {
        assertThat(sandbox.isRunning()).isTrue();
        assertThat(sandbox.customer(FABRIKAM).delegatedAdmins()).isEmpty();
      }
      assertThat(started.get(0).program().partners()).hasSameSizeAs(Samples.partners());
      assertThat(started.get(0).program().customerCount()).isEqualTo(Samples.customers().size());
    } finally {
      started.forEach(PartnerSandbox::close);
    }
  }

  private static void invitationsAcross(SharedStore store) {
    try (PartnerSandbox a = start(store);
        PartnerSandbox b = start(store)) {
      InvitationId sent = a.partner(NORTHWIND).sendDelegatedAdminInvitation(FABRIKAM).getId();
      InvitationId trial =
          a.partner(NORTHWIND)
              .sendTrialInvitation(Samples.WINGTIP.getId(), List.of(Samples.EXCHANGE_ONLINE), false)
              .getId();
      InvitationId other = b.partner(ADATUM).sendDelegatedAdminInvitation(FABRIKAM).getId();

      assertThat(b.partner(NORTHWIND).invitations())
          .extracting(Offer::getId)
          .containsExactlyInAnyOrder(sent, trial);
      assertThat(b.partner(NORTHWIND).invitation(sent).getCustomer()).isEqualTo(FABRIKAM);
      assertThat(a.partner(ADATUM).invitations()).extracting(Offer::getId).containsExactly(other);
    }
  }

  /**
   * Northwind on one instance and Tailwind on the other create the same domain at once, 20 times:
   * each time one is created (201) and the other refused as taken (409), one customer holds the
   * domain, it records the partner that was answered 201 as its maker (under the modern policy also
   * its reseller), and only that partner sees it, on either instance.
   */
  private static void domainRace(SharedStore store) throws Exception {
    PartnerId tailwind = Samples.TAILWIND_CSP.getId();
    try (PartnerSandbox a = start(store);
        PartnerSandbox b = start(store)) {
      for (int round = 0; round < 20; round++) {
        String prefix = "race" + round;
        List<PartnerSandbox> sandboxes = List.of(a, b);
        List<PartnerId> partners = List.of(NORTHWIND, tailwind);
        List<Object> answers =
            race(
                2,
                i ->
                    () -> {
                      try {
                        return create(sandboxes.get(i), partners.get(i), prefix);
                      } catch (ConflictException e) {
                        return e;
                      }
                    });

        assertThat(answers).filteredOn(CustomerId.class::isInstance).hasSize(1);
        assertThat(answers).filteredOn(ConflictException.class::isInstance).hasSize(1);
        int winner = answers.get(0) instanceof CustomerId ? 0 : 1;
        CustomerId created = (CustomerId) answers.get(winner);
        String domain = prefix + ".onmicrosoft.com";
        assertThat(a.program().customerIds())
            .filteredOn(
                id ->
                    a.program()
                        .customer(id)
                        .orElseThrow()
                        .customer()
                        .getProfile()
                        .getDomain()
                        .equalsIgnoreCase(domain))
            .containsExactly(created);
        CustomerState state = a.program().customer(created).orElseThrow();
        assertThat(state.customer().getCreatedBy()).contains(partners.get(winner));
        if (a.program().policy().allowsNewCommerce()) {
          assertThat(state.resellers()).containsExactly(partners.get(winner));
        }
        // The maker, and only the maker, sees it as its customer.
        assertThat(sandboxes.get(1 - winner).client(partners.get(winner)).customers().get(created))
            .isNotNull();
        assertThatThrownBy(
                () ->
                    sandboxes.get(winner).client(partners.get(1 - winner)).customers().get(created))
            .isInstanceOf(dev.partnerkit.client.ForbiddenException.class);
      }
    }
  }

  private static void domainsAcross(SharedStore store) {
    try (PartnerSandbox a = start(store);
        PartnerSandbox b = start(store)) {
      CustomerId created = create(a, NORTHWIND, "shared");

      assertThatThrownBy(
              () ->
                  b.client(ADATUM)
                      .customers()
                      .create(SandboxPartnerCenterTest.newCustomer("shared")))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e ->
                  assertThat(e.getErrorDescription())
                      .hasValueSatisfying(d -> assertThat(d).contains("shared.onmicrosoft.com")));
      assertThatThrownBy(
              () ->
                  b.client(NORTHWIND)
                      .customers()
                      .create(SandboxPartnerCenterTest.newCustomer("SHARED")))
          .isInstanceOf(ConflictException.class);
      // The maker is known on the other instance too, and only the maker.
      assertThat(b.client(NORTHWIND).customers().get(created).id()).contains(created.toString());
      assertThatThrownBy(() -> b.client(ADATUM).customers().get(created))
          .isInstanceOf(dev.partnerkit.client.ForbiddenException.class);
      // A seeded customer's domain is taken too.
      String seeded = Samples.FABRIKAM.getProfile().getDomain();
      assertThatThrownBy(
              () ->
                  b.client(ADATUM)
                      .customers()
                      .create(
                          SandboxPartnerCenterTest.newCustomer(
                              seeded.substring(0, seeded.indexOf('.')))))
          .isInstanceOf(ConflictException.class);
    }
  }

  /** Creates a customer over Partner Center as the partner and returns its id. */
  static CustomerId create(PartnerSandbox sandbox, PartnerId partner, String prefix) {
    return CustomerId.parse(
        sandbox
            .client(partner)
            .customers()
            .create(SandboxPartnerCenterTest.newCustomer(prefix))
            .id()
            .orElseThrow());
  }

  /** Starts a sandbox on a journal, under the seed policy. */
  static PartnerSandbox onJournal(Path journal) {
    return onJournal(journal, ProgramPolicy.seed());
  }

  private static PartnerSandbox onJournal(Path journal, ProgramPolicy policy) {
    return PartnerSandbox.builder()
        .programStore(() -> JournalStorage.open(journal, Samples.catalog(), policy))
        .start();
  }
}
