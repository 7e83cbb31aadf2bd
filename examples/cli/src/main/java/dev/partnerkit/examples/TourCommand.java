package dev.partnerkit.examples;

import java.io.PrintStream;
import java.util.List;

/**
 * The {@code partnerkit tour [--json]} command: plays the tour against embedded sandboxes and
 * prints its narrative, or with {@code --json} a machine-readable transcript. Exit status 0 when
 * the story ran as told, 1 when a step did not come out as the story expects, 2 on bad usage.
 */
final class TourCommand {
  private TourCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    boolean json = false;
    for (String arg : args) {
      if (arg.equals("--json")) {
        json = true;
      } else {
        err.println("partnerkit tour: unknown argument " + arg + "; expected [--json]");
        return 2;
      }
    }
    Tour tour = new Tour();
    List<Tour.TourStep> steps = tour.run();
    if (json) {
      tour.printJson(out);
    } else {
      tour.print(out);
    }
    out.flush();
    List<Integer> off = steps.stream().filter(s -> !s.asTold()).map(Tour.TourStep::number).toList();
    if (!off.isEmpty()) {
      err.println("partnerkit tour: steps " + off + " did not come out as the story expects");
      return 1;
    }
    return 0;
  }
}
