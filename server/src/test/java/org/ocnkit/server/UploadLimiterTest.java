package org.ocnkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-client upload limit: a bucket per address, refilled evenly over a minute. */
class UploadLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final UploadLimiter limiter = new UploadLimiter(4, now::get);

  @Test
  void aClientGetsItsShareAMinuteAndTheBucketRefillsEvenly() {
    for (int i = 0; i < 4; i++) {
      assertThat(limiter.tryAcquire("10.0.0.1")).as("upload " + i).isTrue();
    }
    assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    // Another client is not held back by the first.
    assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
    now.addAndGet(Duration.ofSeconds(14).toNanos());
    assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    // Waiting longer than a minute never gives more than the share.
    now.addAndGet(Duration.ofMinutes(10).toNanos());
    for (int i = 0; i < 4; i++) {
      assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    }
    assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
  }
}
