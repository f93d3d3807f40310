package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.eval.store.RealAnalyses;
import org.newsgraph.eval.store.StoreBenchmark;
import org.newsgraph.eval.store.StoreBenchmark.BuildResult;
import org.newsgraph.eval.store.StoreBenchmark.Latency;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.Analysis;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.Newsgraph;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreStats;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.ingest.IngestListener;
import org.newsgraph.store.ingest.IngestOptions;
import org.newsgraph.store.ingest.IngestSummary;
import org.newsgraph.store.ingest.InputSource;
import org.newsgraph.store.ingest.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench store}: store write speed, query latency per kind, size and heap at several sizes. */
@Command(name = "store", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measure the store: writes/s of precomputed analyses and end to end with analysis, query latency "
        + "p50/p99 per query kind, size on disk per article and heap, at each store size.",
        "Large stores are real analyses (of --corpus, analyzed once and cached) copied with new ids, shifted "
            + "dates and shuffled outlets."})
final class BenchStoreCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Article texts to analyze (default: ../shared/data/polnear/dev/text, else examples).")
  private Path corpus;

  @Option(names = "--cache", paramLabel = "FILE", defaultValue = "target/bench-store/analyses.jsonl",
      description = "Where the corpus's analyses are kept between runs (default: ${DEFAULT-VALUE}).")
  private Path cache;

  @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "10000,100000",
      description = "Store sizes in articles (default: ${DEFAULT-VALUE}).")
  private List<Long> sizes;

  @Option(names = "--repeats", paramLabel = "N", defaultValue = "20",
      description = "Times each query is run after its warm-up (default: ${DEFAULT-VALUE}).")
  private int repeats;

  @Option(names = "--end-to-end", paramLabel = "N", defaultValue = "20",
      description = "Articles ingested with analysis, 2 threads, for the end-to-end rate; 0 skips it "
          + "(default: ${DEFAULT-VALUE}).")
  private int endToEnd;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads storing precomputed analyses (default: the number of processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--copies", paramLabel = "N", defaultValue = "20000",
      description = "Fact-less articles of distinct texts (a tenth of them edited copies) stored with and without "
          + "finding copies, for what finding them costs; 0 skips it (default: ${DEFAULT-VALUE}).")
  private long copies;

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "target/bench-store",
      description = "Where the stores are built; each is deleted after it is measured (default: ${DEFAULT-VALUE}).")
  private Path dir;

  @Option(names = "--keep", description = "Keep the stores built.")
  private boolean keep;

  @Option(names = "--reuse", description = "Query a store kept by an earlier run (--keep) instead of building it "
      + "again; its write figures are not measured then.")
  private boolean reuse;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path folder = corpus != null ? corpus : defaultCorpus();
    RealAnalyses real = new RealAnalyses();
    List<RawDocument> texts = real.texts(folder);
    Pipeline pipeline = null;
    if (!Files.isRegularFile(cache) || endToEnd > 0) {
      pipeline = Newsgraph.builder().build().pipeline();
    }
    List<Analysis> seeds = real.load(cache, texts, pipeline, 2);
    out.printf("corpus: %s (%d analyses, cached in %s); JVM max heap %d MB; %d processors%n", folder, seeds.size(),
        cache, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    if (endToEnd > 0) {
      endToEnd(pipeline, texts.subList(0, Math.min(endToEnd, texts.size())), out);
    }
    pipeline = null;
    StoreBenchmark benchmark = new StoreBenchmark(seeds);
    List<String[]> sizeRows = new ArrayList<>();
    for (long size : sizes) {
      Path store = dir.resolve("store-" + size);
      BuildResult build;
      if (reuse && Files.isDirectory(store)) {
        out.printf("%s: kept from an earlier run, not built again (no write figures)%n", store);
        build = new BuildResult(size, Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, threads, Double.NaN, -1);
      } else {
        delete(store);
        build = benchmark.build(store, size, Newsgraph.version(), threads);
      }
      try (StoreReader reader = StoreReader.open(store)) {
        StoreStats stats = reader.stats();
        Map<String, Latency> latencies = benchmark.queries(reader, repeats);
        System.gc();
        long liveMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        sizeRows.add(new String[] {String.valueOf(size), String.format(Locale.ROOT, "%.0f", build.articlesPerSecond()),
            String.format(Locale.ROOT, "%.0f", build.articlesPerCpuSecond()), String.valueOf(build.threads()),
            String.format(Locale.ROOT, "%.2f", build.copyCpuMillisPerArticle()), String.valueOf(build.clusters()),
            String.format(Locale.ROOT, "%.1f", build.seconds()), String.valueOf(build.peakHeapMb()),
            String.format(Locale.ROOT, "%.1f", stats.bytes() / 1024.0 / stats.articles()),
            String.format(Locale.ROOT, "%.2f", stats.bytes() / 1e9), String.valueOf(liveMb)});
        out.printf("%n%,d articles (%,d quotes, %,d events, %,d entity records): query latency, ms%n%n", size,
            stats.quotes(), stats.events(), stats.entities());
        out.println("| query kind | queries | p50 | p99 | max | CPU p50 | CPU p99 |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        latencies.forEach((kind, l) -> out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
            kind, l.queries(), l.p50(), l.p99(), l.max(), l.cpuP50(), l.cpuP99()));
        out.flush();
      }
      if (!keep && !reuse) {
        delete(store);
      }
    }
    out.println();
    out.println("| articles | writes/s (precomputed) | writes per CPU-second | threads | finding copies, CPU ms per "
        + "article | clusters of copies (distinct texts) | build s | peak heap while writing MB | KB on disk per article | GB on disk | live heap after "
        + "queries MB |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String[] row : sizeRows) {
      out.println("| " + String.join(" | ", row) + " |");
    }
    if (copies > 0) {
      copies(benchmark, out);
    }
    return 0;
  }

  /** Distinct fact-less articles stored with and without finding copies: its CPU time and its size. */
  private void copies(StoreBenchmark benchmark, PrintWriter out) throws IOException {
    Path with = dir.resolve("copies-found");
    Path without = dir.resolve("copies-not-found");
    delete(with);
    delete(without);
    StoreBenchmark.CopiesResult found = benchmark.copies(with, copies, true, threads);
    StoreBenchmark.CopiesResult plain = benchmark.copies(without, copies, false, threads);
    delete(with);
    delete(without);
    out.printf(Locale.ROOT, "%nsyndicated copies: %,d fact-less articles drawn from %,d real sentences, %,d of them "
        + "edited copies; %,d clusters found%n", found.articles(), found.sentences(), found.planted(),
        found.clusters());
    out.println("| copies | process CPU s | finding copies, CPU ms per article | size on disk MB | MB per million "
        + "articles |");
    out.println("|---|---:|---:|---:|---:|");
    for (StoreBenchmark.CopiesResult result : List.of(found, plain)) {
      out.printf(Locale.ROOT, "| %s | %.1f | %.3f | %.1f | %.0f |%n", result == found ? "found" : "not found",
          result.cpuSeconds(), result.copyCpuMillisPerArticle(), result.bytes() / 1e6,
          result.bytes() / 1e6 * 1e6 / result.articles());
    }
    out.printf(Locale.ROOT, "finding copies adds %.0f MB per million articles and %.3f ms of CPU per article "
        + "(process CPU, all threads)%n", (found.bytes() - plain.bytes()) / 1e6 * 1e6 / found.articles(),
        (found.cpuSeconds() - plain.cpuSeconds()) * 1e3 / found.articles());
    out.flush();
  }

  private void endToEnd(Pipeline pipeline, List<RawDocument> texts, PrintWriter out) throws IOException {
    Path store = dir.resolve("store-end-to-end");
    delete(store);
    Path inputs = dir.resolve("end-to-end-inputs");
    delete(inputs);
    Files.createDirectories(inputs);
    for (RawDocument text : texts) {
      Files.writeString(inputs.resolve(Path.of(text.name()).getFileName()), text.content());
    }
    StoreIngest ingest = new StoreIngest(() -> pipeline, new BatchOptions(2, Duration.ofSeconds(60)),
        org.newsgraph.ingest.ReadOptions.defaults(), IngestOptions.defaults());
    long start = System.nanoTime();
    long cpuStart = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
    IngestSummary summary;
    try (StoreWriter writer = StoreWriter.open(store, Newsgraph.version())) {
      summary = ingest.run(InputSource.of(List.of(inputs.toString())), writer, IngestListener.NONE);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() - cpuStart) / 1e9;
    out.printf(Locale.ROOT, "end to end (analysis + store, 2 threads, warm pipeline): %d articles in %.1f s = "
        + "%.2f articles/s, %.2f articles per CPU-second (%d errors)%n", summary.items(), seconds,
        summary.items() / seconds, summary.items() / cpu, summary.errors());
    delete(store);
    delete(inputs);
  }

  private static Path defaultCorpus() {
    Path polnear = Path.of("..", "shared", "data", "polnear", "dev", "text");
    return Files.isDirectory(polnear) ? polnear : Path.of("examples");
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

}
