package org.newsgraph.store.ingest;

import java.io.IOException;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.ErrorRecord;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.StoreWriter.StoredAnalysis;

/**
 * Analyzes again, with the current engine, the articles a store holds ({@code ingest --replace} with no inputs):
 * each article's stored text goes through the pipeline and its facts replace the stored ones, while the article
 * itself (text, id, metadata, cluster of copies) stays as it was. Articles the current engine analyzed already are
 * left alone, which also makes a killed run resume where it stopped. When cleaning the stored text again would
 * change it (the new offsets would point into another text) or the analysis fails, the stored analysis is kept and
 * an error record says why.
 */
public final class StoreReanalysis {

  private static final int READ_AHEAD = 64;

  private final Supplier<Pipeline> pipeline;
  private final BatchOptions batch;
  private final IngestOptions options;

  public StoreReanalysis(Supplier<Pipeline> pipeline, BatchOptions batch, IngestOptions options) {
    this.pipeline = pipeline;
    this.batch = batch;
    this.options = options;
  }

  /** Analyzes again every stored article an engine other than the writer's analyzed, and commits. */
  public IngestSummary run(StoreWriter store, IngestListener listener) throws IOException {
    Tally tally = new Tally();
    long older = store.countAnalysesNotBy(store.engine());
    listener.started(older, 0);
    if (older == 0) {
      // Nothing to do: the models are never loaded.
      return tally.summary();
    }
    Tickets tickets = new Tickets();
    ReadAheadAnalysis.run("newsgraph-reanalysis-reader", () -> {
      try {
        store.forEachAnalysisNotBy(store.engine(), tickets::put);
      } catch (IOException e) {
        tickets.failed(e);
      } finally {
        tickets.finish();
      }
    }, tickets, pipeline.get(), batch, outcome -> store(outcome, tickets.take(), store, tally, listener));
    if (tickets.failure != null) {
      throw tickets.failure;
    }
    store.commit();
    tally.commits++;
    listener.committed(tally.summary());
    return tally.summary();
  }

  private void store(Outcome outcome, StoredAnalysis before, StoreWriter store, Tally tally, IngestListener listener)
      throws IOException {
    tally.items++;
    Article article = before.analysis().article();
    String input = inputOf(before);
    if (outcome instanceof Outcome.Analyzed analyzed) {
      Analysis again = analyzed.analysis();
      if (again.article().text().equals(article.text())) {
        // The stored article stays whole; only what the engine found in its text is new.
        store.put(new Analysis(again.schema(), before.analysis().input(), again.truncated(), article,
            again.entities(), again.quotes(), again.times(), again.figures(), again.events(), again.places(),
            again.focus(), again.framing(), again.tone()), input, true);
        tally.stored++;
      } else {
        store.putError(ErrorRecord.of(input, "TEXT_CHANGED", "cleaning the stored text again changes it, so the "
            + "new facts' offsets would not fit it; the earlier analysis is kept"));
        tally.errors++;
      }
    } else {
      ErrorRecord error = ((Outcome.Failed) outcome).error();
      store.putError(ErrorRecord.of(input, error.error().code(), error.error().message()
          + " (the earlier analysis is kept)"));
      tally.errors++;
    }
    listener.stored(outcome, tally.summary());
    tally.sinceCommit++;
    if (tally.sinceCommit >= options.commitEvery()
        || System.nanoTime() - tally.committedAt > options.commitInterval().toNanos()) {
      store.commit();
      tally.commits++;
      tally.sinceCommit = 0;
      tally.committedAt = System.nanoTime();
      listener.committed(tally.summary());
    }
  }

  private static String inputOf(StoredAnalysis stored) {
    return stored.input() != null ? stored.input() : "store:" + stored.analysis().article().id();
  }

  /** The stored text as a plain-text input, with the metadata the store has for it. */
  private static Ingested asInput(StoredAnalysis stored) {
    Article a = stored.analysis().article();
    return Ingested.accepted(new RawDocument(inputOf(stored), a.text(), InputFormat.TEXT,
        new SourceMetadata(a.url(), a.title(), a.outlet(), a.published(), a.fetched(), a.flags(), a.authors())));
  }

  /** Stored analyses for the analyzers, in order, remembered until their outcome comes back (in the same order). */
  private static final class Tickets implements Iterator<Ingested> {
    private static final StoredAnalysis END = new StoredAnalysis(null, null);

    private final BlockingQueue<StoredAnalysis> queue = new ArrayBlockingQueue<>(READ_AHEAD);
    private final Deque<StoredAnalysis> handedOut = new ConcurrentLinkedDeque<>();
    private StoredAnalysis next;
    private boolean ended;
    volatile IOException failure;

    void put(StoredAnalysis stored) {
      try {
        queue.put(stored);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    void failed(IOException e) {
      failure = e;
    }

    void finish() {
      try {
        queue.put(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (ended) {
        return false;
      }
      try {
        StoredAnalysis taken = queue.take();
        if (taken == END) {
          ended = true;
          return false;
        }
        next = taken;
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    @Override
    public Ingested next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      StoredAnalysis stored = next;
      next = null;
      handedOut.add(stored);
      return asInput(stored);
    }

    StoredAnalysis take() {
      return handedOut.removeFirst();
    }
  }

  /** Running counts. */
  private static final class Tally {
    long items;
    long stored;
    long errors;
    long commits;
    int sinceCommit;
    long committedAt = System.nanoTime();

    IngestSummary summary() {
      return new IngestSummary(0, items, stored, 0, errors, commits);
    }
  }
}
