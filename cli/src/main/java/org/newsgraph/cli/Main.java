package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
    description = "Turns news articles into data: who said what, who did what to whom, when and where.",
    subcommands = {AnalyzeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
