package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
    description = "Turns news articles into data: who said what, who did what to whom, when and where.",
    // The launcher runs `spark` itself, from the spark module's classpath, so this command's has no Spark.
    footer = {"", "Also: newsgraph spark [--master local[N]] INPUT OUTPUT  runs the pipeline as an Apache Spark job "
        + "(see newsgraph spark --help, docs/spark.md)."},
    subcommands = {AnalyzeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class,
        ExportCommand.class, IngestCommand.class, SearchCommand.class, StoreCommand.class, ServeCommand.class})
public final class Main {

  public static void main(String[] args) {
    CommandLine command = commandLine();
    int exitCode = command.execute(args);
    // Commands print through picocli's writers, which flush only at line ends.
    command.getOut().flush();
    command.getErr().flush();
    System.exit(exitCode);
  }

  /** The command line as users get it: option values such as {@code --format jsonl} are read in any case. */
  static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
