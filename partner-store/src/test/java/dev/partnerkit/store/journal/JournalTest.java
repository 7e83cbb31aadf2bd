package dev.partnerkit.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramSnapshot;
import dev.partnerkit.rules.Target;
import dev.partnerkit.store.EventCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JournalTest {
  @TempDir Path dir;

  private PartnerProgram open(Path file) {
    return JournalStorage.open(file, JournalWorld.CATALOG, ProgramPolicy.seed());
  }

  /** Registers the world and applies random actions; returns the live program's events. */
  private static List<Event> fill(PartnerProgram program, long seed, int actions) {
    for (Action registration : JournalWorld.registrations()) {
      assertThat(program.apply(registration, JournalWorld.START).isAllowed()).isTrue();
    }
    JournalWorld world = new JournalWorld(new SplittableRandom(seed), "t", JournalWorld.START);
    for (int i = 0; i < actions; i++) {
      program.apply(world.next(), world.now());
    }
    return program.events();
  }

  @Test
  void aNewJournalHoldsOnlyTheHeader() throws Exception {
    Path file = dir.resolve("new.journal");
    try (PartnerProgram program = open(file)) {
      assertThat(JournalWorld.journal(program).recovery())
          .isEqualTo(new JournalRecovery(true, 0, JournalReader.HEADER.length() + 1, 0));
      assertThat(program.lastSequence()).isZero();
    }
    assertThat(Files.readString(file))
        .isEqualTo("{\"format\":\"partnerkit-journal\",\"version\":2}\n");
  }

  @Test
  void reopeningRebuildsTheSameStateAndContinuesTheSequence() {
    Path file = dir.resolve("program.journal");
    List<Event> written;
    ProgramSnapshot state;
    try (PartnerProgram program = open(file)) {
      written = fill(program, 1, 600);
      state = program.snapshot();
    }
    assertThat(written.size()).isGreaterThan(JournalWorld.PARTNERS + JournalWorld.CUSTOMERS + 100);
    try (PartnerProgram program = open(file)) {
      assertThat(JournalWorld.journal(program).recoveredEvents()).isEqualTo(written);
      assertThat(JournalWorld.journal(program).recovery().created()).isFalse();
      assertThat(JournalWorld.journal(program).recovery().droppedTornLine()).isFalse();
      assertThat(program.snapshot()).isEqualTo(state);
      assertThat(program.lastSequence()).isEqualTo(written.size());
      CustomerId c = JournalWorld.customerId(0);
      Outcome outcome =
          program.apply(
              new Action.SubmitServiceRequest(c, Actor.customer(c), "after reopening"),
              Instant.parse("2027-01-01T00:00:00Z"));
      assertThat(outcome.event().orElseThrow().sequence()).isEqualTo(written.size() + 1L);
    }
    try (PartnerProgram program = open(file)) {
      assertThat(program.lastSequence()).isEqualTo(written.size() + 1L);
    }
  }

  @Test
  void registrationsKeepWholePartnerAndCustomerValues() {
    Partner partner =
        Partner.builder()
            .id(PartnerId.of("contoso"))
            .name("Contoso \"Cloud\" Services — Zürich")
            .mpnId(MpnId.of("1234567"))
            .cloud(Cloud.GLOBAL)
            .agreementSigned(true)
            .addEnrollment(
                ProgramEnrollment.builder()
                    .program(Program.CLOUD_ESSENTIALS)
                    .start(Instant.parse("2024-01-01T00:00:00Z"))
                    .end(Instant.parse("2025-01-01T00:00:00Z"))
                    .build())
            .addEnrollment(
                ProgramEnrollment.of(
                    Program.CLOUD_ACCELERATE, Instant.parse("2025-02-01T00:00:00Z")))
            .authorizedServices(JournalWorld.CATALOG.byId().keySet())
            .build();
    Customer customer =
        Customer.builder()
            .id(CustomerId.fromName("fabrikam"))
            .cloud(Cloud.CHINA_21VIANET)
            .profile(
                CompanyProfile.builder()
                    .companyName("Fabrikam 有限公司")
                    .domain("fabrikam.partner.onmschina.cn")
                    .address(
                        Address.builder()
                            .addressLine1("1 Century Ave")
                            .addressLine2("Floor 9\tEast")
                            .city("Shanghai")
                            .state("SH")
                            .postalCode("200120")
                            .country("CN")
                            .build())
                    .contact(
                        Contact.builder()
                            .firstName("Li")
                            .lastName("Wei")
                            .email("li.wei@fabrikam.example")
                            .phoneNumber("+86 21 5555 0100")
                            .build())
                    .build())
            .build();
    Path file = dir.resolve("registrations.journal");
    try (PartnerProgram program = open(file)) {
      assertThat(program.apply(new Action.RegisterPartner(partner), JournalWorld.START).isAllowed())
          .isTrue();
      assertThat(
              program.apply(new Action.RegisterCustomer(customer), JournalWorld.START).isAllowed())
          .isTrue();
    }
    try (PartnerProgram program = open(file)) {
      assertThat(program.partner(partner.getId())).contains(partner);
      assertThat(program.customer(customer.getId()).orElseThrow().customer()).isEqualTo(customer);
    }
  }

  @Test
  void theCodecRoundTripsRegistrations() {
    for (Action registration : JournalWorld.registrations()) {
      Event event = new Event(7, JournalWorld.START, registration);
      String line = EventCodec.encode(event);
      assertThat(line).doesNotContain("\n");
      assertThat(EventCodec.decode(line)).isEqualTo(event);
    }
  }

  @Test
  void eachLineIsTheEventWithAChecksumThatTheCodecReadsAsTheEvent() throws Exception {
    Path file = dir.resolve("lines.journal");
    List<Event> written;
    try (PartnerProgram program = open(file)) {
      written = fill(program, 2, 50);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(JournalReader.HEADER);
    List<Event> read = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      assertThat(line).matches(".*,\"crc32\":\"[0-9a-f]{8}\"}");
      read.add(EventCodec.decode(line));
    }
    assertThat(read).isEqualTo(written);
  }

  @Test
  void aSecondOpenIsRefusedUntilTheFirstIsClosed() {
    Path file = dir.resolve("locked.journal");
    try (PartnerProgram first = open(file)) {
      assertThatThrownBy(() -> open(file))
          .isInstanceOf(JournalException.class)
          .hasMessageContaining("is in use")
          .hasMessageContaining(file.getFileName().toString());
      assertThat(first.apply(JournalWorld.registrations().get(0), JournalWorld.START).isAllowed())
          .isTrue();
    }
    try (PartnerProgram again = open(file)) {
      assertThat(again.lastSequence()).isEqualTo(1);
    }
  }

  @Test
  void actionsAfterCloseAreRefusedAndChangeNothing() {
    Path file = dir.resolve("closed.journal");
    PartnerProgram program = open(file);
    fill(program, 3, 20);
    program.close();
    ProgramSnapshot before = program.snapshot();
    List<Event> events = program.events();
    CustomerId c = JournalWorld.customerId(1);
    assertThatThrownBy(
            () ->
                program.apply(
                    new Action.SendDelegatedAdminInvitation(
                        InvitationId.of("late"), JournalWorld.partnerId(0), c),
                    JournalWorld.START))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("closed");
    assertThat(program.snapshot()).isEqualTo(before);
    assertThat(program.events()).isEqualTo(events);
    assertThat(program.lastSequence()).as("no refused event counts").isEqualTo(events.size());
    program.close();
    try (PartnerProgram reopened = open(file)) {
      assertThat(JournalWorld.journal(reopened).recoveredEvents()).isEqualTo(events);
    }
  }

  @Test
  void anInterruptedAppenderStillWaitsForItsForceAndKeepsItsInterrupt() {
    Path file = dir.resolve("interrupt.journal");
    try (PartnerProgram program = open(file)) {
      Thread.currentThread().interrupt();
      Outcome outcome = program.apply(JournalWorld.registrations().get(0), JournalWorld.START);
      assertThat(Thread.interrupted()).as("interrupt status kept").isTrue();
      assertThat(outcome.isAllowed()).isTrue();
      assertThat(program.apply(JournalWorld.registrations().get(1), JournalWorld.START).isAllowed())
          .as("the journal still writes")
          .isTrue();
    }
    try (PartnerProgram program = open(file)) {
      assertThat(program.lastSequence()).isEqualTo(2);
    }
  }

  @Test
  void aFileThatIsNotAJournalIsRefusedAndLeftAlone() throws Exception {
    Path withLine = dir.resolve("notes.txt");
    Files.writeString(withLine, "shopping list\nmilk\n");
    assertThatThrownBy(() -> open(withLine))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("not a Partnerkit journal");
    assertThat(Files.readString(withLine)).isEqualTo("shopping list\nmilk\n");

    Path noLine = dir.resolve("fragment.txt");
    Files.writeString(noLine, "{\"format\":\"something-else\"");
    assertThatThrownBy(() -> open(noLine))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("not a Partnerkit journal");
    assertThat(Files.readString(noLine)).isEqualTo("{\"format\":\"something-else\"");
  }

  @Test
  void aNewerFormatIsRefused() throws Exception {
    Path file = dir.resolve("future.journal");
    Files.writeString(file, "{\"format\":\"partnerkit-journal\",\"version\":3}\n");
    assertThatThrownBy(() -> open(file))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("format version 3")
        .hasMessageContaining("reads versions 1 to 2");
  }

  @Test
  void aMissingDirectoryIsNamed() {
    Path file = dir.resolve("absent").resolve("program.journal");
    assertThatThrownBy(() -> open(file))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("directory does not exist");
  }

  @Test
  void aJournalThatDoesNotReplayUnderAnotherPolicyIsRefusedAndUnlocked() {
    Path file = dir.resolve("seed.journal");
    CustomerId c = JournalWorld.customerId(0);
    InvitationId id = InvitationId.of("da");
    try (PartnerProgram program = open(file)) {
      program.apply(new Action.RegisterPartner(JournalWorld.partner(0)), JournalWorld.START);
      program.apply(new Action.RegisterCustomer(JournalWorld.customer(0)), JournalWorld.START);
      // Cloud Essentials qualifies for delegated administration under the seed policy only.
      assertThat(
              program
                  .apply(
                      new Action.SendDelegatedAdminInvitation(id, JournalWorld.partnerId(0), c),
                      JournalWorld.START)
                  .isAllowed())
          .isTrue();
    }
    assertThatThrownBy(
            () -> JournalStorage.open(file, JournalWorld.CATALOG, ProgramPolicy.modern()))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("does not replay")
        .hasMessageContaining("catalog and policy it was written with");
    try (PartnerProgram program = open(file)) {
      assertThat(program.lastSequence()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Durability.class)
  void concurrentAppendsAreAllKeptInEachCustomersOrder(Durability durability) throws Exception {
    Path file = dir.resolve(durability + ".journal");
    int threads = 8;
    List<Event> acknowledged = Collections.synchronizedList(new ArrayList<>());
    ProgramSnapshot state;
    List<Event> log;
    try (PartnerProgram program =
        JournalStorage.open(file, JournalWorld.CATALOG, ProgramPolicy.seed(), durability)) {
      for (Action registration : JournalWorld.registrations()) {
        acknowledged.add(program.apply(registration, JournalWorld.START).event().orElseThrow());
      }
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          JournalWorld world =
              new JournalWorld(new SplittableRandom(100 + t), "w" + t, JournalWorld.START);
          futures.add(
              pool.submit(
                  () -> {
                    start.await();
                    for (int i = 0; i < 150; i++) {
                      program.apply(world.next(), world.now()).event().ifPresent(acknowledged::add);
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> future : futures) {
          future.get();
        }
      } finally {
        pool.shutdownNow();
      }
      state = program.snapshot();
      log = program.events();
    }
    assertThat(log).containsExactlyInAnyOrderElementsOf(acknowledged);
    assertEachCustomersLinesAreInSequenceOrder(file);
    try (PartnerProgram program = open(file)) {
      assertThat(JournalWorld.journal(program).recoveredEvents()).isEqualTo(log);
      assertThat(program.snapshot()).isEqualTo(state);
    }
    assertThat(PartnerProgram.replay(JournalWorld.CATALOG, ProgramPolicy.seed(), log).snapshot())
        .isEqualTo(state);
  }

  /** Checks the sink's promise in the file itself: one customer's events in sequence order. */
  private static void assertEachCustomersLinesAreInSequenceOrder(Path file) throws IOException {
    Map<InvitationId, CustomerId> addressees = new HashMap<>();
    Map<CustomerId, Long> last = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      Event event = EventCodec.decode(line);
      Action action = event.action();
      Target target = Target.of(action);
      Optional<CustomerId> customer =
          target instanceof Target.Customer c ? Optional.of(c.customer()) : Optional.empty();
      if (action instanceof Action.SendTrialInvitation a) {
        addressees.put(a.id(), a.customer());
      } else if (action instanceof Action.SendPurchaseOffer a) {
        addressees.put(a.id(), a.customer());
      } else if (action instanceof Action.SendDelegatedAdminInvitation a) {
        addressees.put(a.id(), a.customer());
      } else if (action instanceof Action.Accept a) {
        customer = Optional.of(addressee(addressees, a.invitation(), event));
      } else if (action instanceof Action.Decline a) {
        customer = Optional.of(addressee(addressees, a.invitation(), event));
      } else if (action instanceof Action.Revoke a) {
        customer = Optional.of(addressee(addressees, a.invitation(), event));
      }
      if (customer.isPresent()) {
        Long previous = last.put(customer.get(), event.sequence());
        if (previous != null) {
          assertThat(event.sequence())
              .as("event after event %d of customer %s in the file", previous, customer.get())
              .isGreaterThan(previous);
        }
      }
    }
  }

  private static CustomerId addressee(
      Map<InvitationId, CustomerId> addressees, InvitationId id, Event event) {
    CustomerId customer = addressees.get(id);
    assertThat(customer)
        .as("the invitation event %d answers, on an earlier line", event.sequence())
        .isNotNull();
    return customer;
  }
}
