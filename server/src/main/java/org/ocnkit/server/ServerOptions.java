package org.ocnkit.server;

import java.util.Objects;
import java.util.Optional;
import org.ocnkit.certificate.signature.IssuerKey;
import org.ocnkit.store.Workspace;

/**
 * How {@link VerificationServer} runs: over which workspace, on which address, with which limits.
 *
 * @param workspace the workspace whose register, keys and log are published (read only)
 * @param host the address to bind; {@code 127.0.0.1} unless told otherwise
 * @param port the port, 0 for any free one
 * @param maxUploadBytes the largest PDF checked
 * @param uploadsPerMinute how many uploads one client address may make per minute
 * @param verificationSeconds how long one verification may run before it is refused
 * @param revocationSigner the issuer key that signs fresh revocation lists, when the server was
 *     given its password; without it no revocation list is served
 */
public record ServerOptions(
    Workspace workspace,
    String host,
    int port,
    long maxUploadBytes,
    int uploadsPerMinute,
    int verificationSeconds,
    Optional<IssuerKey> revocationSigner) {
  /** The default address: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  /** The default upload limit: 10 MB. */
  public static final long DEFAULT_MAX_UPLOAD = 10L * 1024 * 1024;

  /** The default uploads per client and minute. */
  public static final int DEFAULT_UPLOADS_PER_MINUTE = 30;

  public ServerOptions {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(revocationSigner, "revocationSigner");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("a port is 0-65535, got " + port);
    }
    if (maxUploadBytes < 1 || uploadsPerMinute < 1 || verificationSeconds < 1) {
      throw new IllegalArgumentException("limits are 1 or more");
    }
  }

  /** Defaults over {@code workspace}: loopback, port 8080, 10 MB, 30 uploads a minute, 30 s. */
  public static ServerOptions defaults(Workspace workspace) {
    return new ServerOptions(
        workspace,
        DEFAULT_HOST,
        DEFAULT_PORT,
        DEFAULT_MAX_UPLOAD,
        DEFAULT_UPLOADS_PER_MINUTE,
        30,
        Optional.empty());
  }

  public ServerOptions withAddress(String newHost, int newPort) {
    return new ServerOptions(
        workspace,
        newHost,
        newPort,
        maxUploadBytes,
        uploadsPerMinute,
        verificationSeconds,
        revocationSigner);
  }

  public ServerOptions withUploadsPerMinute(int perMinute) {
    return new ServerOptions(
        workspace, host, port, maxUploadBytes, perMinute, verificationSeconds, revocationSigner);
  }

  public ServerOptions withMaxUploadBytes(long bytes) {
    return new ServerOptions(
        workspace, host, port, bytes, uploadsPerMinute, verificationSeconds, revocationSigner);
  }

  public ServerOptions withRevocationSigner(IssuerKey key) {
    return new ServerOptions(
        workspace,
        host,
        port,
        maxUploadBytes,
        uploadsPerMinute,
        verificationSeconds,
        Optional.of(key));
  }
}
