package dev.partnerkit.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.IdempotencyConflictException;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.KeyedOutcome;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.store.EventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Idempotency keys on a journal: a keyed event and a keyed denial are written, read back on opening
 * (from the whole journal or from a snapshot) and answer a repeat with the first outcome; a journal
 * of format 1, written before keys, opens and is raised to format 2 by its first key.
 */
class JournalIdempotencyTest {
  private static final Instant LATER = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir Path dir;

  private static PartnerProgram open(Path file) {
    return JournalStorage.open(file, JournalWorld.CATALOG, ProgramPolicy.seed());
  }

  private static JournalStorage storage(PartnerProgram program) {
    return (JournalStorage) program.storage();
  }

  private static void registerSome(PartnerProgram program, int customers) {
    for (int i = 0; i < 3; i++) {
      program.apply(new Action.RegisterPartner(JournalWorld.partner(i)), JournalWorld.START);
    }
    for (int i = 0; i < customers; i++) {
      program.apply(new Action.RegisterCustomer(JournalWorld.customer(i)), JournalWorld.START);
    }
  }

  @Test
  void aKeyedEventAndAKeyedDenialAnswerTheirRepeatsAfterReopening() throws IOException {
    Path file = dir.resolve("keys.journal");
    CustomerId c0 = JournalWorld.customerId(0);
    Action send =
        new Action.SendDelegatedAdminInvitation(
            InvitationId.of("k1"), JournalWorld.partnerId(0), c0);
    // Registered already: denied.
    Action again = new Action.RegisterCustomer(JournalWorld.customer(0));
    IdempotencyKey allowedKey = IdempotencyKey.of("req-allowed");
    IdempotencyKey deniedKey = IdempotencyKey.of("req-denied");
    Outcome allowed;
    Outcome denied;
    long last;
    try (PartnerProgram program = open(file)) {
      registerSome(program, 2);
      allowed = program.apply(send, LATER, allowedKey);
      denied = program.apply(again, LATER, deniedKey);
      last = program.lastSequence();
    }
    assertThat(allowed.isAllowed()).isTrue();
    assertThat(denied.isAllowed()).isFalse();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(JournalReader.HEADER);
    assertThat(lines).anyMatch(l -> l.contains(",\"key\":\"req-allowed\""));
    assertThat(lines).anyMatch(l -> l.startsWith("{\"denied\":\"req-denied\""));

    try (PartnerProgram program = open(file)) {
      assertThat(storage(program).journal().recovery().denials()).isEqualTo(1);
      Outcome repeat = program.apply(send, LATER.plus(Duration.ofDays(1)), allowedKey);
      assertThat(repeat.replayed()).isTrue();
      assertThat(repeat.event()).isEqualTo(allowed.event());
      Outcome repeatDenied = program.apply(again, LATER.plus(Duration.ofDays(1)), deniedKey);
      assertThat(repeatDenied.replayed()).isTrue();
      assertThat(repeatDenied.decision()).isEqualTo(denied.decision());
      assertThat(repeatDenied.decision().getReasons()).isNotEmpty();
      assertThat(program.lastSequence()).as("no repeat applied anything").isEqualTo(last);
      assertThatThrownBy(() -> program.apply(again, LATER, allowedKey))
          .isInstanceOf(IdempotencyConflictException.class);
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .as("repeats write nothing")
        .isEqualTo(lines);
  }

  @Test
  void aFormatOneJournalOpensAsItIsAndItsFirstKeyRaisesItToFormatTwo() throws IOException {
    Path file = dir.resolve("format-1.journal");
    try (InputStream in = getClass().getResourceAsStream("format-1.journal")) {
      Files.copy(in, file);
    }
    byte[] original = Files.readAllBytes(file);
    List<Event> events;
    try (PartnerProgram program = open(file)) {
      events = storage(program).journal().recoveredEvents();
      assertThat(events).hasSize(70);
      assertThat(events).allMatch(e -> e.key().isEmpty());
      assertThat(program.snapshot())
          .isEqualTo(
              PartnerProgram.replay(JournalWorld.CATALOG, ProgramPolicy.seed(), events).snapshot());
    }
    assertThat(Files.readAllBytes(file)).as("opening changes nothing").isEqualTo(original);

    CustomerId c0 = JournalWorld.customerId(0);
    Action plain = new Action.SubmitServiceRequest(c0, Actor.customer(c0), "no key");
    try (PartnerProgram program = open(file)) {
      assertThat(program.apply(plain, LATER).isAllowed()).isTrue();
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(0))
        .as("an action without a key keeps format 1")
        .isEqualTo("{\"format\":\"partnerkit-journal\",\"version\":1}");

    Action keyed = new Action.SubmitServiceRequest(c0, Actor.customer(c0), "with a key");
    IdempotencyKey key = IdempotencyKey.of("first-key");
    Outcome first;
    try (PartnerProgram program = open(file)) {
      first = program.apply(keyed, LATER, key);
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(0))
        .isEqualTo(JournalReader.HEADER);
    try (PartnerProgram program = open(file)) {
      assertThat(program.lastSequence()).isEqualTo(72);
      Outcome repeat = program.apply(keyed, LATER, key);
      assertThat(repeat.replayed()).isTrue();
      assertThat(repeat.event()).isEqualTo(first.event());
    }
  }

  @Test
  void aSnapshotOfAFormatOneJournalStaysUsableOnceItsFirstKeyRaisesTheFormat() throws IOException {
    Path file = dir.resolve("format-1.journal");
    byte[] whole;
    try (InputStream in = getClass().getResourceAsStream("format-1.journal")) {
      whole = in.readAllBytes();
    }
    // Its first lines only: short enough that the bytes a snapshot checks reach the header.
    int end = 0;
    int lines = 0;
    for (int i = 0; i < whole.length && i < Journal.TAIL; i++) {
      if (whole[i] == '\n') {
        end = i + 1;
        lines++;
      }
    }
    Files.write(file, java.util.Arrays.copyOf(whole, end));
    long events = lines - 1;
    try (PartnerProgram program = open(file)) {
      assertThat(storage(program).writeSnapshot().lastSequence()).isEqualTo(events);
    }
    CustomerId c0 = JournalWorld.customerId(0);
    Action keyed = new Action.RegisterCustomer(JournalWorld.customer(0));
    IdempotencyKey key = IdempotencyKey.of("after-snapshot");
    Outcome first;
    try (PartnerProgram program = open(file)) {
      first = program.apply(keyed, LATER, key);
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(0))
        .isEqualTo(JournalReader.HEADER);
    try (PartnerProgram program = open(file)) {
      assertThat(storage(program).journal().recovery().snapshotSequence()).isEqualTo(events);
      assertThat(program.apply(keyed, LATER, key).event()).isEqualTo(first.event());
    }
  }

  @Test
  void aTornDenialLineIsDroppedAndItsActionIsDecidedAgain() throws IOException {
    Path file = dir.resolve("torn-denial.journal");
    Action again = new Action.RegisterCustomer(JournalWorld.customer(0));
    IdempotencyKey key = IdempotencyKey.of("torn");
    try (PartnerProgram program = open(file)) {
      registerSome(program, 1);
      assertThat(program.apply(again, LATER, key).isAllowed()).isFalse();
    }
    byte[] whole = Files.readAllBytes(file);
    int lastStart = lastLineStart(whole);
    assertThat(new String(whole, lastStart, 12, StandardCharsets.UTF_8)).startsWith("{\"denied\"");
    for (int cut = lastStart; cut < whole.length; cut++) {
      Path torn = dir.resolve("torn-" + cut + ".journal");
      Files.write(torn, java.util.Arrays.copyOf(whole, cut));
      try (PartnerProgram program = open(torn)) {
        JournalRecovery recovery = storage(program).journal().recovery();
        assertThat(recovery.droppedBytes()).isEqualTo(cut - lastStart);
        assertThat(recovery.denials()).isZero();
        assertThat(storage(program).keyedOutcomes()).isEmpty();
        if (cut == lastStart + 1 || cut == whole.length - 1) {
          Outcome decided = program.apply(again, LATER, key);
          assertThat(decided.replayed()).as("never acknowledged, so decided again").isFalse();
          assertThat(decided.isAllowed()).isFalse();
        }
      }
      Files.delete(torn);
    }
  }

  @Test
  void aDamagedDenialLineBeforeTheLastIsRefused() throws IOException {
    Path file = dir.resolve("damaged-denial.journal");
    Action again = new Action.RegisterCustomer(JournalWorld.customer(0));
    try (PartnerProgram program = open(file)) {
      registerSome(program, 1);
      program.apply(again, LATER, IdempotencyKey.of("damaged"));
      CustomerId c0 = JournalWorld.customerId(0);
      program.apply(new Action.SubmitServiceRequest(c0, Actor.customer(c0), "after"), LATER);
    }
    byte[] bytes = Files.readAllBytes(file);
    // One char a byte, so that an index is a byte offset.
    int denial = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("{\"denied\"");
    bytes[denial + 20] ^= 0x01;
    Files.write(file, bytes);
    assertThatThrownBy(() -> open(file))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("is damaged at line 6 (byte offset " + denial + ")");
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  private static int lastLineStart(byte[] bytes) {
    int i = bytes.length - 2;
    while (bytes[i] != '\n') {
      i--;
    }
    return i + 1;
  }

  @Test
  void theDenialCodecKeepsEveryReasonAndItsParties() {
    PartnerProgram memory = PartnerProgram.builder().catalog(JournalWorld.CATALOG).build();
    registerSome(memory, 1);
    CustomerId c0 = JournalWorld.customerId(0);
    // An unknown invitation: denied with a reason that names it.
    Action accept = new Action.Accept(InvitationId.of("nope"), Actor.customer(c0));
    Action unknownPartner =
        new Action.SendDelegatedAdminInvitation(InvitationId.of("x"), PartnerId.of("ghost"), c0);
    for (Action action : List.of(accept, unknownPartner)) {
      Outcome outcome = memory.apply(action, LATER, IdempotencyKey.of("d-" + action.kind()));
      assertThat(outcome.isAllowed()).isFalse();
      KeyedOutcome denial =
          new KeyedOutcome(IdempotencyKey.of("d \"quoted\" é"), action, LATER, outcome);
      String json = EventCodec.encodeDenial(denial);
      assertThat(json).startsWith("{\"denied\":").doesNotContain("\n");
      assertThat(EventCodec.decodeDenial(json)).isEqualTo(denial);
      assertThat(EventCodec.decodeKeyed(EventCodec.encodeKeyed(denial))).isEqualTo(denial);
    }
    assertThatThrownBy(
            () ->
                EventCodec.decodeDenial(
                    "{\"denied\":\"k\",\"at\":\"2026-01-01T00:00:00Z\",\"action\":{\"do\":"
                        + "\"signAgreement\",\"partner\":\"p\"},\"reasons\":[{\"rule\":\"NOPE-1\","
                        + "\"message\":\"m\",\"subject\":\"s\"}]}"))
        .hasMessageContaining("reasons[0]")
        .hasMessageContaining("NOPE-1");
  }

  /**
   * Random runs of keyed and unkeyed actions, repeats of keyed ones, snapshots and reopenings (from
   * the newest snapshot or the whole journal), side by side with the same run in memory: after each
   * reopening and at the end the journal program holds the same state, the same last sequence
   * number and the same first outcome under every key, and every repeat is answered alike.
   */
  @Test
  void reopeningKeepsTheStateAndEveryKeysFirstOutcome() {
    AtomicInteger run = new AtomicInteger();
    qt().withExamples(25)
        .forAll(lists().of(integers().between(0, 1 << 20)).ofSizeBetween(1, 60))
        .checkAssert(codes -> check(dir.resolve("run-" + run.incrementAndGet()), codes));
  }

  private static void check(Path runDir, List<Integer> codes) {
    try {
      Files.createDirectories(runDir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Path file = runDir.resolve("p.journal");
    PartnerProgram memory = PartnerProgram.builder().catalog(JournalWorld.CATALOG).build();
    PartnerProgram journal = open(file);
    try {
      registerSome(memory, 4);
      registerSome(journal, 4);
      List<Map.Entry<IdempotencyKey, Action>> keyed = new ArrayList<>();
      Instant now = JournalWorld.START;
      int step = 0;
      for (int code : codes) {
        step++;
        now = now.plus(Duration.ofHours(code % 5));
        int op = code & 15;
        if (op == 15) {
          storage(journal).writeSnapshot();
        } else if (op == 14) {
          journal.close();
          journal =
              JournalStorage.builder(file, JournalWorld.CATALOG, ProgramPolicy.seed())
                  .readSnapshots((code & 16) == 0)
                  .open();
          assertSame(memory, journal);
        } else if (op == 13 && !keyed.isEmpty()) {
          Map.Entry<IdempotencyKey, Action> first = keyed.get((code >> 4) % keyed.size());
          Outcome inMemory = memory.apply(first.getValue(), now, first.getKey());
          Outcome onJournal = journal.apply(first.getValue(), now, first.getKey());
          assertThat(onJournal.replayed()).isTrue();
          assertThat(onJournal).isEqualTo(inMemory);
        } else {
          Action action = action(code >> 4, step);
          if ((code & 1) == 0) {
            IdempotencyKey key = IdempotencyKey.of("key-" + step);
            keyed.add(Map.entry(key, action));
            assertThat(journal.apply(action, now, key)).isEqualTo(memory.apply(action, now, key));
          } else {
            assertThat(journal.apply(action, now)).isEqualTo(memory.apply(action, now));
          }
        }
      }
      journal.close();
      journal = open(file);
      assertSame(memory, journal);
    } finally {
      journal.close();
    }
  }

  private static void assertSame(PartnerProgram memory, PartnerProgram journal) {
    assertThat(journal.snapshot()).isEqualTo(memory.snapshot());
    assertThat(journal.lastSequence()).isEqualTo(memory.lastSequence());
    Set<KeyedOutcome> expected =
        new HashSet<>(((dev.partnerkit.rules.MemoryStorage) memory.storage()).keyedOutcomes());
    assertThat(new HashSet<>(storage(journal).keyedOutcomes())).isEqualTo(expected);
  }

  /** Returns an action over the first four customers and three partners, allowed or not. */
  private static Action action(int code, int step) {
    CustomerId c = JournalWorld.customerId(code % 4);
    PartnerId p = JournalWorld.partnerId((code >> 2) % 3);
    InvitationId recent = InvitationId.of("i-" + Math.max(1, step - (code >> 4) % 3));
    return switch ((code >> 6) % 7) {
      case 0 -> new Action.SendDelegatedAdminInvitation(InvitationId.of("i-" + step), p, c);
      case 1 -> new Action.Accept(recent, Actor.customer(c));
      case 2 -> new Action.DesignatePartnerOfRecord(c, p, Actor.customer(c));
      case 3 -> new Action.SubmitServiceRequest(c, Actor.customer(c), "r" + step);
      case 4 -> new Action.RevokeDelegation(c, p, Actor.customer(c));
      case 5 -> new Action.RegisterCustomer(JournalWorld.customer(code % 6));
      default ->
          new Action.SendTrialInvitation(
              InvitationId.of("i-" + step), p, c, List.of(JournalWorld.EXCHANGE), true);
    };
  }
}
