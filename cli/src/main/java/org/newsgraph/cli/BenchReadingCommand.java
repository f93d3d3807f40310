package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.bench.ReadingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench reading}: WARC records read per second, pages cleaned per second, language id cost. */
@Command(name = "reading", mixinStandardHelpOptions = true,
    description = {"Measure the reading end before any NLP: WARC records/s read (a gzipped, Common Crawl-like "
        + "archive written from the pages), HTML pages/s cleaned, language identification ms/article.",
        "Pages: the 133 extraction-benchmark pages in ../shared/data/articles/html when there, else the bundled "
            + "examples/newsroom.warc.gz."})
final class BenchReadingCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--pages", paramLabel = "DIR", description = "Folder of .html or .html.gz pages "
      + "(default: ../shared/data/articles/html, else the pages of examples/newsroom.warc.gz).")
  private Path folder;

  @Option(names = "--copies", paramLabel = "N", defaultValue = "20",
      description = "Times each page is written into the archive (default: ${DEFAULT-VALUE}).")
  private int copies;

  @Override
  public Integer call() throws Exception {
    Path shared = Path.of("..", "shared", "data", "articles", "html");
    Path pages = folder != null ? folder : Files.isDirectory(shared) ? shared : null;
    ReadingBenchmark benchmark = pages != null ? ReadingBenchmark.fromFolder(pages)
        : ReadingBenchmark.fromWarc(Path.of("examples", "newsroom.warc.gz"));
    Path dir = Files.createTempDirectory("newsgraph-bench");
    try {
      ReadingBenchmark.Result r = benchmark.run(dir, copies);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "pages: %s (%d), written %d times%n", pages != null ? pages : "examples/newsroom.warc.gz",
          r.pages(), copies);
      out.printf(Locale.ROOT, "| measure | value |%n|---|---:|%n");
      out.printf(Locale.ROOT, "| WARC records read | %d (%.1f MB gzipped) |%n", r.warcRecords(), r.warcBytes() / 1e6);
      out.printf(Locale.ROOT, "| WARC records/s (wall) | %.0f |%n", r.recordsPerSecond());
      out.printf(Locale.ROOT, "| WARC records/s of CPU time | %.0f |%n", r.recordsPerCpuSecond());
      out.printf(Locale.ROOT, "| WARC MB/s (gzipped) | %.1f |%n", r.megabytesPerSecond());
      out.printf(Locale.ROOT, "| HTML pages/s cleaned (wall) | %.1f |%n", r.pagesCleanedPerSecond());
      out.printf(Locale.ROOT, "| HTML pages/s cleaned, of CPU time | %.1f |%n", r.pagesCleanedPerCpuSecond());
      out.printf(Locale.ROOT, "| language identification ms/article | %.2f |%n", r.languageMillisPerArticle());
      return 0;
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }
}
