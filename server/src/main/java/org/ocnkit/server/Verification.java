package org.ocnkit.server;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.CertificateVerifier;
import org.ocnkit.certificate.VerificationOptions;
import org.ocnkit.certificate.VerificationResult;
import org.ocnkit.certificate.credential.OpenBadgeVerifier;

/**
 * The one place the server verifies a PDF: the same {@link CertificateVerifier} and the same
 * options as {@code ocn verify} run inside the workspace ({@link #options}), or, for an uploaded
 * Open Badges 3.0 credential (a compact JWS or a JSON envelope holding one), the same {@link
 * OpenBadgeVerifier} as {@code ocn verify FILE.jwt}; on a bounded pool of workers so a hostile file
 * cannot hold a request thread or the whole server: a verification that runs longer than the limit
 * is refused, and when every worker and queue slot is taken the upload is refused as busy.
 */
final class Verification implements AutoCloseable {
  private final CertificateVerifier verifier;
  private final OpenBadgeVerifier badges;
  private final ExecutorService workers;
  private final int seconds;

  Verification(CertificateService certificates, int seconds) {
    this.verifier = new CertificateVerifier(options(certificates));
    this.badges = new OpenBadgeVerifier(options(certificates));
    this.seconds = seconds;
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    AtomicInteger n = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(64),
            r -> {
              Thread t = new Thread(r, "ocn-verify-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * The options every server verification uses: what the workspace offers (its issuer as the one
   * trusted signer, its register, its log key and log), as {@code ocn verify} inside it.
   */
  static VerificationOptions options(CertificateService certificates) {
    return certificates.verificationOptions();
  }

  /** The result for {@code pdf}, named {@code source}. */
  VerificationResult verify(String source, byte[] pdf) {
    Future<VerificationResult> running;
    try {
      running =
          workers.submit(
              () -> credential(pdf) ? badges.verify(source, pdf) : verifier.verify(source, pdf));
    } catch (RejectedExecutionException e) {
      throw new Refusal(503, "busy", "refusal.busy");
    }
    try {
      return running.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      throw new Refusal(503, "timeout", "refusal.timeout");
    } catch (InterruptedException e) {
      running.cancel(true);
      Thread.currentThread().interrupt();
      throw new Refusal(503, "timeout", "refusal.timeout");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Whether {@code bytes} look like an Open Badges credential rather than a PDF: no {@code %PDF}
   * header, and the first character after white space opens a JSON object or a JWS header ({@code
   * ey}, base64url of <code>{"</code>). Anything else goes to the PDF verifier, whose refusal of
   * what is not a PDF users know.
   */
  static boolean credential(byte[] bytes) {
    int i = 0;
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    if (i < bytes.length && bytes[i] == '{') {
      return true;
    }
    return i + 1 < bytes.length && bytes[i] == 'e' && bytes[i + 1] == 'y';
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
