package dev.partnerkit.store.journal;

import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.KeyedOutcome;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.store.EventCodec;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The writer process of {@link JournalKillTest}: opens a journal program, registers the world's
 * partners and customers where missing, then applies random actions from one or more threads until
 * it is killed, printing {@code ACK <sequence> <event>} on standard output after each action the
 * program acknowledged (the event as {@link EventCodec} writes it, so that the parent can check it
 * finds that very event). Every other action is given an idempotency key, which its event carries;
 * a keyed action that is denied is printed as {@code DENY <denial>}, so that the parent can check a
 * repeat after the kill is answered with it.
 *
 * <p>Arguments: {@code <journal file> <seed> [SYNC_EACH|GROUP_COMMIT] [threads] [snapshot every N
 * events, 0 for none]}. It halts when standard input closes, so that it never outlives a parent
 * that died, and stops by itself after {@link #MAX_ACTIONS_PER_THREAD} actions per thread.
 */
public final class JournalWriterMain {
  static final int MAX_ACTIONS_PER_THREAD = 200_000;

  private static final OutputStream OUT = new FileOutputStream(FileDescriptor.out);

  private JournalWriterMain() {}

  /**
   * Runs the writer.
   *
   * @param args the journal file, the seed, and optionally the durability and the thread count
   * @throws Exception when the journal cannot be opened or a thread fails
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long seed = Long.parseLong(args[1]);
    Durability durability = args.length > 2 ? Durability.valueOf(args[2]) : Durability.SYNC_EACH;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    long snapshotEvery = args.length > 4 ? Long.parseLong(args[4]) : 0;
    haltWhenParentGoes();
    try (PartnerProgram program =
        JournalStorage.builder(file, JournalWorld.CATALOG, ProgramPolicy.seed())
            .durability(durability)
            .snapshotEvery(snapshotEvery)
            .open()) {
      // The last event read back, or the start when a snapshot holds them all: the program moves
      // a time before a target's last action up to it.
      Instant start = JournalWorld.START;
      for (Event event : JournalWorld.journal(program).recoveredEvents()) {
        start = event.at().isAfter(start) ? event.at() : start;
      }

      for (Action registration : JournalWorld.registrations()) {
        acknowledge(program.apply(registration, start));
      }
      SplittableRandom random = new SplittableRandom(seed);
      List<Thread> workers = new ArrayList<>();
      List<Throwable> failures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        JournalWorld world = new JournalWorld(random.split(), "k" + seed + "-" + t, start);
        Thread worker =
            new Thread(
                () -> {
                  for (int i = 0; i < MAX_ACTIONS_PER_THREAD; i++) {
                    Action action = world.next();
                    Instant now = world.now();
                    if (i % 2 == 0) {
                      acknowledge(program.apply(action, now));
                    } else {
                      IdempotencyKey key = IdempotencyKey.of(world.prefix() + "-key-" + i);
                      Outcome outcome = program.apply(action, now, key);
                      if (outcome.isAllowed()) {
                        acknowledge(outcome);
                      } else {
                        print(
                            "DENY "
                                + EventCodec.encodeDenial(
                                    new KeyedOutcome(key, action, now, outcome)));
                      }
                    }
                  }
                },
                "writer-" + t);
        worker.setUncaughtExceptionHandler(
            (thread, e) -> {
              synchronized (failures) {
                failures.add(e);
              }
            });
        workers.add(worker);
        worker.start();
      }
      for (Thread worker : workers) {
        worker.join();
      }
      if (!failures.isEmpty()) {
        throw new IllegalStateException("a writer thread failed", failures.get(0));
      }
    }
  }

  private static void acknowledge(Outcome outcome) {
    if (outcome.event().isEmpty()) {
      return;
    }
    Event event = outcome.event().get();
    print("ACK " + event.sequence() + " " + EventCodec.encode(event));
  }

  private static void print(String text) {
    byte[] line = (text + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (OUT) {
      try {
        OUT.write(line);
        OUT.flush();
      } catch (IOException e) {
        Runtime.getRuntime().halt(2);
      }
    }
  }

  private static void haltWhenParentGoes() {
    Thread watcher =
        new Thread(
            () -> {
              InputStream in = System.in;
              try {
                while (in.read() >= 0) {
                  // The parent never writes; reading only waits for the end of the stream.
                }
              } catch (IOException e) {
                // A broken pipe means the same as the end of the stream.
              }
              Runtime.getRuntime().halt(3);
            },
            "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }
}
