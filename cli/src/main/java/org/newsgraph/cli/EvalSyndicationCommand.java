package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.syndication.SyndicationEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval syndication}: pair precision and recall of syndicated-copy clusters on real articles. */
@Command(name = "syndication", mixinStandardHelpOptions = true,
    description = "Score near-duplicate clustering: the PolNeAR articles (train and dev texts) each with edited "
        + "copies (another headline, trimmed ending, added byline, reposter clutter); pair precision and recall, "
        + "recall per edit, same-event pairs merged, signing rate, clustering cost and memory.")
public final class EvalSyndicationCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "The PolNeAR folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("..", "shared", "data", "polnear");

  @Option(names = "--copies", paramLabel = "N", defaultValue = "2",
      description = "Edited copies per article (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "2016",
      description = "Seed of the edits drawn (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    List<Path> folders = List.of(data.resolve("train").resolve("text"), data.resolve("dev").resolve("text"));
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        spec.commandLine().getErr().println("No PolNeAR texts at " + folder
            + " (expected ../shared/data/polnear; give another folder with --data).");
        return 2;
      }
    }
    SyndicationEvaluation.Result result = new SyndicationEvaluation().evaluate(folders, copies, seed);
    spec.commandLine().getOut().print(SyndicationEvaluation.render(result));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
