package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.html.BenchmarkPages;
import org.newsgraph.eval.html.HtmlEvaluation;
import org.newsgraph.eval.html.MacroScore;
import org.newsgraph.eval.html.PageResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval html}: main-content extraction scored as the Zyte article-extraction benchmark scores it. */
@Command(name = "html", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score main-content extraction on the article-extraction benchmark's pages "
        + "(../shared/data/articles): F1 of word 4-gram shingles, precision and recall per page, macro-averaged, "
        + "as the benchmark's evaluate.py computes them; then the metadata found on the same pages."})
public final class EvalHtmlCommand implements Callable<Integer> {

  static final int DATA_MISSING = 2;

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Folder with ground-truth.json and html/ "
      + "(default: ${DEFAULT-VALUE}).")
  Path data = Path.of("..", "shared", "data", "articles");

  @Option(names = "--predictions", paramLabel = "FILE", description = "Score another extractor's output "
      + "(the benchmark's output/<name>.json format) instead of newsgraph's.")
  Path predictions;

  @Option(names = "--write", paramLabel = "FILE", description = "Write newsgraph's bodies in the benchmark's "
      + "output format, for its own evaluate.py.")
  Path write;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
      description = "List the N pages with the lowest F1 (default: ${DEFAULT-VALUE}).")
  int worst;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(data.resolve("ground-truth.json"))) {
      spec.commandLine().getErr().println("No benchmark pages at " + data
          + " (expected ../shared/data/articles/ground-truth.json and html/; give another folder with --data).");
      return DATA_MISSING;
    }
    List<BenchmarkPages.Page> pages = BenchmarkPages.read(data);
    long start = System.nanoTime();
    List<PageResult> results = predictions != null
        ? HtmlEvaluation.evaluate(pages, BenchmarkPages.predictions(predictions))
        : new HtmlEvaluation().evaluate(pages);
    double seconds = (System.nanoTime() - start) / 1e9;
    MacroScore score = HtmlEvaluation.summary(results);
    out.printf(Locale.ROOT, "%s on %d pages of %s (%.1f s)%n%n", predictions != null ? predictions : "newsgraph",
        score.pages(), data, seconds);
    out.println("| F1 | precision | recall | accuracy | empty |");
    out.println("|---:|---:|---:|---:|---:|");
    out.printf(Locale.ROOT, "| %.3f | %.3f | %.3f | %.3f | %d |%n%n", score.f1(), score.precision(), score.recall(),
        score.accuracy(), results.stream().filter(r -> !r.match().extractedAny()).count());
    out.println("Lowest F1:");
    results.stream().sorted(Comparator.comparingDouble(PageResult::f1)).limit(worst).forEach(r -> out.printf(
        Locale.ROOT, "  %.3f  P %.3f R %.3f  %s  %s%s%n", r.f1(), r.match().precision(), r.match().recall(),
        r.page().id().substring(0, 8), r.page().url(), r.error() == null ? "" : "  (" + r.error() + ")"));
    if (write != null) {
      ObjectMapper json = new ObjectMapper();
      ObjectNode root = json.createObjectNode();
      for (PageResult r : results) {
        root.putObject(r.page().id()).put("articleBody", r.extracted());
      }
      json.writerWithDefaultPrettyPrinter().writeValue(write.toFile(), root);
    }
    out.flush();
    return 0;
  }
}
