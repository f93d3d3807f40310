package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ner.NerBenchmark;
import org.newsgraph.eval.ner.NerModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval ner}: named-entity precision, recall and F1 on CoNLL-2003. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Score named entities on CoNLL-2003 (entity level, exact span and type, per type): "
        + "CoreNLP's NER spans and the entity stage's mentions.")
public final class EvalNerCommand implements Callable<Integer> {

  static final int DATA_MISSING = 2;

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", description = "CoNLL-2003 file (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("..", "shared", "data", "conll2003", "eng.testa");

  @Option(names = "--models", paramLabel = "LIST",
      description = "Comma-separated CoreNLP NER models: all.3class, conll.4class, muc.7class or model paths "
          + "(default: newsgraph's, conll.4class).")
  String models;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data)) {
      spec.commandLine().getErr().println("No CoNLL-2003 data at " + data
          + " (expected ../shared/data/conll2003/eng.testa; give another file with --data).");
      return DATA_MISSING;
    }
    List<String> modelList = models == null ? List.of() : NerModels.parse(models);
    spec.commandLine().getOut().print(NerBenchmark.run(data, modelList).table());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
