package dev.partnerkit.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@link JsonBench}'s decodes, interleaved in one JVM: rounds of a batch of each in a shuffled
 * order, timed by the thread's own CPU time, with each round's ratio to the floor taken within the
 * round. On a machine that other builds share, JMH runs one benchmark after another and the load
 * changes between them; here every ratio compares runs a few milliseconds apart, so the median
 * ratio holds still where JMH's scores swing. It leaves out what other threads do for the decode
 * (the collector's work), which JMH's figures keep; read both.
 *
 * <p>Run with {@code java -cp examples/target/benchmarks.jar dev.partnerkit.bench.JsonInterleaved
 * [rounds] [batch]}.
 */
public final class JsonInterleaved {
  private JsonInterleaved() {}

  /**
   * Runs the rounds and prints, for each decode, the median CPU time per page, the median and
   * quartiles of its ratio to the floor, and the bytes it allocates per page.
   *
   * @param args the number of rounds (default 60) and pages per batch (default 50)
   * @throws Exception when a decode fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    JsonBench bench = new JsonBench();
    bench.setUp();
    Map<String, Callable<Object>> decodes = new LinkedHashMap<>();
    decodes.put("decodePojo (floor)", bench::decodePojo);
    decodes.put("decodeToWire", bench::decodeToWire);
    decodes.put("decodeToModel", bench::decodeToModel);

    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    List<String> names = new ArrayList<>(decodes.keySet());
    Map<String, List<Double>> micros = new LinkedHashMap<>();
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (String name : names) {
      micros.put(name, new ArrayList<>());
      ratios.put(name, new ArrayList<>());
    }
    // Warm-up: the same work as a third of the rounds, untimed.
    for (int i = 0; i < rounds / 3; i++) {
      for (Callable<Object> decode : decodes.values()) {
        for (int j = 0; j < batch; j++) {
          decode.call();
        }
      }
    }
    Random random = new Random(2026);
    for (int round = 0; round < rounds; round++) {
      List<String> order = new ArrayList<>(names);
      Collections.shuffle(order, random);
      Map<String, Double> thisRound = new LinkedHashMap<>();
      for (String name : order) {
        Callable<Object> decode = decodes.get(name);
        long allocated = threads.getThreadAllocatedBytes(self);
        long cpu = threads.getCurrentThreadCpuTime();
        for (int j = 0; j < batch; j++) {
          decode.call();
        }
        double perPage = (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / batch;
        bytes.put(name, (threads.getThreadAllocatedBytes(self) - allocated) / batch);
        thisRound.put(name, perPage);
        micros.get(name).add(perPage);
      }
      for (String name : names) {
        ratios.get(name).add(thisRound.get(name) / thisRound.get(names.get(0)));
      }
    }
    System.out.printf(
        "%-20s %14s %10s %16s %12s%n", "", "CPU µs/page", "ratio", "ratio p25-p75", "KB/page");
    for (String name : names) {
      List<Double> time = sorted(micros.get(name));
      List<Double> ratio = sorted(ratios.get(name));
      System.out.printf(
          "%-20s %14.0f %10.3f %8.3f-%-7.3f %12.1f%n",
          name,
          time.get(time.size() / 2),
          ratio.get(ratio.size() / 2),
          ratio.get(ratio.size() / 4),
          ratio.get(ratio.size() * 3 / 4),
          bytes.get(name) / 1024.0);
    }
  }

  private static List<Double> sorted(List<Double> values) {
    List<Double> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }
}
