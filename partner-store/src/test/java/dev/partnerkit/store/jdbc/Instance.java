package dev.partnerkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RaceWorker} in a child JVM started on the test class path, with its standard output
 * collected line by line as it comes: the parent sees each acknowledgement as soon as it is
 * printed, and keeps the ones printed before the child died.
 */
final class Instance implements AutoCloseable {
  private final Process process;
  private final Path errors;
  private final List<String> lines = new ArrayList<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  private final Thread reader;

  private Instance(Process process, Path errors) {
    this.process = process;
    this.errors = errors;
    this.reader = new Thread(this::read, "instance-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code RaceWorker} with the arguments; it waits for {@link #go()} once ready. */
  static Instance start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    // Short-lived instances: quick start rather than peak speed. The benchmark runs without these.
    if (!"bench".equals(args[0])) {
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-XX:+UseSerialGC");
    }
    command.add("-cp");
    command.add(classPath());
    command.add(RaceWorker.class.getName());
    command.addAll(List.of(args));
    Path errors = Files.createTempFile("partnerkit-instance", ".err");
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    return new Instance(process, errors);
  }

  /** Returns the test class path: Surefire's own property when set (it may run from a jar). */
  static String classPath() {
    String path = System.getProperty("surefire.test.class.path");
    if (path == null || path.isBlank()) {
      path = System.getProperty("java.class.path");
    }
    assertThat(path.split(File.pathSeparator))
        .as("the test class path holds the store, its tests and the PostgreSQL driver")
        .anyMatch(p -> p.contains("postgresql"))
        .anyMatch(p -> p.endsWith("test-classes") || p.endsWith("test-classes/"));
    return path;
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (lines) {
          lines.add(line);
        }
        if ("READY".equals(line)) {
          ready.countDown();
        }
      }
    } catch (IOException e) {
      // The child was killed; what it printed before is in lines.
    }
  }

  void awaitReady(Duration timeout) throws InterruptedException {
    if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("instance never became ready: " + errors());
    }
  }

  /** Lets the instance start its work. */
  void go() {
    try {
      OutputStream in = process.getOutputStream();
      in.write("GO\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the lines printed so far. */
  List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** Returns how many lines printed so far start with the prefix. */
  long count(String prefix) {
    return lines().stream().filter(l -> l.startsWith(prefix)).count();
  }

  /** Waits for the instance to finish its work and exit; returns every line it printed. */
  List<String> awaitDone(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("instance did not finish in " + timeout + ": " + errors());
    }
    reader.join(timeout.toMillis());
    assertThat(process.exitValue()).as("exit code; stderr: %s", errors()).isZero();
    assertThat(lines()).as("stderr: %s", errors()).contains("DONE");
    return lines();
  }

  /** Kills the instance as kill -9 does, and returns every line it printed before it died. */
  List<String> kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    reader.join(30_000);
    return lines();
  }

  String errors() {
    try {
      String text = Files.readString(errors);
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(stderr unreadable: " + e + ")";
    }
  }

  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    Files.deleteIfExists(errors);
  }
}
