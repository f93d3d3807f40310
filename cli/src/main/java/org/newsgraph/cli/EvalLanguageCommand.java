package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.language.LanguageEvaluation;
import org.newsgraph.language.LanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval language}: the language identifier on short news sentences and real article bodies. */
@Command(name = "language", mixinStandardHelpOptions = true,
    description = "Score language identification: bundled short news sentences in seven languages, and the "
        + "extraction benchmark's English article bodies (whole and first 200 characters) when ../shared is there.")
public final class EvalLanguageCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--ground-truth", paramLabel = "FILE", description = "The benchmark's ground-truth.json "
      + "(default: ${DEFAULT-VALUE}).")
  Path groundTruth = Path.of("..", "shared", "data", "articles", "ground-truth.json");

  @Override
  public Integer call() throws Exception {
    List<LanguageEvaluation.Sample> samples = new ArrayList<>(LanguageEvaluation.shortNews());
    List<LanguageEvaluation.Sample> bodies = LanguageEvaluation.benchmarkBodies(groundTruth);
    if (bodies.isEmpty()) {
      spec.commandLine().getErr().println("No benchmark ground truth at " + groundTruth
          + ": scoring the bundled sentences only.");
    }
    samples.addAll(bodies);
    LanguageEvaluation evaluation = new LanguageEvaluation(LanguageIdentifier.load());
    // A first pass warms the detector up so the times below are steady-state.
    evaluation.score(samples);
    spec.commandLine().getOut().print(LanguageEvaluation.render(evaluation.score(samples)));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
