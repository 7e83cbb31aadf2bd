package dev.partnerkit.examples;

import dev.partnerkit.testing.PartnerSandbox;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code partnerkit} command: {@code java -jar partnerkit.jar COMMAND [OPTIONS]}, parsed by
 * picocli.
 *
 * <ul>
 *   <li>{@code tour [--json]}: walks the partner program against the embedded sandbox.
 *   <li>{@code scenario [--json] [--junit-xml FILE] FILE_OR_DIR...}: runs scenario files against
 *       the rules.
 *   <li>{@code sandbox [--port N] [--seed FILE] [--policy seed|modern] [--journal FILE | --store
 *       JDBC_URL]}: serves a sandbox of Partner Center, Graph and Azure on 127.0.0.1 until Ctrl-C.
 *   <li>{@code audit [--sandbox] [--format table|json|csv] [--output FILE] [--expiring-within
 *       DURATION] [--fail-on SEVERITY] [--max-findings N]}: the delegated-access report, with an
 *       exit status for CI.
 *   <li>{@code generate-completion}: prints a bash and zsh completion script.
 *   <li>{@code help [COMMAND]}: prints the usage.
 * </ul>
 *
 * <p>Every command answers {@code --help} (exit 0); {@code --version} prints the version from the
 * jar's manifest. Options take their value either as {@code --port 8080} or {@code --port=8080}.
 * Exit status: 0 success, 1 a check failed, 2 bad usage or input.
 *
 * <p>Thread-safe: a utility class; each run parses into new command objects.
 */
@Command(
    name = "partnerkit",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = "Partnerkit's command: a tour of the partner program, scenario files, a sandbox.",
    commandListHeading = "%nCommands:%n",
    footer = {
      "",
      "Exit status: 0 success, 1 a check failed, 2 bad usage or input.",
      "Run 'partnerkit COMMAND --help' for a command's options."
    })
public final class PartnerkitCommand implements Callable<Integer> {
  private static final int BAD_USAGE = 2;

  /** The commands a run builds alone when they come first on its command line. */
  private static final Set<String> ONE_COMMAND = Set.of("tour", "scenario", "sandbox", "audit");

  private final Io io;

  @Spec private CommandSpec spec;

  private PartnerkitCommand(Io io) {
    this.io = io;
  }

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
   * Runs the command without exiting, for tests and embedding; the sandbox's store URL may come
   * from the process's environment.
   *
   * @param args the command and its arguments
   * @param out where results go
   * @param err where errors and usage go
   * @return the exit status: 0 success, 1 a check failed, 2 bad usage or input
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv());
  }

  /**
   * Runs the command with the given environment instead of the process's.
   *
   * @param args the command and its arguments
   * @param out where results go
   * @param err where errors and usage go
   * @param environment the environment variables the command reads
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
    Io io = new Io(out, err, environment::get);
    return commandLine(io, SandboxCommand::untilShutdown, args.length == 0 ? "" : args[0])
        .execute(args);
  }

  /**
   * Returns the command line with the commands, writing to {@code io}, whose sandbox command calls
   * {@code whileServing} while it serves.
   *
   * @param first the first argument: when it names one of the commands above, the command line
   *     holds that one alone, since picocli reflects over every command it is given and the tour's
   *     first decision should come fast; usage, help and completion need them all
   */
  static CommandLine commandLine(Io io, Consumer<PartnerSandbox> whileServing, String first) {
    boolean all = !ONE_COMMAND.contains(first);
    CommandLine line = new CommandLine(new PartnerkitCommand(io));
    if (all || first.equals("tour")) {
      line.addSubcommand(new TourCommand(io));
    }
    if (all || first.equals("scenario")) {
      line.addSubcommand(new ScenarioCommand(io));
    }
    if (all || first.equals("sandbox")) {
      line.addSubcommand(new SandboxCommand(io, whileServing));
    }
    if (all || first.equals("audit")) {
      // A bar redrawn in place only when a person watches; System.console() is there only then.
      line.addSubcommand(new AuditCommand(io, io.err() == System.err && System.console() != null));
    }
    if (all) {
      line.addSubcommand(new AutoComplete.GenerateCompletion());
      line.addSubcommand(new CommandLine.HelpCommand());
      // picocli hides the completion command by default; a user should find it in the usage.
      line.getSubcommands()
          .get("generate-completion")
          .getCommandSpec()
          .usageMessage()
          .hidden(false);
    }
    IVersionProvider version = PartnerkitCommand::version;
    line.getCommandSpec().versionProvider(version);
    line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
    line.getHelpSectionMap()
        .put(
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
            PartnerkitCommand::commandList);
    // Set last: picocli hands these to the subcommands added before.
    // The streams' own charset is not readable on Java 17; System.out uses the default one there.
    line.setOut(new PrintWriter(new OutputStreamWriter(io.out(), Charset.defaultCharset()), true));
    line.setErr(new PrintWriter(new OutputStreamWriter(io.err(), Charset.defaultCharset()), true));
    line.setParameterExceptionHandler(PartnerkitCommand::badUsage);
    // --fail-on high, --format json: enum values in any case, as people type them.
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line;
  }

  /** Without a command, the usage goes to standard error and the status says bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(io.err());
    return BAD_USAGE;
  }

  /**
   * Returns the version lines: Partnerkit's from the jar's manifest ({@code
   * Implementation-Version}, which every Partnerkit jar carries), then the Java runtime's.
   */
  private static String[] version() {
    String version = PartnerkitCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "partnerkit " + (version == null ? "(no version: not run from a jar)" : version),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }

  /**
   * Renders the command list with each command's synopsis, so that the top-level usage names every
   * option of every command.
   */
  private static String commandList(Help help) {
    StringBuilder text = new StringBuilder();
    for (Help sub : help.subcommands().values()) {
      CommandSpec spec = sub.commandSpec();
      if (spec.usageMessage().hidden()) {
        continue;
      }
      text.append("  ").append(sub.synopsis(0).strip().replace("\n", "\n  ")).append('\n');
      // Like picocli's own list: the header's first line, or else the description's.
      String[] summary =
          spec.usageMessage().header().length > 0
              ? spec.usageMessage().header()
              : spec.usageMessage().description();
      if (summary.length > 0) {
        text.append("      ").append(String.format(summary[0]).strip()).append('\n');
      }
    }
    return text.toString();
  }

  /** Reports an unknown option, a missing value or a bad one: one line, a hint, status 2. */
  private static int badUsage(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    String name = line.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + name + " --help' for its options.");
    err.flush();
    return BAD_USAGE;
  }

  /**
   * Where a command writes and what environment it reads.
   *
   * @param out where results go
   * @param err where errors and usage go
   * @param environment looks up an environment variable; null when it is not set
   */
  record Io(PrintStream out, PrintStream err, Function<String, String> environment) {}
}
