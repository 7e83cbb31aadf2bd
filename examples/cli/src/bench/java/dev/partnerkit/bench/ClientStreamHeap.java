package dev.partnerkit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.testing.PartnerSandbox;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Target 3, memory: the two halves of the peak-heap probe that {@code client-heap.sh} runs in
 * separate JVMs, so that the client's heap holds nothing of the server's.
 *
 * <ul>
 *   <li>{@code serve COUNT FILE} starts the loopback sandbox with COUNT customers of {@link
 *       CustomerStreams#PARTNER}, writes its Partner Center base URI and a partner token to FILE
 *       (two lines) and serves until it is killed.
 *   <li>{@code stream client|floor FILE COUNT} streams every customer once, with Partnerkit's
 *       client or the hand-written floor, and prints the count and the largest heap in use after
 *       any garbage collection during the pass (the live data at its peak, in MiB). It exits 1 when
 *       it saw another count than COUNT, and fails with {@link OutOfMemoryError} when the heap
 *       given with {@code -Xmx} is too small.
 * </ul>
 */
public final class ClientStreamHeap {
  private ClientStreamHeap() {}

  /**
   * Runs one half of the probe.
   *
   * @param args {@code serve COUNT FILE} or {@code stream client|floor FILE COUNT}
   * @throws Exception when the sandbox cannot start or the file cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("serve")) {
      serve(Integer.parseInt(args[1]), Path.of(args[2]));
    } else if (args.length == 4 && args[0].equals("stream")) {
      System.exit(stream(args[1], Path.of(args[2]), Long.parseLong(args[3])) ? 0 : 1);
    } else {
      System.err.println("usage: serve COUNT FILE | stream client|floor FILE COUNT");
      System.exit(2);
    }
  }

  private static void serve(int count, Path file) throws IOException, InterruptedException {
    PartnerSandbox sandbox = CustomerStreams.sandbox(count).start();
    String token = sandbox.partnerToken(CustomerStreams.PARTNER);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    // Written aside and moved, so that the script never reads half a file.
    Files.writeString(partial, sandbox.partnerCenterUri() + "\n" + token + "\n");
    Files.move(partial, file);
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
    new CountDownLatch(1).await();
  }

  private static boolean stream(String how, Path file, long expected) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    URI partnerCenter = URI.create(lines.get(0));
    String token = lines.get(1);
    LongAccumulator peak = new LongAccumulator(Math::max, 0);
    AtomicLong collections = new AtomicLong();
    // A collection reports every pool it manages, metaspace and code cache among them; only the
    // heap's pools are the client's data.
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used =
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                          .filter(e -> heapPools.contains(e.getKey()))
                          .mapToLong(e -> e.getValue().getUsed())
                          .sum();
                  peak.accumulate(used);
                  collections.incrementAndGet();
                }
              },
              null,
              null);
    }
    long[] checksum = {0};
    long seen;
    if (how.equals("client")) {
      try (PartnerClient client = CustomerStreams.client(partnerCenter, token)) {
        seen = CustomerStreams.withClient(client, c -> checksum[0] += c.id().hashCode());
      }
    } else {
      seen =
          new CustomerStreams.HandLoop(partnerCenter, token)
              .stream(c -> checksum[0] += c.id.hashCode());
    }
    long maxHeap = Runtime.getRuntime().maxMemory();
    System.out.printf(
        "%s: %d customers (checksum %x), -Xmx %d MiB, %d collections, %s%n",
        how,
        seen,
        checksum[0],
        maxHeap >> 20,
        collections.get(),
        collections.get() == 0
            ? "none to measure the heap after"
            : String.format("peak heap after GC %.1f MiB", peak.get() / 1048576.0));
    return seen == expected;
  }
}
