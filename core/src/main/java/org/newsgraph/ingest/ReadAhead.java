package org.newsgraph.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Reads inputs on a thread of its own into a small buffer and hands them on as an iterator, so that a batch analyzes
 * a web archive or a long feed while it is read, never holding more than {@code capacity} documents.
 */
public final class ReadAhead implements Iterator<Ingested>, AutoCloseable {

  private static final Optional<Ingested> END = Optional.empty();

  private final BlockingQueue<Optional<Ingested>> queue;
  private final Thread reader;
  private Optional<Ingested> next;

  /** Starts {@code producer}, which hands every item it reads to the consumer it is given. */
  public ReadAhead(Consumer<Consumer<Ingested>> producer, int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.reader = new Thread(() -> {
      try {
        producer.accept(item -> put(Optional.of(item)));
      } finally {
        put(END);
      }
    }, "newsgraph-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void put(Optional<Ingested> item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("reading was stopped", e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        next = END;
      }
    }
    return next.isPresent();
  }

  @Override
  public Ingested next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Ingested item = next.get();
    next = null;
    return item;
  }

  /** Stops the reading thread if the items are not all taken. */
  @Override
  public void close() {
    reader.interrupt();
  }
}
