package dev.partnerkit.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code partnerkit} command: {@code java -jar partnerkit.jar COMMAND [ARGS]}.
 *
 * <ul>
 *   <li>{@code tour [--json]}: walks the partner program against the embedded sandbox.
 *   <li>{@code scenario FILE_OR_DIR... [--json]}: runs scenario files against the rules.
 *   <li>{@code sandbox [--port N] [--seed FILE] [--policy seed|modern]}: serves a sandbox of
 *       Partner Center, Graph and Azure on 127.0.0.1 until Ctrl-C.
 * </ul>
 */
public final class PartnerkitCommand {
  private PartnerkitCommand() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /**
   * Runs the command without exiting, for tests and embedding.
   *
   * @param args the command and its arguments
   * @param out where results go
   * @param err where errors and usage go
   * @return the exit status: 0 success, 1 a check failed, 2 bad usage or input
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0
        || args[0].equals("--help")
        || args[0].equals("-h")
        || args[0].equals("help")) {
      usage(args.length == 0 ? err : out);
      return args.length == 0 ? 2 : 0;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    return switch (args[0]) {
      case "scenario" -> ScenarioCommand.run(rest, out, err);
      case "tour" -> TourCommand.run(rest, out, err);
      case "sandbox" -> SandboxCommand.run(rest, out, err);
      default -> {
        err.println("partnerkit: unknown command \"" + args[0] + "\"");
        usage(err);
        yield 2;
      }
    };
  }

  private static void usage(PrintStream out) {
    out.println("usage: partnerkit COMMAND [ARGS]");
    out.println();
    out.println("commands:");
    out.println(
        "  tour [--json]   walk the partner program over HTTP against the embedded sandbox (the main job)");
    out.println(
        "  scenario FILE_OR_DIR... [--json]   run scenario files against the rules; exit 0 all held, 1 a check failed, 2 bad input");
    out.println(
        "  sandbox [--port N] [--seed FILE] [--policy seed|modern]   serve Partner Center, Graph and Azure on 127.0.0.1 until Ctrl-C");
  }
}
