package dev.partnerkit.examples;

import dev.partnerkit.client.bulk.BulkProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Tells the audit's progress on standard error: on a terminal a bar redrawn in place, at most ten
 * times a second; elsewhere (a CI log) a plain line every few seconds, since a redrawn line would
 * fill a log with carriage returns.
 *
 * <p>Not thread-safe: the report tells progress on the thread that runs it.
 */
final class AuditProgress implements Consumer<BulkProgress> {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();
  private static final long LINE_NANOS = Duration.ofSeconds(5).toNanos();

  private final PrintStream err;
  private final boolean terminal;
  private final LongSupplier nanos;
  private final long started;
  private long lastTold;
  private BulkProgress last = new BulkProgress(0, 0, 0, java.util.OptionalLong.empty());

  AuditProgress(PrintStream err, boolean terminal, LongSupplier nanos) {
    this.err = err;
    this.terminal = terminal;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
    this.lastTold = started;
  }

  @Override
  public void accept(BulkProgress progress) {
    last = progress;
    long now = nanos.getAsLong();
    if (now - lastTold < (terminal ? REDRAW_NANOS : LINE_NANOS)) {
      return;
    }
    lastTold = now;
    if (terminal) {
      err.print("\r" + bar(progress));
    } else {
      err.println("partnerkit audit: " + counts(progress));
    }
    err.flush();
  }

  /** Ends the progress: the bar's last state on its own line, or a closing line. */
  void finish() {
    long millis = Duration.ofNanos(nanos.getAsLong() - started).toMillis();
    String done = counts(last) + " in " + millis / 1000 + "." + millis % 1000 / 100 + " s";
    err.println(terminal ? "\r" + bar(last) + "\n" + done : "partnerkit audit: " + done);
    err.flush();
  }

  /** Returns the bar, such as {@code [#######-------] 50% 500/1000 customers, 0 failed}. */
  static String bar(BulkProgress p) {
    if (p.total().isEmpty() || p.total().getAsLong() == 0) {
      return counts(p);
    }
    long total = p.total().getAsLong();
    int filled = (int) Math.min(WIDTH, p.completed() * WIDTH / total);
    return "["
        + "#".repeat(filled)
        + "-".repeat(WIDTH - filled)
        + "] "
        + Math.min(100, p.completed() * 100 / total)
        + "% "
        + counts(p);
  }

  static String counts(BulkProgress p) {
    return p.completed()
        + p.total().stream().mapToObj(t -> "/" + t).findFirst().orElse("")
        + " customers read, "
        + p.failed()
        + " failed";
  }
}
