package org.newsgraph.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;

/**
 * Measures how fast HTML pages are cleaned (main content, metadata, removals), without the language stages: warm
 * pages per second and megabytes of HTML per second at each thread count, with one cleaner shared by the threads
 * as the pipeline shares it.
 */
public final class HtmlCleaningBenchmark {

  /** One timed run. */
  public record Result(int threads, int pages, long htmlChars, double seconds) {

    public double pagesPerSecond() {
      return pages / seconds;
    }

    /** Millions of HTML characters per second (about megabytes for mostly ASCII markup). */
    public double megacharsPerSecond() {
      return htmlChars / 1e6 / seconds;
    }
  }

  private final List<RawDocument> pages;
  private final ArticleCleaner cleaner = new ArticleCleaner();

  /** @param pages HTML pages, cleaned in order and cycled when a run wants more */
  public HtmlCleaningBenchmark(List<RawDocument> pages) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no HTML pages to time");
    }
    this.pages = List.copyOf(pages);
  }

  /** Cleans {@code warmup} pages untimed, then {@code count} pages at each thread count. */
  public List<Result> run(List<Integer> threadCounts, int count, int warmup) throws Exception {
    clean(1, warmup);
    List<Result> results = new ArrayList<>();
    for (int threads : threadCounts) {
      long start = System.nanoTime();
      long chars = clean(threads, count);
      results.add(new Result(threads, count, chars, (System.nanoTime() - start) / 1e9));
    }
    return results;
  }

  private long clean(int threads, int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<Long>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          long chars = 0;
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            RawDocument page = pages.get(i % pages.size());
            chars += page.content().length();
            try {
              cleaner.clean(page);
            } catch (RejectedInputException e) {
              // a page without text still costs its cleaning time
            }
          }
          return chars;
        }));
      }
      long chars = 0;
      for (Future<Long> worker : workers) {
        chars += worker.get();
      }
      return chars;
    } finally {
      pool.shutdownNow();
    }
  }
}
