package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.eval.geo.GeoEvaluation;
import org.newsgraph.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval geo}: focus-country accuracy on CLIFF's hand-coded sets. */
@Command(name = "geo", mixinStandardHelpOptions = true,
    description = "Score the article focus country on CLIFF's hand-coded sets (bbc.json, huffpo.json): "
        + "CLIFF's protocol and main-focus accuracy.")
public final class EvalGeoCommand implements Callable<Integer> {

  static final int DATA_MISSING = 2;

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Folder with bbc.json and huffpo.json "
      + "(default: ${DEFAULT-VALUE}).")
  Path data = Path.of("..", "shared", "data", "geo");

  @Override
  public Integer call() throws Exception {
    for (String set : GeoEvaluation.SETS) {
      if (!Files.isRegularFile(data.resolve(set))) {
        spec.commandLine().getErr().println("No CLIFF hand-coded set at " + data.resolve(set)
            + " (expected ../shared/data/geo/" + set + "; give another folder with --data).");
        return DATA_MISSING;
      }
    }
    KnowledgeBase kb = KnowledgeBase.load();
    GeoEvaluation evaluation = new GeoEvaluation(
        Newsgraph.builder().knowledgeBase(kb).build(), kb);
    spec.commandLine().getOut().print(GeoEvaluation.render(evaluation.evaluate(data)));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
