package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph demo}: analyzes the example articles that ship with newsgraph. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Analyze the bundled example articles: print a short summary of each and write its JSON.",
        "Same as: analyze --summary -o DIR examples/*"})
final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples",
      description = "Folder of example articles (default: ${DEFAULT-VALUE}).")
  private Path examples;

  @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", defaultValue = "out",
      description = "Where the JSON analyses go (default: ${DEFAULT-VALUE}).")
  private Path outputDir;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(examples)) {
      spec.commandLine().getErr().println("newsgraph: no examples folder at " + examples.toAbsolutePath()
          + " (run from the project folder, or pass --examples DIR)");
      return 2;
    }
    List<String> args = new ArrayList<>(List.of("--summary", "-o", outputDir.toString()));
    try (Stream<Path> files = Files.list(examples)) {
      files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
          .sorted().forEach(f -> args.add(f.toString()));
    }
    CommandLine analyze = new CommandLine(new AnalyzeCommand());
    analyze.setOut(spec.commandLine().getOut());
    analyze.setErr(spec.commandLine().getErr());
    return analyze.execute(args.toArray(String[]::new));
  }
}
