package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.time.TimeEvalReport;
import org.newsgraph.eval.time.TimeEvaluation;
import org.newsgraph.eval.time.TimeMlDocument;
import org.newsgraph.eval.time.TimeMlReader;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.time.TimeNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval time}: temporal expressions against TempEval-3's TimeBank and AQUAINT. */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = "Score time expressions (TIMEX3 spans, values, types) on TempEval-3 TBAQ-cleaned, "
        + "SUTime as is and with newsgraph's corrections.")
public final class EvalTimeCommand implements Callable<Integer> {

  static final int DATA_MISSING = 2;

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/tempeval3/TBAQ-cleaned",
      description = "TBAQ-cleaned directory (TimeBank/ and AQUAINT/ .tml files); default: ${DEFAULT-VALUE}")
  Path data;

  @Option(names = "--parse", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Run the dependency parser (default). The corrections read the clause's tense from it; "
          + "--no-parse is faster and leaves tense-based corrections out.")
  boolean parse;

  @Override
  public Integer call() throws Exception {
    Path directory = data.toAbsolutePath().normalize();
    if (!Files.isDirectory(directory)) {
      spec.commandLine().getErr().println("eval time: no TempEval-3 data at " + directory
          + " (give the TBAQ-cleaned directory with --data)");
      return DATA_MISSING;
    }
    List<TimeMlDocument> documents = new TimeMlReader().readAll(directory);
    if (documents.isEmpty()) {
      spec.commandLine().getErr().println("eval time: no .tml files in " + directory);
      return DATA_MISSING;
    }
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults().withParse(parse));
    TimeEvaluation evaluation = new TimeEvaluation(annotator, new TimeNormalizer());
    spec.commandLine().getOut().print(TimeEvalReport.table(evaluation.evaluate(documents)));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
