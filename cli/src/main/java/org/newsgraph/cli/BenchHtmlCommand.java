package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.eval.bench.HtmlCleaningBenchmark;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench html}: HTML pages cleaned per second. */
@Command(name = "html", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measure HTML cleaning alone (main content, metadata, removals): warm pages/s and MB/s at each "
        + "thread count.",
        "Pages: the article-extraction benchmark's pages (../shared/data/articles/html) when there, else examples/."})
final class BenchHtmlCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--pages", paramLabel = "DIR",
      description = "Folder of .html or .html.gz pages (default: ../shared/data/articles/html, else examples).")
  private Path folder;

  @Option(names = "--threads", split = ",", paramLabel = "N", defaultValue = "1,2",
      description = "Thread counts (default: ${DEFAULT-VALUE}).")
  private List<Integer> threads;

  @Option(names = "--count", paramLabel = "N", defaultValue = "1000",
      description = "Pages cleaned per timed run, cycling through the folder (default: ${DEFAULT-VALUE}).")
  private int count;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "400",
      description = "Pages cleaned before timing (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = folder != null ? folder : defaultFolder();
    List<RawDocument> pages = read(dir);
    if (pages.isEmpty()) {
      spec.commandLine().getErr().println("No HTML pages in " + dir);
      return 2;
    }
    long chars = pages.stream().mapToLong(p -> p.content().length()).sum();
    out.printf(Locale.ROOT, "pages: %s (%d pages, mean %.0f KB of HTML); %d processors%n%n", dir, pages.size(),
        chars / 1024.0 / pages.size(), Runtime.getRuntime().availableProcessors());
    out.println("| threads | pages | pages/s | MB/s of HTML | ms/page |");
    out.println("|---:|---:|---:|---:|---:|");
    for (HtmlCleaningBenchmark.Result r : new HtmlCleaningBenchmark(pages).run(threads, count, warmup)) {
      out.printf(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.2f |%n", r.threads(), r.pages(), r.pagesPerSecond(),
          r.megacharsPerSecond(), 1000.0 * r.threads() / r.pagesPerSecond());
    }
    out.flush();
    return 0;
  }

  private static Path defaultFolder() {
    Path pages = Path.of("..", "shared", "data", "articles", "html");
    return Files.isDirectory(pages) ? pages : Path.of("examples");
  }

  private static List<RawDocument> read(Path dir) throws IOException {
    DocumentReader reader = new DocumentReader();
    List<RawDocument> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("(?i).*\\.html?(\\.gz)?")).sorted()
          .toList()) {
        reader.read(file, ReadOptions.defaults().withFormat(InputFormat.HTML))
            .forEach(item -> item.document().ifPresent(pages::add));
      }
    }
    return pages;
  }
}
