package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.eval.framing.CueConnotationSurvey;
import org.newsgraph.eval.framing.CueSurveyReport;
import org.newsgraph.eval.framing.OutletCues;
import org.newsgraph.eval.quote.PolnearArticle;
import org.newsgraph.eval.quote.PolnearCorpus;
import org.newsgraph.framing.Connotations;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval framing}: the connotation of PolNeAR's attribution cues, per outlet. */
@Command(name = "framing", mixinStandardHelpOptions = true,
    description = "Count the connotation (neutral, positive, negative) of PolNeAR's gold attribution cues per "
        + "outlet with newsgraph's cue lexicon; with --engine, also what the engine reports on those articles.")
public final class EvalFramingCommand implements Callable<Integer> {

  static final int DATA_MISSING = 2;

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/polnear",
      description = "PolNeAR directory (metadata.tsv, dev/, train/); default: ${DEFAULT-VALUE}")
  Path data;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
      description = "Split to read (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--engine", description = "Also run the whole engine on each article and count its framing.")
  boolean engine;

  @Override
  public Integer call() {
    Path root = data.toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve(split)) || !Files.isRegularFile(root.resolve("metadata.tsv"))) {
      spec.commandLine().getErr().println("eval framing: no PolNeAR " + split + " split at " + root
          + " (give the PolNeAR directory with --data)");
      return DATA_MISSING;
    }
    List<PolnearArticle> articles = PolnearCorpus.read(root, split);
    // Lemmas are all the gold cues need; the engine brings its own parsing annotator.
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults().withParse(false));
    Newsgraph pipeline = engine ? Newsgraph.builder().build() : null;
    List<OutletCues> outlets = new CueConnotationSurvey(annotator, Connotations.load(), pipeline)
        .survey(articles, CueConnotationSurvey.outlets(root.resolve("metadata.tsv")));
    spec.commandLine().getOut().print(CueSurveyReport.table(outlets));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
