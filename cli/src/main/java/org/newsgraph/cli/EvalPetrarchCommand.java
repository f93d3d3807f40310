package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.event.PetrarchEvaluation;
import org.newsgraph.eval.event.PetrarchReport;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval petrarch}: PETRARCH2's own unit-test suite, coded from newsgraph's annotation. */
@Command(name = "petrarch", mixinStandardHelpOptions = true,
    description = "Code the sentences of PETRARCH2's unit-test suite with its validation dictionaries and compare "
        + "with the expected CAMEO codings: pass rate overall and per category, and the coder's speed.")
final class EvalPetrarchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      defaultValue = "../shared/data/events/PETR.UnitTest.records.xml",
      description = "The suite's records file; its dictionaries are read next to it (default: ${DEFAULT-VALUE}).")
  private Path records;

  @Option(names = {"-v", "--verbose"}, description = "List every sentence that is not coded exactly as expected.")
  private boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(records)) {
      spec.commandLine().getErr().println("newsgraph: the PETRARCH suite is missing (" + records
          + "); it lives in ../shared/data/events");
      return 2;
    }
    PetrarchReport report = new PetrarchEvaluation(new CoreNlpAnnotator(CoreNlpConfig.defaults()))
        .evaluate(records);
    spec.commandLine().getOut().print(report.render(verbose));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
