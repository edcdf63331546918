package org.ocnkit.certificate.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.certificate.signature.SigningOptions;

/**
 * A small RFC 3161 client: POSTs a {@code application/timestamp-query} with a SHA-256 imprint, a
 * random 64-bit nonce and certReq set, and accepts the reply only when it is granted, its token's
 * imprint and nonce are those of the request, and the token verifies with the TSA certificate it
 * carries. Every failure is an {@link EnvironmentException} naming the authority and the reason.
 */
public final class Rfc3161Client {
  private static final String QUERY_TYPE = "application/timestamp-query";
  private static final String REPLY_TYPE = "application/timestamp-reply";
  private static final int MAX_REPLY_BYTES = 1 << 20;

  private final URI authority;
  private final Duration timeout;

  public Rfc3161Client(URI authority, Duration timeout) {
    this.authority = Objects.requireNonNull(authority, "authority");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** A DER TimeStampToken (a CMS ContentInfo) over SHA-256 of {@code data}. */
  public byte[] timestamp(byte[] data) {
    byte[] imprint = Crypto.sha256(data);
    BigInteger nonce = new BigInteger(64, Crypto.random());
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(true);
    TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, imprint, nonce);
    byte[] reply = post(encode(request));
    TimeStampResponse response;
    try {
      response = new TimeStampResponse(reply);
    } catch (TSPException | IOException | RuntimeException e) {
      throw failure("tsa.badReply", String.valueOf(e.getMessage()), e);
    }
    int status = response.getStatus();
    if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
      throw failure(
          "tsa.refused", String.valueOf(status), String.valueOf(response.getStatusString()), null);
    }
    TimeStampToken token = response.getTimeStampToken();
    if (token == null) {
      throw failure("tsa.mismatch", "no token in a granted reply", null);
    }
    var info = token.getTimeStampInfo();
    if (!TSPAlgorithms.SHA256.equals(info.getMessageImprintAlgOID())
        || !Arrays.equals(imprint, info.getMessageImprintDigest())) {
      throw failure("tsa.mismatch", "the token's message imprint is not the one requested", null);
    }
    if (!nonce.equals(info.getNonce())) {
      throw failure("tsa.mismatch", "the token's nonce is not the one sent", null);
    }
    try {
      response.validate(request);
    } catch (TSPException e) {
      throw failure("tsa.mismatch", String.valueOf(e.getMessage()), e);
    }
    try {
      var tsaCertificate = Certificates.find(token.getCertificates(), token.getSID());
      if (tsaCertificate.isEmpty()) {
        throw failure("tsa.mismatch", "the token does not include the TSA certificate", null);
      }
      token.validate(
          new JcaSimpleSignerInfoVerifierBuilder()
              .setProvider(Crypto.bc())
              .build(tsaCertificate.get()));
    } catch (TSPException | OperatorCreationException | CertificateException e) {
      throw failure("tsa.mismatch", "the token does not verify: " + e.getMessage(), e);
    }
    try {
      return token.getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode the timestamp token", e);
    }
  }

  private static byte[] encode(TimeStampRequest request) {
    try {
      return request.getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode a timestamp request", e);
    }
  }

  private byte[] post(byte[] query) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(authority)
            .timeout(timeout)
            .header("Content-Type", QUERY_TYPE)
            .header("Accept", REPLY_TYPE)
            .POST(HttpRequest.BodyPublishers.ofByteArray(query))
            .build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw failure("tsa.unreachable", String.valueOf(e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("tsa.unreachable", "interrupted", e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw failure("tsa.httpStatus", String.valueOf(response.statusCode()), null);
      }
      String type =
          response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      if (!type.startsWith(REPLY_TYPE)) {
        throw failure("tsa.contentType", type.isEmpty() ? "-" : type, null);
      }
      byte[] reply = body.readNBytes(MAX_REPLY_BYTES + 1);
      if (reply.length > MAX_REPLY_BYTES) {
        throw failure("tsa.badReply", "the reply is larger than 1 MiB", null);
      }
      return reply;
    } catch (IOException e) {
      throw failure("tsa.unreachable", String.valueOf(e.getMessage()), e);
    }
  }

  private EnvironmentException failure(String key, String detail, Throwable cause) {
    return new EnvironmentException(
        Message.of(SigningOptions.class, key, authority.toString(), detail), cause);
  }

  private EnvironmentException failure(String key, String detail, String more, Throwable cause) {
    return new EnvironmentException(
        Message.of(SigningOptions.class, key, authority.toString(), detail, more), cause);
  }
}
