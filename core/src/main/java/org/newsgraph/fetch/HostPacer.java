package org.newsgraph.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Spaces requests to one host: each waits until the host's previous request is {@code delay} old. */
final class HostPacer {

  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  private static final class Slot {
    private long nextNanos = Long.MIN_VALUE;
  }

  void await(String host, Duration delay) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(host, h -> new Slot());
    // Requests to one host queue on its slot; other hosts go on meanwhile.
    synchronized (slot) {
      long now = System.nanoTime();
      if (slot.nextNanos != Long.MIN_VALUE && now < slot.nextNanos) {
        long wait = slot.nextNanos - now;
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      slot.nextNanos = System.nanoTime() + delay.toNanos();
    }
  }
}
