package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
    description = "Turns news articles into data: who said what, who did what to whom, when and where.",
    subcommands = {AnalyzeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class,
        ExportCommand.class, IngestCommand.class, SearchCommand.class, StoreCommand.class, ServeCommand.class})
public final class Main {

  public static void main(String[] args) {
    CommandLine command = new CommandLine(new Main());
    int exitCode = command.execute(args);
    // Commands print through picocli's writers, which flush only at line ends.
    command.getOut().flush();
    command.getErr().flush();
    System.exit(exitCode);
  }
}
