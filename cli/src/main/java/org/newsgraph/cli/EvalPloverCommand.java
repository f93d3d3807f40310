package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.eval.event.PloverEvaluation;
import org.newsgraph.eval.event.PloverReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval plover}: event types and actor countries against the PLOVER gold records. */
@Command(name = "plover", mixinStandardHelpOptions = true,
    description = "Analyze each sentence of the PLOVER gold records with the whole pipeline and score the events: "
        + "event-type precision/recall/F1 (micro and per type, PLOVER 0.5 labels mapped to 2.0) and actor and "
        + "recipient country accuracy.")
final class EvalPloverCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      defaultValue = "../shared/data/events/PLOVER_GSR_CAMEO.txt",
      description = "The PLOVER gold records (default: ${DEFAULT-VALUE}).")
  private Path records;

  @Option(names = {"-v", "--verbose"}, description = "List every sentence with its gold and found events.")
  private boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(records)) {
      spec.commandLine().getErr().println("newsgraph: the PLOVER gold records are missing (" + records
          + "); they live in ../shared/data/events");
      return 2;
    }
    PloverReport report = new PloverEvaluation(
        Newsgraph.builder().build()).evaluate(records);
    spec.commandLine().getOut().print(report.render(verbose));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
