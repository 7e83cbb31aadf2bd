package dev.partnerkit.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.KeyedOutcome;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramSnapshot;
import dev.partnerkit.store.EventCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writer process with SIGKILL ({@link ProcessHandle#destroyForcibly()}) in the middle of
 * its stream of actions, several times on each journal, and checks after each kill that reopening
 * the journal finds every action the writer ever acknowledged on it, equal to the event it printed,
 * and that the rebuilt state equals a replay of what the journal holds. Half the writer's actions
 * carry an idempotency key: after each kill, every acknowledged keyed action and every keyed denial
 * the writer printed is repeated, and must be answered with its first outcome and apply nothing.
 * Most rounds also write snapshots every few events, so that kills land while one is written; each
 * reopening from the newest snapshot must equal reading the whole journal.
 *
 * <p>Each round starts a {@link JournalWriterMain} child with a new seed, alternating {@link
 * Durability#SYNC_EACH} and {@link Durability#GROUP_COMMIT} and one or four writer threads, reads
 * its {@code ACK} lines until a random number of actions (now and then, while a new journal's
 * writer still registers the partners and customers), and kills it. The next child recovers what
 * the previous one left, so later rounds also test recovery after recovery. By default 20 kills, 5
 * per journal; {@code -Dpartnerkit.reliability=long} runs 200, 50 per journal. {@code
 * -Dpartnerkit.journal.seed=N} repeats a run's choices (not the moments the kills land); a failure
 * names its seed.
 */
class JournalKillTest {
  static final String RELIABILITY_PROPERTY = "partnerkit.reliability";
  static final String SEED_PROPERTY = "partnerkit.journal.seed";

  private static final int SHORT_KILLS = 20;
  private static final int LONG_KILLS = 200;
  private static final int MAX_ACKS_BEFORE_KILL = 200;

  /** Kills per journal file; a new file then keeps the writers' replay, and the run, short. */
  private static final int SHORT_KILLS_PER_JOURNAL = 5;

  private static final int LONG_KILLS_PER_JOURNAL = 50;
  private static final Pattern ACK = Pattern.compile("ACK (\\d+) (\\{.*})");
  private static final String DENY = "DENY ";

  @Test
  void killedWritersNeverLoseAnAcknowledgedAction(@TempDir Path dir) throws Exception {
    boolean longRun = "long".equals(System.getProperty(RELIABILITY_PROPERTY));
    long seed = Long.getLong(SEED_PROPERTY, new SplittableRandom().nextLong() & Long.MAX_VALUE);
    try {
      run(
          dir,
          longRun ? LONG_KILLS : SHORT_KILLS,
          longRun ? LONG_KILLS_PER_JOURNAL : SHORT_KILLS_PER_JOURNAL,
          seed);
    } catch (AssertionError | Exception e) {
      throw new AssertionError(
          "Kill test with seed " + seed + " failed; repeat it with -D" + SEED_PROPERTY + "=" + seed,
          e);
    }
  }

  private static void run(Path dir, int kills, int killsPerJournal, long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Path file = dir;
    Map<Long, Event> acknowledged = new HashMap<>();
    List<KeyedOutcome> denials = new ArrayList<>();
    long tornTails = 0;
    long repeats = 0;
    long fromSnapshot = 0;
    long totalAcknowledged = 0;
    long unacknowledgedKept = 0;
    for (int round = 0; round < kills; round++) {
      if (round % killsPerJournal == 0) {
        file = dir.resolve("program-" + round / killsPerJournal + ".journal");
        acknowledged.clear();
        denials.clear();
      }
      long snapshotEvery = List.of(0L, 7L, 25L).get(random.nextInt(3));
      Durability durability = round % 2 == 0 ? Durability.SYNC_EACH : Durability.GROUP_COMMIT;
      int threads = round % 3 == 0 ? 1 : 4;
      // Mostly kill among the random actions; now and then while a new journal's writer still
      // registers the partners and customers.
      boolean inRegistrations = round % killsPerJournal == 0 && random.nextInt(4) == 0;
      int killAfter =
          1
              + random.nextInt(
                  inRegistrations
                      ? JournalWorld.PARTNERS + JournalWorld.CUSTOMERS
                      : MAX_ACKS_BEFORE_KILL);
      Path errors = dir.resolve("writer-" + round + ".err");
      Process writer =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-XX:-UsePerfData",
                  "-Xshare:auto",
                  "-cp",
                  System.getProperty("java.class.path"),
                  JournalWriterMain.class.getName(),
                  file.toString(),
                  Long.toString(random.nextLong()),
                  durability.name(),
                  Integer.toString(threads),
                  Long.toString(snapshotEvery))
              .redirectError(errors.toFile())
              .start();
      try {
        AckReader acks = new AckReader(writer.getInputStream());
        for (int seen = 0; seen < killAfter; ) {
          Optional<String> line = acks.next();
          if (line.isEmpty()) {
            throw new AssertionError(
                "writer of round "
                    + round
                    + " ended before its "
                    + killAfter
                    + "th ACK: "
                    + Files.readString(errors));
          }
          Optional<Event> event = record(line.get(), acknowledged, denials);
          if (event.isPresent() && (inRegistrations || !isRegistration(event.get()))) {
            seen++;
          }
        }
        if (round == 0) {
          Path held = file;
          assertThatThrownBy(() -> Journal.open(held))
              .as("a journal another process holds")
              .isInstanceOf(JournalException.class)
              .hasMessageContaining("in use");
        }
        // SIGKILL through the process handle, which leaves the pipe open: Process.destroyForcibly
        // would close it and lose the ACK lines the writer printed just before it died.
        writer.toHandle().destroyForcibly();
        writer.waitFor();
        for (Optional<String> line = acks.next(); line.isPresent(); line = acks.next()) {
          record(line.get(), acknowledged, denials);
        }
      } finally {
        writer.destroyForcibly();
        writer.waitFor();
      }

      ProgramSnapshot opened;
      Set<KeyedOutcome> keyed;
      try (PartnerProgram program =
          JournalStorage.open(file, JournalWorld.CATALOG, ProgramPolicy.seed())) {
        if (JournalWorld.journal(program).recovery().fromSnapshot()) {
          fromSnapshot++;
        }
        if (JournalWorld.journal(program).recovery().droppedTornLine()) {
          tornTails++;
        }
        long last = program.lastSequence();
        for (Event event : acknowledged.values()) {
          if (event.key().isPresent()) {
            Outcome repeat = program.apply(event.action(), event.at(), event.key().get());
            assertThat(repeat.replayed()).as("a repeat of acknowledged %s", event).isTrue();
            assertThat(repeat.event()).contains(event);
            repeats++;
          }
        }
        for (KeyedOutcome denial : denials) {
          Outcome repeat = program.apply(denial.action(), denial.at(), denial.key());
          assertThat(repeat.replayed()).as("a repeat of denial %s", denial.key()).isTrue();
          assertThat(repeat.decision()).isEqualTo(denial.outcome().decision());
          repeats++;
        }
        assertThat(program.lastSequence()).as("repeats apply nothing").isEqualTo(last);
        opened = program.snapshot();
        keyed = new HashSet<>(((JournalStorage) program.storage()).keyedOutcomes());
      }

      try (PartnerProgram program =
          JournalStorage.builder(file, JournalWorld.CATALOG, ProgramPolicy.seed())
              .readSnapshots(false)
              .open()) {
        assertThat(program.snapshot())
            .as("opened from a snapshot and read whole after kill %d", round + 1)
            .isEqualTo(opened);
        assertThat(new HashSet<>(((JournalStorage) program.storage()).keyedOutcomes()))
            .isEqualTo(keyed);
        List<Event> events = JournalWorld.journal(program).recoveredEvents();
        Map<Long, Event> bySequence = new HashMap<>();
        for (Event event : events) {
          bySequence.put(event.sequence(), event);
        }
        for (Map.Entry<Long, Event> ack : acknowledged.entrySet()) {
          Event event = bySequence.get(ack.getKey());
          assertThat(event)
              .as("acknowledged event %d after kill %d", ack.getKey(), round + 1)
              .isNotNull();
          assertThat(event).as("acknowledged event %d", ack.getKey()).isEqualTo(ack.getValue());
        }
        assertThat(
                PartnerProgram.replay(JournalWorld.CATALOG, ProgramPolicy.seed(), events)
                    .snapshot())
            .as("the rebuilt state after kill %d", round + 1)
            .isEqualTo(program.snapshot());
        if ((round + 1) % killsPerJournal == 0 || round == kills - 1) {
          totalAcknowledged += acknowledged.size();
          unacknowledgedKept += (long) events.size() - acknowledged.size();
        }
      }
    }
    System.out.printf(
        "JournalKillTest seed=%d kills=%d acknowledged=%d lost=0 unacknowledgedKept=%d"
            + " tornTailsDropped=%d keyedRepeatsReplayed=%d reopenedFromSnapshot=%d%n",
        seed, kills, totalAcknowledged, unacknowledgedKept, tornTails, repeats, fromSnapshot);
  }

  private static boolean isRegistration(Event event) {
    ActionKind kind = event.action().kind();
    return kind == ActionKind.REGISTER_PARTNER || kind == ActionKind.REGISTER_CUSTOMER;
  }

  /** Records an ACK or DENY line; returns the event of an ACK. */
  private static Optional<Event> record(
      String line, Map<Long, Event> acknowledged, List<KeyedOutcome> denials) {
    if (line.startsWith(DENY)) {
      denials.add(EventCodec.decodeDenial(line.substring(DENY.length())));
      return Optional.empty();
    }
    Matcher m = ACK.matcher(line);
    assertThat(m.matches()).as("writer output line %s", line).isTrue();
    Event event = EventCodec.decode(m.group(2));
    assertThat(event.sequence()).isEqualTo(Long.parseLong(m.group(1)));
    Event previous = acknowledged.put(event.sequence(), event);
    assertThat(previous).as("an earlier acknowledgement of event %s", m.group(1)).isNull();
    return Optional.of(event);
  }

  /** Reads complete lines only: a line the writer was killed in the middle of never counts. */
  private static final class AckReader {
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    AckReader(InputStream in) {
      this.in = in;
    }

    Optional<String> next() throws IOException {
      while (true) {
        int b = in.read();
        if (b < 0) {
          return Optional.empty();
        }
        if (b == '\n') {
          String text = line.toString(StandardCharsets.UTF_8);
          line.reset();
          return Optional.of(text);
        }
        line.write(b);
      }
    }
  }

  @Test
  void theAckReaderIgnoresAnUnfinishedLastLine() throws IOException {
    AckReader reader =
        new AckReader(
            new ByteArrayInputStream("ACK 1 ab\nACK 12".getBytes(StandardCharsets.UTF_8)));
    List<String> lines = new ArrayList<>();
    for (Optional<String> line = reader.next(); line.isPresent(); line = reader.next()) {
      lines.add(line.get());
    }
    assertThat(lines).containsExactly("ACK 1 ab");
  }
}
