package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.RejectedInputException.Reason;

/**
 * The records of one input file as Spark pulls them: the core's reader pushes each record as soon as it is read, so
 * it runs on a thread of its own and hands records over through a small queue. A 1 GB web archive is thus streamed,
 * never held in memory, and a file that breaks midway keeps the records read before the break.
 */
final class FileRecords implements Iterator<SourceRecord>, AutoCloseable {

  /** The source of the file's bytes, opened once on the reading thread. */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  /** Records read ahead of the consumer: a few documents, so memory stays bounded by the document size limit. */
  private static final int READ_AHEAD = 8;
  private static final long OFFER_WAIT_MS = 200;
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(READ_AHEAD);
  private final Thread reader;
  private volatile boolean closed;
  private Object next;

  FileRecords(String name, Source source, ReadOptions options) {
    reader = new Thread(() -> read(name, source, options), "newsgraph-read");
    reader.setDaemon(true);
    reader.start();
  }

  private void read(String name, Source source, ReadOptions options) {
    try (InputStream in = source.open()) {
      new DocumentReader().read(in, name, options, item -> hand(SourceRecord.of(item)));
    } catch (Abandoned e) {
      return;
    } catch (IOException | RuntimeException e) {
      hand(SourceRecord.rejected(name, Reason.UNREADABLE.name(), "cannot read the file: " + e));
    }
    hand(END);
  }

  private void hand(Object item) {
    try {
      while (!queue.offer(item, OFFER_WAIT_MS, TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw new Abandoned();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Abandoned();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted while reading an input file", e);
      }
    }
    return next != END;
  }

  @Override
  public SourceRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceRecord record = (SourceRecord) next;
    next = null;
    return record;
  }

  /** Stops the reading thread when the task ends before the file does (a failed or cancelled task). */
  @Override
  public void close() {
    closed = true;
    reader.interrupt();
  }

  /** Unwinds the reading thread once nobody will take its records. */
  private static final class Abandoned extends RuntimeException {
    Abandoned() {
      super(null, null, false, false);
    }
  }
}
