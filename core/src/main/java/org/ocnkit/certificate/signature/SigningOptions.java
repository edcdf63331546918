package org.ocnkit.certificate.signature;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * How {@link PdfSigner} signs: the claimed signing time (written to the signature dictionary's
 * {@code /M}; the CMS carries no signing-time attribute), the optional {@code /Name}, {@code
 * /Reason} and {@code /Location}, and an optional RFC 3161 timestamp authority that turns the
 * signature from PAdES B-B into B-T.
 */
public final class SigningOptions {
  /** How long the timestamp authority may take to connect or answer, unless set otherwise. */
  public static final Duration DEFAULT_TIMESTAMP_TIMEOUT = Duration.ofSeconds(30);

  private final Instant signingTime;
  private final String signerName;
  private final String reason;
  private final String location;
  private final URI timestampAuthority;
  private final Duration timestampTimeout;

  private SigningOptions(Builder b) {
    this.signingTime = b.signingTime;
    this.signerName = b.signerName;
    this.reason = b.reason;
    this.location = b.location;
    this.timestampAuthority = b.timestampAuthority;
    this.timestampTimeout = b.timestampTimeout;
  }

  /** Options claiming {@code signingTime} (whole seconds are kept), with nothing else set. */
  public static Builder builder(Instant signingTime) {
    return new Builder(signingTime);
  }

  /** The claimed signing time, truncated to the second (the precision of a PDF date). */
  public Instant signingTime() {
    return signingTime;
  }

  public Optional<String> signerName() {
    return Optional.ofNullable(signerName);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  /** The RFC 3161 timestamp authority's URL; present means PAdES B-T. */
  public Optional<URI> timestampAuthority() {
    return Optional.ofNullable(timestampAuthority);
  }

  public Duration timestampTimeout() {
    return timestampTimeout;
  }

  /** Builds {@link SigningOptions}; the signing time is required, everything else optional. */
  public static final class Builder {
    private final Instant signingTime;
    private String signerName;
    private String reason;
    private String location;
    private URI timestampAuthority;
    private Duration timestampTimeout = DEFAULT_TIMESTAMP_TIMEOUT;

    private Builder(Instant signingTime) {
      this.signingTime =
          Objects.requireNonNull(signingTime, "signingTime").truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@code /Name}: who signed, usually the organisation. */
    public Builder signerName(String name) {
      this.signerName = text("signerName", name);
      return this;
    }

    /** {@code /Reason}, such as "OCN certificate / OCN-intyg". */
    public Builder reason(String reason) {
      this.reason = text("reason", reason);
      return this;
    }

    /** {@code /Location}, such as the municipality. */
    public Builder location(String location) {
      this.location = text("location", location);
      return this;
    }

    /**
     * Requests an RFC 3161 timestamp over the signature value from {@code url}.
     *
     * @throws InvalidInputException when {@code url} is not an http or https URL with a host
     */
    public Builder timestampAuthority(URI url) {
      Objects.requireNonNull(url, "url");
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
        throw new InvalidInputException(
            Message.of(SigningOptions.class, "tsa.badUrl", url.toString()));
      }
      this.timestampAuthority = url;
      return this;
    }

    public Builder timestampTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(
            "the timestamp timeout must be positive, got " + timeout);
      }
      this.timestampTimeout = timeout;
      return this;
    }

    public SigningOptions build() {
      return new SigningOptions(this);
    }

    private static String text(String what, String value) {
      Objects.requireNonNull(value, what);
      if (value.isBlank()) {
        throw new IllegalArgumentException(what + " cannot be blank; leave it unset instead");
      }
      return value;
    }
  }
}
