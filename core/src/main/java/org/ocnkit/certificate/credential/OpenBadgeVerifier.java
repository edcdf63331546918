package org.ocnkit.certificate.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateDocument;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.CertificateRecords;
import org.ocnkit.certificate.CertificateVerifier;
import org.ocnkit.certificate.Fingerprint;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.certificate.VerificationCheck;
import org.ocnkit.certificate.VerificationOptions;
import org.ocnkit.certificate.VerificationResult;
import org.ocnkit.certificate.credential.internal.CredentialJson;
import org.ocnkit.certificate.signature.CertificateDescription;
import org.ocnkit.certificate.signature.CheckResult;
import org.ocnkit.certificate.signature.RevocationEntry;
import org.ocnkit.certificate.signature.SignatureCheck;
import org.ocnkit.certificate.signature.internal.Certificates;
import org.ocnkit.certificate.signature.internal.Trust;
import org.ocnkit.ledger.BundleVerification;
import org.ocnkit.ledger.ConsistencyVerification;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogCheck;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.ledger.TransparencyLog;
import org.ocnkit.ledger.TreeHead;

/**
 * Verifies an Open Badges 3.0 credential file made by {@link OpenBadgeCredentials}: a compact JWS
 * ({@code .jwt}), or a JSON file holding one as a VC 2.0 {@code EnvelopedVerifiableCredential}
 * ({@code id} {@code data:application/vc+jwt,<jws>}).
 *
 * <p>It reports the same named checks as {@link CertificateVerifier} does for a PDF, with the same
 * verdicts: {@code SIGNATURE_PRESENT} (one compact JWS), {@code SIGNATURE_INTACT} (the JOSE header
 * follows VC-JOSE — {@code typ vc+jwt}, an ECDSA or RSA algorithm, the signer's certificate in
 * {@code x5c} — and the signature verifies with that certificate's key), {@code COVERS_WHOLE_FILE}
 * (nothing but the JWS in the file), {@code SIGNER_TRUSTED} (the certificate is a trust anchor or
 * issued by one, allows signing, and was valid at the credential's {@code validFrom}), {@value
 * #CREDENTIAL} (the payload is an {@code OpenBadgeCredential} with the VC 2.0 and OB 3.0 contexts),
 * {@code RECORD} (the embedded certificate record reads), {@code RECORD_HASH} (its SHA-256 is the
 * fingerprint in the credential's id, and the achievement and holder are the record's), {@code
 * ISSUER}, {@code STATUS} and the three log checks on the embedded log proof.
 *
 * <p>Any bytes may be given: what is not a JWS or an envelope is {@link
 * VerificationResult.Verdict#NOT_A_CERTIFICATE}, never an exception. At most {@value
 * CredentialJson#MAX_BYTES} bytes are read.
 */
public final class OpenBadgeVerifier {
  /** The payload is an Open Badges 3.0 credential as VC-JOSE requires. */
  public static final String CREDENTIAL = "CREDENTIAL";

  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.RS256);

  private final VerificationOptions options;

  public OpenBadgeVerifier(VerificationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Whether {@code file} looks like an Open Badges credential file rather than a PDF: it does not
   * start with {@code %PDF} and its name ends in {@code .jwt} or {@code .json}.
   */
  public static boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".jwt") && !name.endsWith(".json")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return !new String(head, StandardCharsets.US_ASCII).equals("%PDF");
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Verifies the file {@code file}.
   *
   * @throws InvalidInputException when the file cannot be read at all
   */
  public VerificationResult verify(Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(CredentialJson.MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          new Problem(file.toString(), Message.of(CertificateVerifier.class, "verify.noFile")));
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              file.toString(),
              Message.of(
                  CertificateVerifier.class,
                  "verify.unreadableFile",
                  String.valueOf(e.getMessage()))),
          e);
    }
    return verify(file.toString(), bytes);
  }

  /** Verifies {@code bytes}, named {@code source} in the result. */
  public VerificationResult verify(String source, byte[] bytes) {
    return new Run(source, bytes).verify();
  }

  /** One verification. */
  private final class Run {
    private final String source;
    private final byte[] bytes;
    private final List<VerificationCheck> checks = new ArrayList<>();
    private Optional<RegisterEntry.Revocation> revocation = Optional.empty();
    private X509Certificate signer;

    Run(String source, byte[] bytes) {
      this.source = source;
      this.bytes = bytes;
    }

    VerificationResult verify() {
      Optional<JWSObject> parsed =
          bytes.length > CredentialJson.MAX_BYTES
              ? Optional.empty()
              : jws(new String(bytes, StandardCharsets.UTF_8).strip());
      if (parsed.isEmpty()) {
        checks.add(
            failed(
                SignatureCheck.SIGNATURE_PRESENT.name(),
                message("ob3.notJws", CredentialJson.MAX_BYTES)));
        return result(VerificationResult.Verdict.NOT_A_CERTIFICATE, Optional.empty());
      }
      JWSObject jws = parsed.get();
      checks.add(
          passed(
              SignatureCheck.SIGNATURE_PRESENT.name(),
              message("ob3.present", jws.getHeader().getAlgorithm().getName())));
      checks.add(intact(jws));
      checks.add(passed(SignatureCheck.COVERS_WHOLE_FILE.name(), message("ob3.wholeFile")));
      Optional<ObjectNode> credential = CredentialJson.readObject(jws.getPayload().toString());
      Optional<Instant> validFrom = credential.flatMap(c -> instant(c.path("validFrom")));
      checks.add(trusted(validFrom));
      checks.add(credentialCheck(jws.getHeader(), credential, validFrom));
      if (credential.isEmpty()) {
        return result(VerificationResult.Verdict.INVALID, Optional.empty());
      }
      Optional<CertificateRecord> record = record(credential.get());
      if (record.isPresent()) {
        checks.add(recordHash(credential.get(), record.get()));
        checks.add(issuer(credential.get(), record.get()));
        checks.add(status(record.get().fingerprint()));
        logChecks(credential.get(), record.get().fingerprint());
      } else {
        for (String name :
            List.of(
                CertificateDocument.RECORD_HASH,
                CertificateVerifier.ISSUER,
                CertificateVerifier.STATUS,
                CertificateVerifier.LOG_CHECKPOINT,
                CertificateVerifier.LOG_INCLUSION,
                CertificateVerifier.LOG_CONSISTENCY)) {
          checks.add(notChecked(name, message("ob3.noRecordToCheck")));
        }
      }
      VerificationResult.Verdict verdict =
          record.isEmpty()
              ? VerificationResult.Verdict.INVALID
              : VerificationResult.conclude(checks, revocation.isPresent(), options.policy());
      return result(verdict, record);
    }

    private VerificationResult result(
        VerificationResult.Verdict verdict, Optional<CertificateRecord> record) {
      return new VerificationResult(
          source,
          verdict,
          checks,
          record,
          Optional.empty(),
          revocation,
          options.logKeySource(),
          options.policy());
    }

    /** The JWS in {@code text}: compact, or inside an enveloped credential. */
    private Optional<JWSObject> jws(String text) {
      String compact = text;
      if (text.startsWith("{")) {
        Optional<ObjectNode> envelope = CredentialJson.readObject(text);
        String prefix = "data:" + OpenBadgeCredential.MEDIA_TYPE + ",";
        String id = envelope.map(e -> e.path("id").asText("")).orElse("");
        boolean enveloped =
            envelope.map(e -> typeContains(e, "EnvelopedVerifiableCredential")).orElse(false);
        if (!enveloped || !id.startsWith(prefix)) {
          return Optional.empty();
        }
        compact = id.substring(prefix.length());
      }
      if (!compact.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")) {
        return Optional.empty();
      }
      try {
        return Optional.of(JWSObject.parse(compact));
      } catch (ParseException e) {
        return Optional.empty();
      }
    }

    private VerificationCheck intact(JWSObject jws) {
      String name = SignatureCheck.SIGNATURE_INTACT.name();
      JWSHeader header = jws.getHeader();
      if (!ALGORITHMS.contains(header.getAlgorithm())) {
        return failed(name, message("ob3.algorithm", header.getAlgorithm().getName()));
      }
      List<Base64> chain = header.getX509CertChain();
      if (chain == null || chain.isEmpty()) {
        return failed(name, message("ob3.noX5c"));
      }
      try {
        List<X509Certificate> certificates = Certificates.parse(chain.get(0).decode());
        if (certificates.size() != 1) {
          return failed(name, message("ob3.x5cUnreadable", "?"));
        }
        signer = certificates.get(0);
      } catch (CertificateException | RuntimeException e) {
        return failed(name, message("ob3.x5cUnreadable", String.valueOf(e.getMessage())));
      }
      try {
        JWSVerifier verifier;
        if (signer.getPublicKey() instanceof ECPublicKey ec) {
          verifier = new ECDSAVerifier(ec);
        } else if (signer.getPublicKey() instanceof RSAPublicKey rsa) {
          verifier = new RSASSAVerifier(rsa);
        } else {
          return failed(name, message("ob3.keyType", signer.getPublicKey().getAlgorithm()));
        }
        if (!verifier.supportedJWSAlgorithms().contains(header.getAlgorithm())
            || !jws.verify(verifier)) {
          return failed(
              name, message("ob3.signatureInvalid", CertificateDescription.of(signer).subject()));
        }
      } catch (JOSEException e) {
        return failed(name, message("ob3.signatureInvalid", String.valueOf(e.getMessage())));
      }
      return passed(
          name,
          message(
              "ob3.intact",
              header.getAlgorithm().getName(),
              CertificateDescription.of(signer).subject()));
    }

    private VerificationCheck trusted(Optional<Instant> validFrom) {
      String name = SignatureCheck.SIGNER_TRUSTED.name();
      if (signer == null) {
        return notChecked(name, signatureMessage("notChecked.noSigner"));
      }
      CertificateDescription described = CertificateDescription.of(signer);
      if (validFrom.isEmpty()) {
        return failed(name, message("ob3.noValidFrom"));
      }
      // The credential's validFrom is a time the signer chose: trust is decided at the
      // verifier's clock, and the claimed time must not lie in the future or outside validity.
      Instant time = validFrom.get();
      Instant now = options.policy().verifiedAt();
      if (time.isAfter(now)) {
        return failed(
            name, signatureMessage("trusted.claimedInFuture", time.toString(), now.toString()));
      }
      Optional<X509Certificate> anchor = Trust.anchorFor(signer, options.trust().signers(), now);
      if (anchor.isEmpty()) {
        return failed(
            name,
            signatureMessage(
                "trusted.notTrusted", described.subject(), described.fingerprintForDisplay()));
      }
      if (!Certificates.allowsSigning(signer)) {
        return failed(name, signatureMessage("trusted.usage", described.subject()));
      }
      if (!described.validAt(now)) {
        return failed(
            name,
            signatureMessage(
                "trusted.notValidNow",
                now.toString(),
                described.notBefore().toString(),
                described.notAfter().toString()));
      }
      if (!described.validAt(time)) {
        return failed(
            name,
            signatureMessage(
                "trusted.notValidAtClaimed",
                time.toString(),
                described.notBefore().toString(),
                described.notAfter().toString()));
      }
      String via =
          anchor.get().equals(signer)
              ? described.subject()
              : CertificateDescription.of(anchor.get()).subject();
      return passed(
          name,
          signatureMessage(
              "trusted.okNow", described.subject(), via, now.toString(), time.toString()));
    }

    /** VC-JOSE and Open Badges rules on the header and the credential. */
    private VerificationCheck credentialCheck(
        JWSHeader header, Optional<ObjectNode> credential, Optional<Instant> validFrom) {
      List<String> broken = new ArrayList<>();
      if (header.getType() == null
          || !OpenBadgeCredentials.JOSE_TYPE.equals(header.getType().getType())) {
        broken.add(
            "typ "
                + (header.getType() == null ? "-" : header.getType().getType())
                + " \u2260 "
                + OpenBadgeCredentials.JOSE_TYPE);
      }
      if (header.getContentType() != null
          && !OpenBadgeCredentials.JOSE_CONTENT_TYPE.equals(header.getContentType())) {
        broken.add("cty " + header.getContentType());
      }
      if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
        broken.add("crit " + header.getCriticalParams());
      }
      if (credential.isEmpty()) {
        broken.add("payload \u2260 JSON");
      } else {
        ObjectNode vc = credential.get();
        JsonNode context = vc.path("@context");
        if (!context.path(0).asText("").equals(OpenBadgeCredentials.VC_CONTEXT)
            || !context
                .path(1)
                .asText("")
                .startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context")) {
          broken.add("@context");
        }
        if (!typeContains(vc, "VerifiableCredential")
            || !typeContains(vc, "OpenBadgeCredential")
                && !typeContains(vc, "AchievementCredential")) {
          broken.add("type");
        }
        if (validFrom.isEmpty()) {
          broken.add("validFrom");
        }
        if (!vc.path("credentialSubject").path("achievement").isObject()) {
          broken.add("credentialSubject.achievement");
        }
        if (!vc.path("issuer").path("id").isTextual()) {
          broken.add("issuer.id");
        }
      }
      if (!broken.isEmpty()) {
        return failed(CREDENTIAL, message("ob3.credential.broken", String.join(", ", broken)));
      }
      return passed(
          CREDENTIAL,
          message(
              "ob3.credential.ok",
              credential.get().path("credentialSubject").path("achievement").path("name").asText(),
              validFrom.get().toString()));
    }

    private Optional<CertificateRecord> record(ObjectNode vc) {
      String name = CertificateDocument.RECORD;
      String prefix = "data:" + CertificateRecord.MIME_TYPE + ";base64,";
      for (JsonNode evidence : vc.path("evidence")) {
        if (!OpenBadgeCredentials.RECORD_GENRE.equals(evidence.path("genre").asText())) {
          continue;
        }
        String id = evidence.path("id").asText("");
        if (!id.startsWith(prefix)) {
          checks.add(failed(name, message("ob3.record.notData")));
          return Optional.empty();
        }
        try {
          byte[] xml = java.util.Base64.getDecoder().decode(id.substring(prefix.length()));
          CertificateRecord record =
              CertificateRecord.read(source + "!/evidence/" + CertificateRecord.FILE_NAME, xml);
          if (!record.fingerprint().equals(Fingerprint.of(xml))) {
            throw new IllegalStateException("a record read is its bytes");
          }
          checks.add(
              passed(
                  name,
                  message("ob3.record.ok", record.code(), String.valueOf(record.units().size()))));
          return Optional.of(record);
        } catch (IllegalArgumentException e) {
          checks.add(failed(name, message("ob3.record.notData")));
          return Optional.empty();
        } catch (InvalidInputException e) {
          checks.add(failed(name, message("ob3.record.invalid", e.problems().get(0).toString())));
          return Optional.empty();
        }
      }
      checks.add(failed(name, message("ob3.record.missing")));
      return Optional.empty();
    }

    private VerificationCheck recordHash(ObjectNode vc, CertificateRecord record) {
      String name = CertificateDocument.RECORD_HASH;
      String id = vc.path("id").asText("");
      String expectedPrefix =
          OpenBadgeCredentials.CREDENTIAL_URN + record.fingerprint().hex() + ":unit:";
      if (!id.startsWith(expectedPrefix)) {
        return failed(name, message("ob3.hash.id", id, record.fingerprint().hex()));
      }
      String code = id.substring(expectedPrefix.length());
      Optional<AchievedUnit> unit =
          record.units().stream().filter(u -> u.ref().code().value().equals(code)).findFirst();
      if (unit.isEmpty()) {
        return failed(name, message("ob3.hash.unit", code, record.code()));
      }
      AchievedUnit u = unit.get();
      JsonNode subject = vc.path("credentialSubject");
      JsonNode achievement = subject.path("achievement");
      List<String> differ = new ArrayList<>();
      if (!achievement.path("id").asText().equals(OpenBadgeCredentials.achievementId(u))) {
        differ.add("achievement.id");
      }
      if (achievement.path("creditsAvailable").asDouble(-1) != u.credits()
          || subject.path("creditsEarned").asDouble(-1) != u.credits()) {
        differ.add("credits");
      }
      boolean eqf = false;
      for (JsonNode alignment : achievement.path("alignment")) {
        eqf |= alignment.path("targetUrl").asText().equals(u.level().uri());
      }
      if (!eqf) {
        differ.add("alignment (EQF)");
      }
      boolean holder = false;
      for (JsonNode identity : subject.path("identifier")) {
        holder |=
            identity.path("identityType").asText().equals("name")
                && identity.path("identityHash").asText().equals(record.holder().name());
      }
      if (!holder) {
        differ.add("credentialSubject.identifier");
      }
      if (!vc.path("issuer").path("name").asText().equals(record.issuer().organisation())) {
        differ.add("issuer.name");
      }
      if (!differ.isEmpty()) {
        return failed(name, message("ob3.hash.differs", String.join(", ", differ)));
      }
      return passed(name, message("ob3.hash.ok", record.fingerprint().hex(), u.ref().toString()));
    }

    private VerificationCheck issuer(ObjectNode vc, CertificateRecord record) {
      String name = CertificateVerifier.ISSUER;
      if (signer == null) {
        return notChecked(name, Message.of(CertificateVerifier.class, "verify.issuer.notChecked"));
      }
      CertificateDescription described = CertificateDescription.of(signer);
      String id = vc.path("issuer").path("id").asText();
      if (record.issuer().certificateSha256().equals(described.sha256Fingerprint())
          && (id.equals(OpenBadgeCredentials.ISSUER_URN + record.issuer().certificateSha256())
              || id.equals(resolvableIssuerId(vc, record).orElse(null)))) {
        return passed(
            name,
            Message.of(
                CertificateVerifier.class,
                "verify.issuer.ok",
                record.issuer().organisation(),
                record.issuer().abbreviatedCertificateSha256()));
      }
      return failed(
          name,
          Message.of(
              CertificateVerifier.class,
              "verify.issuer.mismatch",
              record.issuer().organisation(),
              record.issuer().abbreviatedCertificateSha256(),
              described.subject(),
              described.sha256Fingerprint()));
    }

    /**
     * The issuer id a credential made with an https base carries: {@code <base>/issuer.json}, with
     * the base its own {@code credentialStatus.id} names ({@code <base>/<CODE>/status.json}).
     */
    private static Optional<String> resolvableIssuerId(ObjectNode vc, CertificateRecord record) {
      String status = vc.path("credentialStatus").path("id").asText();
      String tail = "/" + record.code().value() + "/" + IssuerProfile.STATUS_FILE;
      if (!status.endsWith(tail)) {
        return Optional.empty();
      }
      return IssuerProfile.resolvableId(status.substring(0, status.length() - tail.length()));
    }

    /** As for a PDF: the register first, else the revocation list. */
    private VerificationCheck status(Fingerprint fingerprint) {
      String name = CertificateVerifier.STATUS;
      if (options.register().isPresent()) {
        Optional<RegisterEntry> entry =
            options.register().get().read(tx -> CertificateRecords.find(tx, fingerprint));
        if (entry.isEmpty()) {
          return failed(name, verifierMessage("verify.status.unknown"));
        }
        RegisterEntry e = entry.get();
        if (e.revocation().isPresent()) {
          revocation = e.revocation();
          return failed(
              name,
              verifierMessage(
                  "verify.status.revoked",
                  e.code(),
                  e.revocation().get().revokedAt(),
                  e.revocation().get().reason()));
        }
        return passed(
            name,
            verifierMessage(
                "verify.status.valid", e.code(), String.valueOf(e.serial()), e.issuedAt()));
      }
      if (options.revocations().isPresent()) {
        Optional<RevocationEntry> revoked = options.revocations().get().find(fingerprint.hex());
        if (revoked.isPresent()) {
          revocation =
              Optional.of(
                  new RegisterEntry.Revocation(revoked.get().revokedAt(), revoked.get().reason()));
          return failed(
              name,
              verifierMessage(
                  "verify.status.listed",
                  revoked.get().certificateCode(),
                  revoked.get().revokedAt(),
                  revoked.get().reason(),
                  options.revocations().get().issuedAt()));
        }
        return passed(
            name,
            verifierMessage("verify.status.notListed", options.revocations().get().issuedAt()));
      }
      return notChecked(name, verifierMessage("verify.status.notChecked"));
    }

    private void logChecks(ObjectNode vc, Fingerprint fingerprint) {
      String prefix = "data:text/plain;base64,";
      Optional<String> text = Optional.empty();
      for (JsonNode evidence : vc.path("evidence")) {
        String id = evidence.path("id").asText("");
        if (OpenBadgeCredentials.LOG_PROOF_GENRE.equals(evidence.path("genre").asText())
            && id.startsWith(prefix)) {
          try {
            text =
                Optional.of(
                    new String(
                        java.util.Base64.getDecoder().decode(id.substring(prefix.length())),
                        StandardCharsets.UTF_8));
          } catch (IllegalArgumentException e) {
            text = Optional.of("");
          }
        }
      }
      if (text.isEmpty()) {
        checks.add(failed(CertificateVerifier.LOG_CHECKPOINT, message("ob3.log.missing")));
        noLog("verify.log.noProof");
        return;
      }
      ProofBundle bundle;
      try {
        bundle = ProofBundle.parse(text.get());
      } catch (InvalidInputException e) {
        checks.add(
            failed(
                CertificateVerifier.LOG_CHECKPOINT,
                verifierMessage("verify.log.malformed", e.problems().get(0).toString())));
        noLog("verify.log.noProof");
        return;
      }
      if (options.logKey().isEmpty()) {
        checks.add(
            notChecked(
                CertificateVerifier.LOG_CHECKPOINT,
                verifierMessage("verify.log.noKey", bundle.checkpoint().checkpoint().origin())));
        noLog("verify.log.unsigned");
        return;
      }
      NoteVerifierKey key = options.logKey().get();
      BundleVerification verified = bundle.verify(Hash.of(fingerprint.bytes()), key);
      checks.add(logCheck(CertificateVerifier.LOG_CHECKPOINT, verified.checkpoint()));
      checks.add(logCheck(CertificateVerifier.LOG_INCLUSION, verified.inclusion()));
      checks.add(consistency(bundle, key));
    }

    private void noLog(String key) {
      checks.add(notChecked(CertificateVerifier.LOG_INCLUSION, verifierMessage(key)));
      checks.add(notChecked(CertificateVerifier.LOG_CONSISTENCY, verifierMessage(key)));
    }

    private VerificationCheck consistency(ProofBundle bundle, NoteVerifierKey key) {
      String name = CertificateVerifier.LOG_CONSISTENCY;
      if (options.publishedLog().isPresent()) {
        ConsistencyVerification verified =
            options.publishedLog().get().verifyConsistency(bundle.checkpoint(), key);
        for (LogCheck c : verified.checks()) {
          if (!c.passed()) {
            return failed(name, c.message());
          }
        }
        return passed(
            name,
            verifierMessage(
                "verify.log.published",
                String.valueOf(bundle.checkpoint().treeHead().size()),
                String.valueOf(options.publishedLog().get().checkpoint().treeHead().size()),
                verified.consistency().message()));
      }
      if (options.workspaceLog().isPresent()) {
        TreeHead held = bundle.checkpoint().treeHead();
        return options
            .workspaceLog()
            .get()
            .read(
                tx -> {
                  TransparencyLog log = new TransparencyLog(LogStore.jdbc(tx.connection()));
                  long size = log.size();
                  if (held.size() > size) {
                    return failed(
                        name,
                        verifierMessage(
                            "verify.log.beyondWorkspace",
                            String.valueOf(held.size()),
                            String.valueOf(size)));
                  }
                  if (!log.treeHead(held.size()).rootHash().equals(held.rootHash())) {
                    return failed(
                        name, verifierMessage("verify.log.fork", String.valueOf(held.size())));
                  }
                  return passed(
                      name,
                      verifierMessage(
                          "verify.log.workspace",
                          String.valueOf(held.size()),
                          String.valueOf(size)));
                });
      }
      return notChecked(name, verifierMessage("verify.log.noReference"));
    }

    private VerificationCheck logCheck(String name, LogCheck check) {
      return new VerificationCheck(
          name,
          check.passed() ? VerificationCheck.Outcome.PASSED : VerificationCheck.Outcome.FAILED,
          check.message());
    }
  }

  private static boolean typeContains(JsonNode node, String type) {
    JsonNode t = node.path("type");
    if (t.isTextual()) {
      return t.asText().equals(type);
    }
    for (JsonNode each : t) {
      if (each.asText().equals(type)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Instant> instant(JsonNode node) {
    if (!node.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.OffsetDateTime.parse(node.asText()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static VerificationCheck passed(String name, Message reason) {
    return new VerificationCheck(name, VerificationCheck.Outcome.PASSED, reason);
  }

  private static VerificationCheck failed(String name, Message reason) {
    return new VerificationCheck(name, VerificationCheck.Outcome.FAILED, reason);
  }

  private static VerificationCheck notChecked(String name, Message reason) {
    return new VerificationCheck(name, VerificationCheck.Outcome.NOT_CHECKED, reason);
  }

  private static Message message(String key, Object... args) {
    return Message.of(OpenBadgeVerifier.class, key, args);
  }

  private static Message verifierMessage(String key, Object... args) {
    return Message.of(CertificateVerifier.class, key, args);
  }

  private static Message signatureMessage(String key, Object... args) {
    return Message.of(CheckResult.class, key, args);
  }
}
