package dev.partnerkit.store.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.KeyedOutcome;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash points around snapshot writing, without processes: a snapshot cut at any byte (a crash
 * before its rename that left the temporary file, or damage), with a flipped byte, taken beside
 * another journal, or one of several left by a crash before the old ones were deleted. Opening then
 * falls back to the newest usable snapshot or to the whole journal, and in every case ends with the
 * same state and the same first outcome under every key as reading the whole journal does.
 */
class SnapshotCrashPointTest {
  private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

  @TempDir Path dir;

  private Path file;
  private long older;
  private long newer;
  private ProgramSnapshot state;
  private Set<KeyedOutcome> keyed;

  private static JournalStorage storage(PartnerProgram program) {
    return (JournalStorage) program.storage();
  }

  private static PartnerProgram open(Path file) {
    return JournalStorage.open(file, JournalWorld.CATALOG, ProgramPolicy.seed());
  }

  /** A journal with two snapshots and events and denials, keyed and not, after each. */
  @BeforeEach
  void write() {
    file = dir.resolve("program.journal");
    JournalWorld world = new JournalWorld(new SplittableRandom(7), "s", JournalWorld.START);
    try (PartnerProgram program =
        JournalStorage.builder(file, JournalWorld.CATALOG, ProgramPolicy.seed())
            .durability(Durability.GROUP_COMMIT)
            .open()) {
      for (Action registration : JournalWorld.registrations()) {
        program.apply(registration, JournalWorld.START);
      }
      apply(program, world, 150, "a");
      older = storage(program).writeSnapshot().lastSequence();
      apply(program, world, 150, "b");
      newer = storage(program).writeSnapshot().lastSequence();
      apply(program, world, 100, "c");
      state = program.snapshot();
      keyed = new HashSet<>(storage(program).keyedOutcomes());
    }
    assertThat(newer).isGreaterThan(older);
  }

  private static void apply(PartnerProgram program, JournalWorld world, int n, String prefix) {
    for (int i = 0; i < n; i++) {
      Action action = world.next();
      Instant now = world.now();
      if (i % 2 == 0) {
        program.apply(action, now, IdempotencyKey.of(prefix + i));
      } else {
        program.apply(action, now);
      }
    }
  }

  /** Opens the journal and checks it holds what was written, from the snapshot expected. */
  private void assertOpensFrom(long snapshot) {
    try (PartnerProgram program = open(file)) {
      assertThat(storage(program).journal().recovery().snapshotSequence())
          .as("the snapshot opened from")
          .isEqualTo(snapshot);
      assertThat(program.snapshot()).isEqualTo(state);
      assertThat(new HashSet<>(storage(program).keyedOutcomes())).isEqualTo(keyed);
    }
  }

  private Path snapshot(long sequence) {
    return SnapshotFile.path(file, sequence);
  }

  @Test
  void theNewestSnapshotIsUsedAndEqualsReadingTheWholeJournal() {
    assertOpensFrom(newer);
    try (PartnerProgram whole =
        JournalStorage.builder(file, JournalWorld.CATALOG, ProgramPolicy.seed())
            .readSnapshots(false)
            .open()) {
      assertThat(storage(whole).journal().recovery().fromSnapshot()).isFalse();
      assertThat(whole.snapshot()).isEqualTo(state);
      assertThat(new HashSet<>(storage(whole).keyedOutcomes())).isEqualTo(keyed);
    }
  }

  @Test
  void aSnapshotCutAnywhereIsPassedOverForTheOneBefore() throws IOException {
    byte[] whole = Files.readAllBytes(snapshot(newer));
    int cuts = 0;
    for (int cut = 0; cut < whole.length; cut += cut < 200 || whole.length - cut < 200 ? 1 : 211) {
      Files.write(snapshot(newer), Arrays.copyOf(whole, cut));
      assertOpensFrom(older);
      cuts++;
    }
    System.out.printf("SnapshotCrashPointTest cuts=%d of %d bytes%n", cuts, whole.length);
  }

  @Test
  void aSnapshotWithAFlippedByteIsPassedOver() throws IOException {
    byte[] whole = Files.readAllBytes(snapshot(newer));
    for (int at = 0; at < whole.length; at += 997) {
      byte[] flipped = whole.clone();
      flipped[at] ^= 0x04;
      Files.write(snapshot(newer), flipped);
      assertOpensFrom(older);
    }
  }

  @Test
  void withNoUsableSnapshotTheWholeJournalIsRead() throws IOException {
    Files.write(snapshot(newer), new byte[0]);
    byte[] damaged = Files.readAllBytes(snapshot(older));
    damaged[damaged.length / 2] ^= 0x10;
    Files.write(snapshot(older), damaged);
    assertOpensFrom(0);
  }

  @Test
  void aTemporaryFileACrashLeftBeforeItsRenameIsDeletedAndNeverUsed() throws IOException {
    Path temporary = snapshot(newer).resolveSibling(snapshot(newer).getFileName() + ".tmp");
    // A crash after the temporary file was forced but before the rename: whole, yet no snapshot.
    Files.move(snapshot(newer), temporary);
    assertOpensFrom(older);
    assertThat(temporary).doesNotExist();
  }

  @Test
  void aCrashBeforeOldSnapshotsWereDeletedLeavesTheNewestInUse() throws IOException {
    // An extra older snapshot, as a crash between the rename and the deletion leaves.
    Files.copy(snapshot(older), snapshot(older - 1), StandardCopyOption.REPLACE_EXISTING);
    assertOpensFrom(newer);
    try (PartnerProgram program = open(file)) {
      CustomerId c = JournalWorld.customerId(0);
      program.apply(new Action.SubmitServiceRequest(c, Actor.customer(c), "more"), LATER);
      JournalSnapshot written = storage(program).writeSnapshot();
      assertThat(SnapshotFile.list(file))
          .as("the two newest are kept")
          .containsExactly(written.file(), snapshot(newer));
    }
  }

  @Test
  void aSnapshotOfAnotherJournalIsNotUsed() throws IOException {
    // The journal restored from a copy taken before the newer snapshot's last events: the bytes
    // before the newer snapshot's offset differ (they are missing), so it must not be used.
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    Path copy = other.resolve("program.journal");
    try (PartnerProgram program = open(copy)) {
      for (Action registration : JournalWorld.registrations()) {
        program.apply(registration, JournalWorld.START);
      }
    }
    for (Path snapshot : List.of(snapshot(older), snapshot(newer))) {
      Files.copy(snapshot, other.resolve(snapshot.getFileName()));
    }
    ProgramSnapshot registered;
    try (PartnerProgram program =
        JournalStorage.builder(copy, JournalWorld.CATALOG, ProgramPolicy.seed())
            .readSnapshots(false)
            .open()) {
      registered = program.snapshot();
    }
    try (PartnerProgram program = open(copy)) {
      assertThat(storage(program).journal().recovery().fromSnapshot()).isFalse();
      assertThat(program.snapshot()).isEqualTo(registered);
    }
  }

  @Test
  void aTornLastLineAfterTheSnapshotIsDroppedAsWithoutOne() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
    try (PartnerProgram program = open(file)) {
      JournalRecovery recovery = storage(program).journal().recovery();
      assertThat(recovery.snapshotSequence()).isEqualTo(newer);
      assertThat(recovery.droppedTornLine()).isTrue();
    }
  }

  @Test
  void replayingOnOpeningWritesNoSnapshotEvenPastTheCount() {
    // 100 events stand after the newer snapshot: replaying them must not count towards the next
    // snapshot, whose journal offset would lie past events its state does not hold yet.
    try (PartnerProgram program =
        JournalStorage.builder(file, JournalWorld.CATALOG, ProgramPolicy.seed())
            .snapshotEvery(5)
            .open()) {
      assertThat(storage(program).journal().recovery().snapshotSequence()).isEqualTo(newer);
      assertThat(program.snapshot()).isEqualTo(state);
    }
    assertOpensFrom(newer);
  }

  @Test
  void snapshotsAreWrittenEveryNEventsByThemselves() throws IOException {
    Path auto = dir.resolve("auto.journal");
    try (PartnerProgram program =
        JournalStorage.builder(auto, JournalWorld.CATALOG, ProgramPolicy.seed())
            .durability(Durability.GROUP_COMMIT)
            .snapshotEvery(50)
            .open()) {
      for (Action registration : JournalWorld.registrations()) {
        program.apply(registration, JournalWorld.START);
      }
      state = program.snapshot();
    }
    List<Path> snapshots = SnapshotFile.list(auto);
    assertThat(snapshots).hasSize(2);
    assertThat(snapshots.get(0).getFileName().toString()).endsWith("0000000000000000200");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
    try (PartnerProgram program = open(auto)) {
      assertThat(storage(program).journal().recovery().snapshotSequence()).isEqualTo(200);
      assertThat(storage(program).journal().recovery().events()).isEqualTo(10);
      assertThat(program.snapshot()).isEqualTo(state);
      Outcome next =
          program.apply(
              new Action.SubmitServiceRequest(
                  JournalWorld.customerId(1), Actor.customer(JournalWorld.customerId(1)), "x"),
              LATER);
      assertThat(next.event().orElseThrow().sequence()).isEqualTo(211);
    }
  }
}
