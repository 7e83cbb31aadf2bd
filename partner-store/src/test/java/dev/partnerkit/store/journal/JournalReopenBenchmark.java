package dev.partnerkit.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.EventSink;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Measures reopening a large journal with and without a snapshot; a benchmark, not a timed test: it
 * asserts only that the work was done, and prints its figures (also to {@code
 * target/journal-reopen-benchmark.txt}).
 *
 * <p>Each phase runs in a JVM of its own, so that each one's heap is its own: {@code generate}
 * writes a journal of {@code partnerkit.benchmark.events} events (default 1,000,000) over {@code
 * partnerkit.benchmark.customers} customers (default 100,000) without forcing it (it is a fixture,
 * not a measurement); {@code whole} opens it reading every line, then writes a snapshot and applies
 * {@value #AFTER} more actions; {@code snapshot} opens it from the snapshot. A phase prints the
 * time to open, the peak heap used while opening (sampled every 10 ms) and the heap still used
 * after a full collection once open.
 *
 * <p>Runs only with {@code -Dpartnerkit.benchmark=journal}; see docs/reliability.md for the
 * command.
 */
class JournalReopenBenchmark {
  /** Actions applied after the snapshot, so that opening from it also reads some events. */
  static final int AFTER = 2_000;

  @Test
  void reopeningWithAndWithoutASnapshot() throws Exception {
    assumeTrue(
        "journal".equals(System.getProperty("partnerkit.benchmark")),
        "benchmark skipped: run with -Dpartnerkit.benchmark=journal (docs/reliability.md)");
    long events = Long.getLong("partnerkit.benchmark.events", 1_000_000);
    int customers = Integer.getInteger("partnerkit.benchmark.customers", 100_000);
    String heap = System.getProperty("partnerkit.benchmark.heap", "12g");
    Path dir = Path.of(System.getProperty("partnerkit.benchmark.dir", "target/journal-benchmark"));
    Files.createDirectories(dir);
    Path file = dir.resolve("program-" + events + ".journal");
    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "Journal reopen benchmark: %d cores, -Xmx%s, %,d events over %,d customers",
            Runtime.getRuntime().availableProcessors(),
            heap,
            events,
            customers));
    if (!Files.exists(file)) {
      report.add(child(heap, "generate", file, events, customers));
    }
    report.add(child(heap, "whole", file, events, customers));
    report.add(child(heap, "snapshot", file, events, customers));
    report.add(child(heap, "whole-again", file, events, customers));
    report.add(child(heap, "snapshot-again", file, events, customers));
    Path out = Path.of("target", "journal-reopen-benchmark.txt");
    Files.write(out, report, StandardCharsets.UTF_8);
    report.forEach(System.out::println);
    assertThat(report.subList(report.size() - 4, report.size()))
        .allMatch(line -> line.contains("opened in"));
  }

  private static String child(String heap, String phase, Path file, long events, int customers)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                JournalReopenBenchmark.class.getName(),
                phase,
                file.toString(),
                Long.toString(events),
                Integer.toString(customers))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = process.waitFor();
    assertThat(status).as("%s phase: %s", phase, output).isZero();
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1];
  }

  /**
   * Runs one phase in this JVM.
   *
   * @param args the phase ({@code generate}, {@code whole}, {@code whole-again}, {@code snapshot}
   *     or {@code snapshot-again}), the journal file, the events and the customers
   * @throws Exception when the phase fails
   */
  public static void main(String[] args) throws Exception {
    String phase = args[0];
    Path file = Path.of(args[1]);
    long events = Long.parseLong(args[2]);
    int customers = Integer.parseInt(args[3]);
    if (phase.equals("generate")) {
      generate(file, events, customers);
      return;
    }
    boolean whole = phase.startsWith("whole");
    HeapPeak peak = new HeapPeak();
    long start = System.nanoTime();
    PartnerProgram program =
        JournalStorage.builder(file, JournalWorld.CATALOG, ProgramPolicy.seed())
            .durability(Durability.GROUP_COMMIT)
            .readSnapshots(!whole)
            .open();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peakBytes = peak.stop();
    long retained = retained();
    JournalRecovery recovery = ((JournalStorage) program.storage()).journal().recovery();
    String extra = "";
    if (phase.equals("whole")) {
      long t = System.nanoTime();
      JournalSnapshot snapshot = ((JournalStorage) program.storage()).writeSnapshot();
      double snapshotSeconds = (System.nanoTime() - t) / 1e9;
      JournalWorld world =
          new JournalWorld(new SplittableRandom(events), "after", lastTime(program), customers);
      for (int i = 0; i < AFTER; i++) {
        program.apply(world.next(), world.now(), IdempotencyKey.of("after-" + i));
      }
      extra =
          String.format(
              Locale.ROOT,
              "; snapshot written in %.1f s, %,d bytes; %,d actions applied after it",
              snapshotSeconds,
              snapshot.bytes(),
              AFTER);
    }
    System.out.printf(
        Locale.ROOT,
        "%-14s | opened in %6.1f s | %,d events read (snapshot at %,d), last %,d | peak heap"
            + " %,d MiB | retained %,d MiB | journal %,d MiB%s%n",
        phase,
        seconds,
        recovery.events(),
        recovery.snapshotSequence(),
        program.lastSequence(),
        peakBytes >> 20,
        retained >> 20,
        Files.size(file) >> 20,
        extra);
    program.close();
  }

  private static Instant lastTime(PartnerProgram program) {
    List<Event> events = ((JournalStorage) program.storage()).journal().recoveredEvents();
    return events.isEmpty() ? JournalWorld.START : events.get(events.size() - 1).at();
  }

  /** Writes a journal of random actions without forcing it: a fixture, not a measurement. */
  private static void generate(Path file, long events, int customers) throws IOException {
    long start = System.nanoTime();
    AtomicLong written = new AtomicLong();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write(JournalReader.header().array());
      EventSink sink =
          event -> {
            try {
              out.write(JournalLine.encode(event));
              written.incrementAndGet();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      PartnerProgram program =
          PartnerProgram.builder()
              .catalog(JournalWorld.CATALOG)
              .eventSink(sink)
              .keepLog(false)
              .build();
      for (int i = 0; i < JournalWorld.PARTNERS; i++) {
        program.apply(new Action.RegisterPartner(JournalWorld.partner(i)), JournalWorld.START);
      }
      for (int i = 0; i < customers; i++) {
        program.apply(new Action.RegisterCustomer(JournalWorld.customer(i)), JournalWorld.START);
      }
      JournalWorld world =
          new JournalWorld(new SplittableRandom(16), "g", JournalWorld.START, customers);
      long actions = 0;
      while (written.get() < events) {
        Action action = world.next();
        Instant now = world.now();
        actions++;
        // One action in ten carries a key, as a portal's retried POSTs would.
        if (actions % 10 == 0) {
          program.apply(action, now, IdempotencyKey.of("g-" + actions));
        } else {
          program.apply(action, now);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "generate       | %,d events from %,d actions in %.1f s%n",
          written.get(),
          actions,
          (System.nanoTime() - start) / 1e9);
    }
  }

  /** Returns the heap used after a full collection. */
  private static long retained() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Samples the heap used every 10 ms and keeps the highest. */
  private static final class HeapPeak {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final Thread sampler;

    HeapPeak() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      sampler =
          new Thread(
              () -> {
                while (running) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(10);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-peak");
      sampler.setDaemon(true);
      sampler.start();
    }

    long stop() throws InterruptedException {
      running = false;
      sampler.join();
      return peak.get();
    }
  }
}
