package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
    description = {"Analyze the bundled example articles: print a short summary of each and write its JSON, then "
        + "store the analyses in a store and search it.",
        "Same as: analyze --summary -o DIR examples/*; ingest --analyses --store DIR/store DIR/*.json; "
            + "search --store DIR/store --type quote ..."})
final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples",
      description = "Folder of example articles (default: ${DEFAULT-VALUE}).")
  private Path examples;

  @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", defaultValue = "out",
      description = "Where the JSON analyses go (default: ${DEFAULT-VALUE}).")
  private Path outputDir;

  @Option(names = "--store", paramLabel = "DIR",
      description = "The store the analyses go into (default: <output dir>/store).")
  private Path store;

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
    int analyzed = run(new AnalyzeCommand(), args);
    if (analyzed > 1) {
      return analyzed;
    }
    Path storeDir = store != null ? store : outputDir.resolve("store");
    List<String> jsons = new ArrayList<>(List.of("--analyses", "--no-progress", "--store", storeDir.toString()));
    try (Stream<Path> files = Files.list(outputDir)) {
      files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(f -> jsons.add(f.toString()));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println();
    out.println("== stored in " + storeDir + "; the newest quotes:");
    out.println("$ newsgraph search --store " + storeDir + " --type quote --limit 5 --sort date");
    out.flush();
    run(new IngestCommand(), jsons);
    run(new SearchCommand(), List.of("--store", storeDir.toString(), "--type", "quote", "--limit", "5", "--sort",
        "date"));
    out.println();
    out.println("Try next: ./newsgraph search --store " + storeDir + " --type article \"shipping channel\"");
    out.println("          ./newsgraph search --store " + storeDir + " --type quote --facets speaker,outlet");
    out.println("          ./newsgraph store stats --store " + storeDir);
    return analyzed;
  }

  private int run(Object command, List<String> args) {
    CommandLine line = new CommandLine(command);
    line.setOut(spec.commandLine().getOut());
    line.setErr(spec.commandLine().getErr());
    return line.execute(args.toArray(String[]::new));
  }
}
