package dev.partnerkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.ClientListener;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.RetryPolicy;
import dev.partnerkit.client.TokenProvider;
import dev.partnerkit.client.report.DelegatedAccessReport;
import dev.partnerkit.client.report.ReportSummary;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.testing.ManagedCustomers;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxLimits;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 15's measured run: the delegated-access report over many customers against the sandbox
 * enforcing a Graph limit, beside the same walk written the way users write it today (a parallel
 * loop of single calls, each retrying on its own after a 429). Prints, for each: the useful calls a
 * second as a share of the limit, the 429s per 1,000 useful calls, the failed customers and the
 * elapsed time; and, for the report, the peak heap it held above the sandbox's (used heap after a
 * full collection, sampled each second in a separate run so the collections do not slow the timed
 * one).
 *
 * <p>Each customer has two approved relationships with two access assignments each, and is resold
 * by the partner, so Partner Center lists it: the report makes one Graph call for the customer's
 * relationships and one for each relationship's assignments.
 *
 * <p>Run: {@code java -cp examples/cli/target/benchmarks.jar dev.partnerkit.bench.ReportWalk
 * 10000 500 16} (customers, Graph calls a second, parallelism); add {@code heap} for the report's
 * heap alone, with the sandbox in a child JVM.
 */
public final class ReportWalk {
  private static final PartnerId TAILWIND = ManagedCustomers.PARTNER;

  private ReportWalk() {}

  /**
   * Runs the measurement.
   *
   * @param args customers (10,000), Graph calls a second (500), parallelism (16)
   * @throws Exception when the run fails
   */
  public static void main(String[] args) throws Exception {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    String mode = args.length > 3 ? args[3] : "walks";
    if (mode.equals("serve")) {
      serve(customers, perSecond);
    } else if (mode.equals("heap")) {
      heapAlone(customers, perSecond, parallelism);
    } else {
      walks(customers, perSecond, parallelism);
    }
  }

  private static PartnerSandbox sandbox(int customers, int perSecond) {
    PartnerProgram program = ManagedCustomers.program(customers);
    SandboxLimits limits =
        SandboxLimits.builder()
            .graph(new SandboxLimits.Rate(perSecond, Duration.ofSeconds(1)))
            .decimalRetryAfter(true)
            .build();
    return PartnerSandbox.builder()
        .programStore(() -> program)
        .partners(List.of(Samples.TAILWIND_CSP))
        .customers(List.of())
        .limits(limits)
        .tokenLifetime(Duration.ofHours(2))
        .start();
  }

  /**
   * The child of {@link #heapAlone}: serves the sandbox, prints its addresses and a partner token
   * on one line, and stops when its standard input closes.
   */
  private static void serve(int customers, int perSecond) throws Exception {
    try (PartnerSandbox sandbox = sandbox(customers, perSecond)) {
      System.out.println(
          "READY "
              + sandbox.partnerCenterUri()
              + " "
              + sandbox.graphUri()
              + " "
              + sandbox.partnerToken(TAILWIND));
      System.out.flush();
      while (System.in.read() >= 0) {
        // Until the parent closes the pipe.
      }
    }
  }

  /**
   * The report's own heap: the sandbox in a child JVM, the report in this one, the used heap after
   * a full collection sampled each second; what is printed is the peak above the heap before the
   * walk, which here holds nothing of the sandbox.
   */
  private static void heapAlone(int customers, int perSecond, int parallelism) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                ReportWalk.class.getName(),
                Integer.toString(customers),
                Integer.toString(perSecond),
                "1",
                "serve")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
        if (line == null) {
          throw new IllegalStateException("the sandbox process ended before it was ready");
        }
      } while (!line.startsWith("READY "));
      String[] ready = line.split(" ");
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      PartnerClient.Builder client =
          PartnerClient.builder()
              .partnerCenterBaseUri(URI.create(ready[1]))
              .graphBaseUri(URI.create(ready[2]))
              .tokenProvider(TokenProvider.fixed(ready[3]))
              .retryPolicy(
                  RetryPolicy.builder()
                      .initialBackoff(Duration.ofMillis(20))
                      .maxBackoff(Duration.ofSeconds(1))
                      .maxRetryAfter(Duration.ofSeconds(5))
                      .build());
      long base = usedAfterGc(memory);
      AtomicLong peak = new AtomicLong(base);
      Counts counts =
          report(
              client, parallelism, () -> peak.accumulateAndGet(usedAfterGc(memory), Math::max));
      System.out.printf(
          Locale.ROOT,
          "report alone, %d customers: %d read (%d failed); heap held at peak %.2f MiB above"
              + " the %.1f MiB before the walk%n",
          customers,
          counts.items.get(),
          counts.failed.get(),
          (peak.get() - base) / 1048576.0,
          base / 1048576.0);
    } finally {
      child.getOutputStream().close();
      child.waitFor();
    }
  }

  private static void walks(int customers, int perSecond, int parallelism) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (PartnerSandbox sandbox = sandbox(customers, perSecond)) {
      System.out.printf(
          Locale.ROOT,
          "%d customers, Graph limit %d calls/s, parallelism %d, %d processors%n",
          customers,
          perSecond,
          parallelism,
          Runtime.getRuntime().availableProcessors());
      Counts report = report(sandbox, parallelism, null);
      report.print("report", perSecond);
      Counts naive = naive(sandbox, parallelism);
      naive.print("naive loop", perSecond);
      long base = usedAfterGc(memory);
      AtomicLong peak = new AtomicLong(base);
      report(sandbox, parallelism, () -> peak.accumulateAndGet(usedAfterGc(memory), Math::max));
      System.out.printf(
          Locale.ROOT,
          "report heap: %.1f MiB held above the sandbox's at peak (sampled each second)%n",
          (peak.get() - base) / 1048576.0);
    }
  }

  /** The report through Partnerkit's client, counting Graph's answers as they come. */
  private static Counts report(PartnerSandbox sandbox, int parallelism, Runnable sample)
      throws Exception {
    return report(sandbox.clientBuilder(TAILWIND), parallelism, sample);
  }

  private static Counts report(PartnerClient.Builder builder, int parallelism, Runnable sample)
      throws Exception {
    Counts counts = new Counts();
    ClientListener listener =
        new ClientListener() {
          @Override
          public void attemptFinished(AttemptFinished event) {
            if (event.call().api() == Audience.GRAPH) {
              counts.count(event.status());
            }
          }
        };
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler = null;
    if (sample != null) {
      sampler =
          new Thread(
              () -> {
                while (running.get()) {
                  sample.run();
                  sleep(1_000);
                }
              },
              "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }
    try (PartnerClient client = builder.listener(listener).build()) {
      long started = System.nanoTime();
      ReportSummary summary =
          DelegatedAccessReport.builder()
              .client(client)
              .now(Samples.EPOCH)
              .parallelism(parallelism)
              .build()
              .run(row -> {});
      counts.elapsedNanos = System.nanoTime() - started;
      counts.items.set(summary.customers());
      counts.failed.set(summary.failures());
    } finally {
      running.set(false);
      if (sampler != null) {
        sampler.join();
      }
    }
    return counts;
  }

  /**
   * The walk as users write it today: a pool of threads, each taking the next customer and making
   * its calls one by one with a plain {@link HttpClient}; a 429 makes that call alone wait its
   * {@code Retry-After} and try again, up to ten times.
   */
  private static Counts naive(PartnerSandbox sandbox, int parallelism) throws Exception {
    Counts counts = new Counts();
    ObjectMapper json = new ObjectMapper();
    HttpClient http = HttpClient.newHttpClient();
    String token = sandbox.partnerToken(TAILWIND);
    String graph = sandbox.graphUri().toString();
    List<String> tenants = new ArrayList<>();
    try (PartnerClient client = sandbox.client(TAILWIND)) {
      client.customers().list().forEach(c -> tenants.add(c.id().orElseThrow()));
    }
    Iterator<String> next = tenants.iterator();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    long started = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < parallelism; w++) {
      workers.add(
          pool.submit(
              () -> {
                while (true) {
                  String tenant;
                  synchronized (next) {
                    if (!next.hasNext()) {
                      return null;
                    }
                    tenant = next.next();
                  }
                  try {
                    String filter =
                        URLEncoder.encode(
                            "customer/tenantId eq '" + tenant + "'", StandardCharsets.UTF_8);
                    JsonNode relationships =
                        get(
                            http,
                            json,
                            counts,
                            graph
                                + "/tenantRelationships/delegatedAdminRelationships?$filter="
                                + filter,
                            token);
                    for (JsonNode r : relationships.path("value")) {
                      if ("active".equals(r.path("status").asText())) {
                        get(
                            http,
                            json,
                            counts,
                            graph
                                + "/tenantRelationships/delegatedAdminRelationships/"
                                + r.path("id").asText()
                                + "/accessAssignments",
                            token);
                      }
                    }
                  } catch (Exception e) {
                    counts.failed.incrementAndGet();
                  }
                  counts.items.incrementAndGet();
                }
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    counts.elapsedNanos = System.nanoTime() - started;
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    return counts;
  }

  private static JsonNode get(
      HttpClient http, ObjectMapper json, Counts counts, String uri, String token)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token).build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      counts.count(OptionalInt.of(answer.statusCode()));
      if (answer.statusCode() == 200) {
        return json.readTree(answer.body());
      }
      if (answer.statusCode() != 429 || attempt == 10) {
        throw new IllegalStateException(uri + " answered " + answer.statusCode());
      }
      double seconds =
          Double.parseDouble(answer.headers().firstValue("Retry-After").orElse("1"));
      sleep((long) Math.ceil(seconds * 1000));
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What one walk saw; the counters are written from many threads. */
  private static final class Counts {
    final AtomicLong useful = new AtomicLong();
    final AtomicLong throttled = new AtomicLong();
    final AtomicLong other = new AtomicLong();
    final AtomicLong items = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    volatile long elapsedNanos;

    void count(OptionalInt status) {
      int code = status.orElse(0);
      (code == 200 ? useful : code == 429 ? throttled : other).incrementAndGet();
    }

    void print(String name, int limit) {
      double seconds = elapsedNanos / 1e9;
      double rate = useful.get() / seconds;
      System.out.printf(
          Locale.ROOT,
          "%s: %d customers (%d failed) in %.1f s; %d useful Graph calls, %.0f/s = %.1f%% of the"
              + " limit; %d 429s = %.1f per 1,000 useful calls; %d other answers%n",
          name,
          items.get(),
          failed.get(),
          seconds,
          useful.get(),
          rate,
          100 * rate / limit,
          throttled.get(),
          1000.0 * throttled.get() / Math.max(1, useful.get()),
          other.get());
    }
  }
}
