package org.newsgraph.store.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.pipeline.BatchOptions;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.StoreWriter;

/**
 * Analyzes inputs into a store, resumably: sources the store's record lists as done are skipped, a JSON Lines file
 * started before resumes after its last stored record, and each commit records what it holds. Items are read on a
 * thread of their own, a few ahead of the analyzers, so a large file is never held in memory.
 */
public final class StoreIngest {

  private static final int READ_AHEAD = 64;

  private final Supplier<Pipeline> pipeline;
  private final BatchOptions batch;
  private final ReadOptions read;
  private final IngestOptions options;
  private final DocumentReader reader = new DocumentReader();

  /**
   * @param pipeline gives the pipeline when there is something to analyze (a rerun of a finished ingest never
   *     loads the models)
   */
  public StoreIngest(Supplier<Pipeline> pipeline, BatchOptions batch, ReadOptions read, IngestOptions options) {
    this.pipeline = pipeline;
    this.batch = batch;
    this.read = read;
    this.options = options;
  }

  /** Ingests {@code sources} into {@code store} and commits; every item ends as an analysis or an error record. */
  public IngestSummary run(List<InputSource> sources, StoreWriter store, IngestListener listener) throws IOException {
    List<InputSource> pending = new ArrayList<>();
    long skipped = 0;
    long items = 0;
    for (InputSource source : sources) {
      if (!options.replace() && !source.isStdin() && store.record().isComplete(source.id())) {
        skipped++;
        continue;
      }
      if (options.replace()) {
        store.forget(source.id());
      }
      pending.add(source);
      items += Math.max(0, source.estimatedItems() - store.record().itemsDone(source.id()));
    }
    listener.started(items, skipped);
    Tally tally = new Tally(skipped);
    if (pending.isEmpty()) {
      return tally.summary();
    }
    Tickets tickets = new Tickets(store);
    ReadAheadAnalysis.run("newsgraph-ingest-reader", () -> produce(pending, store, tickets), tickets,
        pipeline.get(), batch, outcome -> store(outcome, tickets.take(), store, tally, listener));
    store.commit();
    tally.commits++;
    listener.committed(tally.summary());
    return tally.summary();
  }

  private void store(Outcome outcome, Ticket ticket, StoreWriter store, Tally tally, IngestListener listener)
      throws IOException {
    tally.items++;
    if (outcome instanceof Outcome.Analyzed analyzed) {
      if (store.put(analyzed.analysis(), outcome.input(), options.replace())) {
        tally.stored++;
      } else {
        tally.alreadyStored++;
      }
    } else {
      store.putError(((Outcome.Failed) outcome).error());
      tally.errors++;
    }
    if (!ticket.source.isStdin()) {
      if (ticket.last) {
        store.sourceDone(ticket.source.id());
      } else {
        store.itemsDone(ticket.source.id(), ticket.index + 1);
      }
    }
    ticket.emitted = true;
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

  /** Reads every pending source in order into the queue, skipping the items a resumed source has stored. */
  private void produce(List<InputSource> pending, StoreWriter store, Tickets tickets) {
    try {
      for (InputSource source : pending) {
        long done = options.replace() ? 0 : store.record().itemsDone(source.id());
        long[] index = {0};
        java.util.function.Consumer<Ingested> sink = item -> {
          long at = index[0]++;
          if (at >= done) {
            tickets.put(new Ticket(source, at, item));
          }
        };
        if (source.isStdin()) {
          reader.read(System.in, "stdin", read, sink);
        } else {
          reader.read(source.path(), read, sink);
        }
        tickets.put(Ticket.end(source));
      }
    } finally {
      tickets.put(Ticket.FINISHED);
    }
  }

  /** One item on its way through the analyzers, and where it came from. */
  private static final class Ticket {
    static final Ticket FINISHED = new Ticket(null, -1, null);

    final InputSource source;
    final long index;
    final Ingested item;
    /** Set when the source's end is read; the item's outcome then completes the source. */
    volatile boolean last;
    boolean emitted;

    Ticket(InputSource source, long index, Ingested item) {
      this.source = source;
      this.index = index;
      this.item = item;
    }

    static Ticket end(InputSource source) {
      return new Ticket(source, -1, null);
    }

    boolean isEnd() {
      return item == null && this != FINISHED;
    }
  }

  /**
   * The items for the analyzers, in order; remembers each handed out so that outcomes, which come back in the same
   * order, can be matched to their sources.
   */
  private static final class Tickets implements Iterator<Ingested> {
    private final BlockingQueue<Ticket> queue = new ArrayBlockingQueue<>(READ_AHEAD);
    private final Deque<Ticket> handedOut = new ArrayDeque<>();
    private final StoreWriter store;
    private Ticket next;
    private Ticket lastHanded;

    Tickets(StoreWriter store) {
      this.store = store;
    }

    void put(Ticket ticket) {
      try {
        queue.put(ticket);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        Ticket ticket;
        try {
          ticket = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
        if (ticket == Ticket.FINISHED) {
          queue.add(ticket);
          return false;
        }
        if (ticket.isEnd()) {
          endOf(ticket.source);
        } else {
          next = ticket;
        }
      }
      return true;
    }

    /** The last item of a source is the one handed out before its end; with none this run, it is done already. */
    private void endOf(InputSource source) {
      if (lastHanded != null && lastHanded.source == source && !lastHanded.emitted) {
        lastHanded.last = true;
      } else if (!source.isStdin()) {
        store.sourceDone(source.id());
      }
    }

    @Override
    public Ingested next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Ticket ticket = next;
      next = null;
      handedOut.add(ticket);
      lastHanded = ticket;
      return ticket.item;
    }

    Ticket take() {
      return handedOut.removeFirst();
    }
  }

  /** Running counts. */
  private static final class Tally {
    final long skipped;
    long items;
    long stored;
    long alreadyStored;
    long errors;
    long commits;
    int sinceCommit;
    long committedAt = System.nanoTime();

    Tally(long skipped) {
      this.skipped = skipped;
    }

    IngestSummary summary() {
      return new IngestSummary(skipped, items, stored, alreadyStored, errors, commits);
    }
  }
}
