package dev.partnerkit.examples;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code partnerkit tour [--json]} command: plays the tour against embedded sandboxes and
 * prints its narrative, or with {@code --json} a machine-readable transcript. Exit status 0 when
 * the story ran as told, 1 when a step did not come out as the story expects, 2 on bad usage.
 *
 * <p>Not thread-safe: picocli fills one instance per run.
 */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = "Walk the partner program over HTTP against the embedded sandbox (the main job).",
    footer = {"", "Exit status: 0 the story ran as told, 1 a step did not, 2 bad usage."})
final class TourCommand implements Callable<Integer> {
  private final PartnerkitCommand.Io io;

  @Option(names = "--json", description = "Print a machine-readable transcript instead.")
  private boolean json;

  TourCommand(PartnerkitCommand.Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Tour tour = new Tour();
    List<Tour.TourStep> steps = tour.run();
    if (json) {
      tour.printJson(io.out());
    } else {
      tour.print(io.out());
    }
    io.out().flush();
    List<Integer> off = steps.stream().filter(s -> !s.asTold()).map(Tour.TourStep::number).toList();
    if (!off.isEmpty()) {
      io.err().println("partnerkit tour: steps " + off + " did not come out as the story expects");
      return 1;
    }
    return 0;
  }
}
