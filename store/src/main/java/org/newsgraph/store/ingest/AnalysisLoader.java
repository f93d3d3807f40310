package org.newsgraph.store.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.ErrorRecord;
import org.newsgraph.store.StoreWriter;

/**
 * Loads analyses computed elsewhere ({@code newsgraph analyze} output, a Spark job's JSON Lines) into a store,
 * with no analysis: each record is stored as it is, an error record as an error record. Records are read in order
 * on one thread and stored by several (turning JSON into an analysis and indexing it is the cost). Resumable like
 * an ingest: the store's record of done inputs says how many records of each file are stored, counting only an
 * unbroken run from the first, so that records stored out of order are never skipped by a resumed run.
 */
public final class AnalysisLoader {

  /** Records read ahead of the storing threads, per thread. */
  private static final int AHEAD_PER_THREAD = 8;

  private final ObjectMapper mapper = new AnalysisJson().mapper();
  private final IngestOptions options;
  private final int threads;

  public AnalysisLoader(IngestOptions options) {
    this(options, Runtime.getRuntime().availableProcessors());
  }

  /** @param threads how many threads store records at once */
  public AnalysisLoader(IngestOptions options, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.options = options;
    this.threads = threads;
  }

  /** Loads every record of {@code sources} (one JSON document, several, or JSON Lines each) and commits. */
  public IngestSummary run(List<InputSource> sources, StoreWriter store, IngestListener listener) throws IOException {
    Counts counts = new Counts();
    listener.started(sources.size(), 0);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "newsgraph-store-loader");
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (InputSource source : sources) {
        if (source.isStdin() || (!options.replace() && store.record().isComplete(source.id()))) {
          if (!source.isStdin()) {
            counts.skipped.incrementAndGet();
          }
          continue;
        }
        load(source, store, pool, counts);
        store.sourceDone(source.id());
        listener.stored(null, counts.summary());
      }
    } finally {
      pool.shutdownNow();
    }
    store.commit();
    counts.commits.incrementAndGet();
    IngestSummary summary = counts.summary();
    listener.committed(summary);
    return summary;
  }

  /** Reads one source's records in order and has the pool store them; returns when all are stored. */
  private void load(InputSource source, StoreWriter store, ExecutorService pool, Counts counts) throws IOException {
    long done = options.replace() ? 0 : store.record().itemsDone(source.id());
    Progress progress = new Progress(source.id(), done, store);
    Semaphore ahead = new Semaphore(threads * AHEAD_PER_THREAD);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long index = 0;
    long sinceCommit = 0;
    try (InputStream in = Files.newInputStream(source.path());
        MappingIterator<JsonNode> records = mapper.readerFor(JsonNode.class).readValues(in)) {
      while (records.hasNextValue()) {
        JsonNode record = records.nextValue();
        if (index++ < done) {
          continue;
        }
        rethrow(failure.get());
        long number = index;
        String input = source.path() + "#" + number;
        acquire(ahead, 1);
        pool.execute(() -> {
          try {
            store(record, input, store, counts);
            progress.done(number);
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          } finally {
            ahead.release();
          }
        });
        if (++sinceCommit >= options.commitEvery()) {
          store.commit();
          counts.commits.incrementAndGet();
          sinceCommit = 0;
        }
      }
    } catch (JsonProcessingException e) {
      store.putError(ErrorRecord.of(source.path().toString(), "BAD_JSON",
          "not analyses as newsgraph writes them: " + e.getOriginalMessage()));
      counts.errors.incrementAndGet();
    } finally {
      // Every record handed out is stored (or has failed) before the source counts as read.
      acquire(ahead, threads * AHEAD_PER_THREAD);
      ahead.release(threads * AHEAD_PER_THREAD);
    }
    rethrow(failure.get());
  }

  private void store(JsonNode record, String input, StoreWriter store, Counts counts) throws IOException {
    counts.items.incrementAndGet();
    if (record.has("error")) {
      store.putError(mapper.treeToValue(record, ErrorRecord.class));
      counts.errors.incrementAndGet();
    } else if (record.path("article").isObject()) {
      Analysis analysis = mapper.treeToValue(record, Analysis.class);
      if (store.put(analysis, analysis.input() != null ? analysis.input() : input, options.replace())) {
        counts.stored.incrementAndGet();
      } else {
        counts.already.incrementAndGet();
      }
    } else {
      store.putError(ErrorRecord.of(input, "BAD_JSON", "neither an analysis nor an error record"));
      counts.errors.incrementAndGet();
    }
  }

  private static void acquire(Semaphore semaphore, int permits) throws IOException {
    try {
      if (!semaphore.tryAcquire(permits, 1, TimeUnit.DAYS)) {
        throw new IOException("the storing threads made no progress in a day");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while storing", e);
    }
  }

  private static void rethrow(Throwable failure) throws IOException {
    if (failure == null) {
      return;
    }
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof UncheckedIOException io) {
      throw io.getCause();
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IOException(failure);
  }

  /**
   * The records of one source stored so far, told to the store as the longest unbroken run from the first: record
   * 7 stored before record 6 counts once 6 is.
   */
  private static final class Progress {
    private final String source;
    private final StoreWriter store;
    private final java.util.BitSet ahead = new java.util.BitSet();
    private long through;

    Progress(String source, long through, StoreWriter store) {
      this.source = source;
      this.through = through;
      this.store = store;
    }

    synchronized void done(long number) {
      ahead.set((int) (number - through - 1));
      int run = ahead.nextClearBit(0);
      if (run > 0) {
        through += run;
        ahead.clear(0, run);
        // Shift the bits left over down to the new start.
        java.util.BitSet rest = ahead.get(run, Math.max(run, ahead.length()));
        ahead.clear();
        ahead.or(rest);
        store.itemsDone(source, through);
      }
    }
  }

  /** Running counts, shared by the storing threads. */
  private static final class Counts {
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong items = new AtomicLong();
    final AtomicLong stored = new AtomicLong();
    final AtomicLong already = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong commits = new AtomicLong();

    IngestSummary summary() {
      return new IngestSummary(skipped.get(), items.get(), stored.get(), already.get(), errors.get(), commits.get());
    }
  }
}
