package org.ocnkit.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client rate limit on uploads: a token bucket per client address holding at most {@code
 * perMinute} tokens, refilled evenly over a minute. Buckets that are full again are forgotten, so
 * the map does not grow with every address ever seen.
 */
final class UploadLimiter {
  private static final long MINUTE = Duration.ofMinutes(1).toNanos();

  private final int perMinute;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  UploadLimiter(int perMinute, LongSupplier nanoTime) {
    this.perMinute = perMinute;
    this.nanoTime = nanoTime;
  }

  /** Whether {@code client} may upload now; takes a token when it may. */
  boolean tryAcquire(String client) {
    long now = nanoTime.getAsLong();
    if (buckets.size() > 10_000) {
      buckets.values().removeIf(b -> b.full(now));
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now)).take(now);
  }

  private final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    synchronized boolean take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }

    synchronized boolean full(long now) {
      refill(now);
      return tokens >= perMinute;
    }

    private void refill(long now) {
      tokens = Math.min(perMinute, tokens + (double) (now - updated) * perMinute / MINUTE);
      updated = now;
    }
  }
}
