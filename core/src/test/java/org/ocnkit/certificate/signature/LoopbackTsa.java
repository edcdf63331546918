package org.ocnkit.certificate.signature;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 timestamp authority on the loopback interface, run by the tests themselves: Bouncy
 * Castle's {@link TimeStampResponseGenerator} behind the JDK's {@link HttpServer}, with a test TSA
 * certificate (EC P-256, extended key usage timeStamping, critical). It can also misbehave in the
 * ways a client must catch.
 */
public final class LoopbackTsa implements AutoCloseable {
  /** How the authority answers. */
  enum Behaviour {
    HONEST,
    WRONG_IMPRINT,
    WRONG_NONCE,
    REJECT,
    HTTP_ERROR
  }

  static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1");

  private final HttpServer server;
  private final X509Certificate certificate;
  private final Instant time;
  private final Behaviour behaviour;
  private final TimeStampResponseGenerator responses;
  private final AtomicInteger served = new AtomicInteger();

  private LoopbackTsa(Instant time, Behaviour behaviour) throws Exception {
    this.time = time;
    this.behaviour = behaviour;
    KeyPair keys = TestKeys.ecKeyPair("secp256r1");
    String name = "C=SE,O=ocnkit tests,CN=Loopback Test TSA";
    certificate =
        TestKeys.certificate(
            name,
            keys,
            name,
            keys,
            TestKeys.Kind.TSA,
            TestKeys.NOT_BEFORE,
            Instant.parse("2036-01-01T00:00:00Z"));
    TimeStampTokenGenerator tokens =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withECDSA", keys.getPrivate(), certificate),
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
            POLICY);
    tokens.addCertificates(new JcaCertStore(List.of(certificate)));
    responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/tsa",
        exchange -> {
          try (InputStream in = exchange.getRequestBody();
              OutputStream out = exchange.getResponseBody()) {
            byte[] reply = answer(in.readAllBytes());
            if (reply == null) {
              exchange.sendResponseHeaders(500, -1);
              return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            out.write(reply);
          } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  public static LoopbackTsa start(Instant time) {
    return start(time, Behaviour.HONEST);
  }

  static LoopbackTsa start(Instant time, Behaviour behaviour) {
    try {
      return new LoopbackTsa(time, behaviour);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] answer(byte[] query) throws Exception {
    served.incrementAndGet();
    TimeStampRequest request = new TimeStampRequest(query);
    BigInteger serial = BigInteger.valueOf(served.get());
    Date genTime = Date.from(time);
    TimeStampResponse response =
        switch (behaviour) {
          case HONEST -> responses.generate(request, serial, genTime);
          case WRONG_IMPRINT -> {
            byte[] other = request.getMessageImprintDigest().clone();
            other[0] ^= 1;
            yield responses.generate(requestFor(other, request.getNonce()), serial, genTime);
          }
          case WRONG_NONCE ->
              responses.generate(
                  requestFor(
                      request.getMessageImprintDigest(), request.getNonce().add(BigInteger.ONE)),
                  serial,
                  genTime);
          case REJECT ->
              responses.generateFailResponse(
                  PKIStatus.REJECTION, PKIFailureInfo.badAlg, "test authority refuses everything");
          case HTTP_ERROR -> null;
        };
    return response == null ? null : response.getEncoded();
  }

  private static TimeStampRequest requestFor(byte[] imprint, BigInteger nonce) {
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(true);
    return generator.generate(TSPAlgorithms.SHA256, Arrays.copyOf(imprint, imprint.length), nonce);
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** How many requests reached the authority. */
  int served() {
    return served.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
