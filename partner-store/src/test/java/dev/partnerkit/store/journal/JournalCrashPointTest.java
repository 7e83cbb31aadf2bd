package dev.partnerkit.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash points without processes: a journal cut at every byte offset of its last line (and of its
 * header) opens with every earlier event and without the torn line, and accepts new events after
 * it; damage to any line before the last (a torn line with more after it, a flipped byte, a
 * repeated line) is refused with the line's number and offset, and leaves the file as it was.
 */
class JournalCrashPointTest {
  private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

  /** The longest kind of line: a whole customer. */
  private static final Action REGISTER_CUSTOMER =
      new Action.RegisterCustomer(JournalWorld.customer(2));

  /** A short line that grants delegated administration with a trial. */
  private static final Action ACCEPT =
      new Action.Accept(InvitationId.of("t1"), Actor.customer(JournalWorld.customerId(1)));

  @TempDir Path dir;

  /** A journal's bytes and the program's state before and after its last event. */
  private static final class Written {
    private final byte[] bytes;
    private final List<Event> events;
    private final ProgramSnapshot beforeLast;
    private final ProgramSnapshot after;

    Written(byte[] bytes, List<Event> events, ProgramSnapshot beforeLast, ProgramSnapshot after) {
      this.bytes = bytes;
      this.events = events;
      this.beforeLast = beforeLast;
      this.after = after;
    }

    byte[] bytes() {
      return bytes.clone();
    }

    List<Event> events() {
      return events;
    }

    ProgramSnapshot beforeLast() {
      return beforeLast;
    }

    ProgramSnapshot after() {
      return after;
    }

    /** Returns the offset where line {@code n} (1 is the header) starts; past the last, the end. */
    long lineStart(int n) {
      int line = 1;
      for (int i = 0; i < bytes.length && line < n; i++) {
        if (bytes[i] == '\n') {
          line++;
          if (line == n) {
            return i + 1L;
          }
        }
      }
      return n == 1 ? 0 : bytes.length;
    }
  }

  private PartnerProgram open(Path file) {
    return JournalStorage.open(file, JournalWorld.CATALOG, ProgramPolicy.seed());
  }

  /** Writes a short history of every kind of line, then the given last action. */
  private Written write(String name, Action last) throws IOException {
    Path file = dir.resolve(name);
    ProgramSnapshot before;
    ProgramSnapshot after;
    List<Event> events;
    try (PartnerProgram program = open(file)) {
      PartnerId p0 = JournalWorld.partnerId(0);
      PartnerId p1 = JournalWorld.partnerId(1);
      CustomerId c0 = JournalWorld.customerId(0);
      CustomerId c1 = JournalWorld.customerId(1);
      List<Action> history =
          List.of(
              new Action.RegisterPartner(JournalWorld.partner(0)),
              new Action.RegisterPartner(JournalWorld.partner(1)),
              new Action.RegisterCustomer(JournalWorld.customer(0)),
              new Action.RegisterCustomer(JournalWorld.customer(1)),
              new Action.SendDelegatedAdminInvitation(InvitationId.of("d0"), p0, c0),
              new Action.SendTrialInvitation(
                  InvitationId.of("t1"), p1, c1, List.of(JournalWorld.EXCHANGE), true),
              new Action.Accept(InvitationId.of("d0"), Actor.customer(c0)),
              new Action.DesignatePartnerOfRecord(c0, p1, Actor.customer(c0)),
              new Action.PerformAdminTask(p0, c0, AdminTask.ADD_USER),
              new Action.SubmitServiceRequest(c1, Actor.customer(c1), "Mail \"flow\" é"));
      for (Action action : history) {
        assertThat(program.apply(action, JournalWorld.START).isAllowed()).as("%s", action).isTrue();
      }
      before = program.snapshot();
      Outcome outcome = program.apply(last, LATER);
      assertThat(outcome.isAllowed()).as("the last action").isTrue();
      after = program.snapshot();
      events = program.events();
    }
    return new Written(Files.readAllBytes(file), events, before, after);
  }

  @Test
  void everyCutThroughTheLastLineKeepsTheEventsBeforeIt() throws IOException {
    int cuts = 0;
    cuts += cutEveryByteOfTheLastLine(write("register.journal", REGISTER_CUSTOMER));
    cuts += cutEveryByteOfTheLastLine(write("accept.journal", ACCEPT));
    System.out.printf("JournalCrashPointTest last-line cuts=%d%n", cuts);
  }

  private int cutEveryByteOfTheLastLine(Written written) throws IOException {
    int n = written.events().size();
    long lastStart = written.lineStart(n + 1);
    long size = written.bytes().length;
    int cuts = 0;
    for (long cut = lastStart; cut <= size; cut++) {
      cuts++;
      Path file = dir.resolve("cut-" + cut + ".journal");
      Files.write(file, Arrays.copyOf(written.bytes(), (int) cut));
      boolean whole = cut == size;
      boolean append = appendAfter(cut - lastStart, size - lastStart);
      try (PartnerProgram program = open(file)) {
        JournalRecovery recovery = JournalWorld.journal(program).recovery();
        assertThat(recovery.events())
            .as("events after a cut at %d", cut)
            .isEqualTo(whole ? n : n - 1);
        assertThat(recovery.droppedBytes())
            .as("bytes dropped at %d", cut)
            .isEqualTo(whole ? 0 : cut - lastStart);
        assertThat(recovery.length()).isEqualTo(whole ? size : lastStart);
        assertThat(Files.size(file)).isEqualTo(recovery.length());
        assertThat(JournalWorld.journal(program).recoveredEvents())
            .isEqualTo(written.events().subList(0, whole ? n : n - 1));
        assertThat(program.snapshot()).isEqualTo(whole ? written.after() : written.beforeLast());
        if (append) {
          CustomerId c = JournalWorld.customerId(0);
          Outcome next =
              program.apply(new Action.SubmitServiceRequest(c, Actor.customer(c), "after"), LATER);
          assertThat(next.event().orElseThrow().sequence()).isEqualTo(whole ? n + 1L : n);
        }
      }
      try (PartnerProgram program = open(file)) {
        assertThat(JournalWorld.journal(program).recovery().droppedTornLine()).isFalse();
        assertThat(JournalWorld.journal(program).recoveredEvents())
            .hasSize((whole ? n : n - 1) + (append ? 1 : 0));
      }
    }
    return cuts;
  }

  /**
   * Returns whether to check that a recovered journal takes new events well-formed after it: at the
   * first and last few cuts and every 16th one between, which spares a force per cut.
   */
  private static boolean appendAfter(long at, long length) {
    return at < 4 || length - at < 4 || at % 16 == 0;
  }

  @Test
  void everyCutThroughTheHeaderStartsTheJournalAgain() throws IOException {
    Path source = dir.resolve("header.journal");
    open(source).close();
    byte[] header = Files.readAllBytes(source);
    for (int cut = 0; cut <= header.length; cut++) {
      Path file = dir.resolve("header-" + cut + ".journal");
      Files.write(file, Arrays.copyOf(header, cut));
      try (PartnerProgram program = open(file)) {
        assertThat(JournalWorld.journal(program).recovery().created())
            .isEqualTo(cut < header.length);
        assertThat(JournalWorld.journal(program).recovery().droppedBytes())
            .isEqualTo(cut < header.length ? cut : 0);
        assertThat(program.lastSequence()).isZero();
      }
      assertThat(Files.readAllBytes(file)).isEqualTo(header);
    }
  }

  @Test
  void aDamagedLastLineThatStillEndsItsLineIsDroppedToo() throws IOException {
    Written written = write("flip-last.journal", ACCEPT);
    int n = written.events().size();
    long lastStart = written.lineStart(n + 1);
    byte[] bytes = written.bytes();
    bytes[(int) (lastStart + bytes.length) / 2] ^= 0x01;
    Path file = dir.resolve("flipped-last.journal");
    Files.write(file, bytes);
    try (PartnerProgram program = open(file)) {
      assertThat(JournalWorld.journal(program).recovery().droppedBytes())
          .isEqualTo(bytes.length - lastStart);
      assertThat(program.snapshot()).isEqualTo(written.beforeLast());
    }
  }

  @Test
  void damageBeforeTheLastLineIsRefusedAndChangesNothing() throws IOException {
    Written written = write("damage.journal", REGISTER_CUSTOMER);
    byte[] bytes = written.bytes();
    int n = written.events().size();
    int refused = 0;
    for (int line = 2; line <= n; line++) {
      int start = (int) written.lineStart(line);
      int next = (int) written.lineStart(line + 1);
      int middle = (start + next) / 2;

      // The line was cut in the middle and later lines follow it.
      ByteArrayOutputStream torn = new ByteArrayOutputStream();
      torn.write(bytes, 0, middle);
      torn.write('\n');
      torn.write(bytes, next, bytes.length - next);
      refused += assertRefused(torn.toByteArray(), "line " + line + " (byte offset " + start + ")");

      // One bit of the line changed where the JSON may still parse.
      byte[] flipped = bytes.clone();
      flipped[middle] ^= 0x01;
      refused += assertRefused(flipped, "line " + line + " (byte offset " + start + ")");

      // The line's break is gone, so it ran into the next one. (Run into the last line, it would
      // make one bad last line, which recovery cannot tell from a torn one.)
      if (line < n) {
        byte[] joined = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, joined, 0, next - 1);
        System.arraycopy(bytes, next, joined, next - 1, bytes.length - next);
        refused += assertRefused(joined, "line " + line + " (byte offset " + start + ")");
      }

      // The line is there twice.
      ByteArrayOutputStream twice = new ByteArrayOutputStream();
      twice.write(bytes, 0, next);
      twice.write(bytes, start, bytes.length - start);
      refused += assertRefused(twice.toByteArray(), "lines " + line + " and " + (line + 1));
    }
    System.out.printf("JournalCrashPointTest damaged journals refused=%d%n", refused);
  }

  private int assertRefused(byte[] damaged, String where) throws IOException {
    Path file = dir.resolve("damaged.journal");
    Files.write(file, damaged);
    assertThatThrownBy(() -> open(file))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("is damaged")
        .hasMessageContaining(where);
    assertThat(Files.readAllBytes(file)).as("the refused journal is unchanged").isEqualTo(damaged);
    Files.delete(file);
    return 1;
  }

  @Test
  void theDamageMessageSaysWhatToDo() throws IOException {
    Written written = write("message.journal", ACCEPT);
    byte[] bytes = written.bytes();
    int start = (int) written.lineStart(3);
    bytes[start + 3] = 0;
    Path file = dir.resolve("message-damaged.journal");
    Files.write(file, bytes);
    List<String> expected = new ArrayList<>();
    expected.add("is damaged at line 3 (byte offset " + start + ")");
    expected.add("not a line torn by a crash");
    expected.add("truncate the file to " + start + " bytes");
    assertThatThrownBy(() -> open(file))
        .isInstanceOf(JournalException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(expected));
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
        .isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1));
  }
}
