package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.eval.seed.SeedEvaluation;
import org.newsgraph.eval.seed.SeedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval seed}: the founding example, item by item. */
@Command(name = "seed", mixinStandardHelpOptions = true,
    description = "Compare the analysis of the founding example with what an analyst reads out of it "
        + "(seed-article.expected.json), item by item.")
final class EvalSeedCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--article", paramLabel = "FILE", defaultValue = "../shared/examples/seed-article.txt",
      description = "The seed article (default: ${DEFAULT-VALUE}).")
  private Path article;

  @Option(names = "--expected", paramLabel = "FILE",
      defaultValue = "../shared/examples/seed-article.expected.json",
      description = "What it should yield (default: ${DEFAULT-VALUE}).")
  private Path expected;

  @Option(names = "--require", split = ",", paramLabel = "SECTION",
      description = "Exit 1 unless every item of these sections passes (e.g. article,entities,times,figures).")
  private List<String> required = List.of();

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(article) || !Files.isRegularFile(expected)) {
      spec.commandLine().getErr().println("newsgraph: the seed article or its expectations are missing ("
          + article + ", " + expected + "); they live in ../shared/examples");
      return 2;
    }
    SeedEvaluation evaluation = new SeedEvaluation(
        Newsgraph.builder().build());
    SeedReport report = evaluation.evaluate(article, expected);
    spec.commandLine().getOut().print(report.render());
    Map<String, int[]> sections = report.bySection();
    for (String section : required) {
      int[] counts = sections.get(section);
      if (counts == null || counts[0] < counts[1]) {
        spec.commandLine().getErr().println("newsgraph: required section " + section + " has failures");
        return 1;
      }
    }
    return 0;
  }
}
