package org.newsgraph.server;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests, refilled evenly over a minute. Buckets of clients idle for
 * a full minute are dropped so the map stays as small as the set of active clients.
 */
public final class RateLimiter {

  private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

  private final int perMinute;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int perMinute) {
    this(perMinute, System::nanoTime);
  }

  RateLimiter(int perMinute, LongSupplier clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Whether {@code client} may make one more request now; takes a token when it may. */
  public boolean tryAcquire(String client) {
    long now = clock.getAsLong();
    if (buckets.size() > 10_000) {
      buckets.values().removeIf(bucket -> bucket.idleSince(now) > MINUTE_NANOS);
    }
    return buckets.computeIfAbsent(client, key -> new Bucket(perMinute, now)).take(now, perMinute);
  }

  /** Seconds until a client that was refused gets a token again. */
  public long retryAfterSeconds() {
    return Math.max(1, 60 / perMinute);
  }

  private static final class Bucket {
    private double tokens;
    private long updated;

    Bucket(int capacity, long now) {
      this.tokens = capacity;
      this.updated = now;
    }

    synchronized boolean take(long now, int capacity) {
      tokens = Math.min(capacity, tokens + (now - updated) * (double) capacity / MINUTE_NANOS);
      updated = now;
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized long idleSince(long now) {
      return now - updated;
    }
  }
}
