package org.newsgraph.eval.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.language.LanguageIdentifier;

/**
 * Times the reading end of newsgraph, before any NLP: WARC records read per second (a Common Crawl-like archive of
 * request and response records, gzipped one by one), HTML pages cleaned per second, and language identification.
 */
public final class ReadingBenchmark {

  /** What one run measured. */
  public record Result(int pages, long warcRecords, long warcBytes, double warcSeconds, double warcCpuSeconds,
      double cleanSeconds, double cleanCpuSeconds, int cleaned, double languageSeconds) {

    public double recordsPerSecond() {
      return warcRecords / warcSeconds;
    }

    /** Records per second of this thread's CPU time: the rate on an idle core, whatever else the machine runs. */
    public double recordsPerCpuSecond() {
      return warcRecords / warcCpuSeconds;
    }

    public double pagesCleanedPerCpuSecond() {
      return cleaned / cleanCpuSeconds;
    }

    public double megabytesPerSecond() {
      return warcBytes / 1e6 / warcSeconds;
    }

    public double pagesCleanedPerSecond() {
      return cleaned / cleanSeconds;
    }

    public double languageMillisPerArticle() {
      return languageSeconds * 1000 / cleaned;
    }
  }

  private final List<byte[]> pages;

  private ReadingBenchmark(List<byte[]> pages) {
    this.pages = pages;
  }

  /** Pages from a folder of {@code .html} or {@code .html.gz} files. */
  public static ReadingBenchmark fromFolder(Path folder) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".html.gz"))
          .sorted().toList()) {
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
            : Files.newInputStream(file)) {
          pages.add(in.readAllBytes());
        }
      }
    }
    return new ReadingBenchmark(pages);
  }

  /** Pages taken from a WARC file (its HTML responses). */
  public static ReadingBenchmark fromWarc(Path warc) {
    List<byte[]> pages = new ArrayList<>();
    new DocumentReader().read(warc, ReadOptions.defaults(), item -> item.document()
        .ifPresent(raw -> pages.add(raw.content().getBytes(StandardCharsets.UTF_8))));
    return new ReadingBenchmark(pages);
  }

  public int size() {
    return pages.size();
  }

  /** Writes the pages {@code copies} times into a gzipped WARC in {@code dir}, then times reading and cleaning. */
  public Result run(Path dir, int copies) throws IOException {
    Path warc = dir.resolve("bench.warc.gz");
    long records = write(warc, copies);
    DocumentReader reader = new DocumentReader();
    // One untimed pass warms the JIT and the file cache.
    reader.read(warc, ReadOptions.defaults(), item -> { });
    AtomicLong read = new AtomicLong();
    List<RawDocument> documents = new ArrayList<>();
    long started = System.nanoTime();
    long cpu = cpuNanos();
    reader.read(warc, ReadOptions.defaults(), item -> {
      read.incrementAndGet();
      if (documents.size() < pages.size()) {
        item.document().ifPresent(documents::add);
      }
    });
    double warcSeconds = (System.nanoTime() - started) / 1e9;
    double warcCpuSeconds = (cpuNanos() - cpu) / 1e9;

    ArticleCleaner cleaner = new ArticleCleaner();
    List<String> texts = new ArrayList<>();
    clean(cleaner, documents, new ArrayList<>());
    started = System.nanoTime();
    cpu = cpuNanos();
    int cleaned = clean(cleaner, documents, texts);
    double cleanSeconds = (System.nanoTime() - started) / 1e9;
    double cleanCpuSeconds = (cpuNanos() - cpu) / 1e9;

    LanguageIdentifier languages = LanguageIdentifier.load();
    texts.forEach(languages::identify);
    started = System.nanoTime();
    texts.forEach(languages::identify);
    double languageSeconds = (System.nanoTime() - started) / 1e9;
    return new Result(pages.size(), records, Files.size(warc), warcSeconds, warcCpuSeconds, cleanSeconds,
        cleanCpuSeconds, cleaned, languageSeconds);
  }

  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static int clean(ArticleCleaner cleaner, List<RawDocument> documents, List<String> texts) {
    int cleaned = 0;
    for (RawDocument raw : documents) {
      try {
        texts.add(cleaner.clean(raw).text());
        cleaned++;
      } catch (RejectedInputException e) {
        // a page with no article text: timed all the same
      }
    }
    return cleaned;
  }

  /** A request and a response record per page and copy, as Common Crawl lays them out; returns the record count. */
  private long write(Path warc, int copies) throws IOException {
    long records = 0;
    try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING); WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      Instant date = Instant.parse("2024-03-05T00:00:00Z");
      for (int copy = 0; copy < copies; copy++) {
        for (int i = 0; i < pages.size(); i++) {
          String url = "https://bench.example.org/" + copy + "/" + i;
          writer.write(new WarcRequest.Builder(url).recordId(UUID.randomUUID()).date(date)
              .body(new HttpRequest.Builder("GET", url).build()).build());
          HttpResponse response = new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/html; charset=utf-8"), pages.get(i)).build();
          writer.write(new WarcResponse.Builder(url).recordId(UUID.randomUUID()).date(date).body(response).build());
          records += 2;
        }
      }
    }
    return records;
  }

}
