package org.ocnkit.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.api.Ocnkit;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.CertificateSettings;
import org.ocnkit.certificate.PublicCertificate;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.certificate.credential.IssuerProfile;
import org.ocnkit.certificate.signature.IssuerKey;
import org.ocnkit.certificate.signature.RevocationEntry;
import org.ocnkit.certificate.signature.RevocationList;
import org.ocnkit.io.AtomicFiles;
import org.ocnkit.ledger.PublishResult;
import org.ocnkit.store.Workspace;

/**
 * {@code ocn site publish DIR}: the verification pages as static files any web host or CDN can
 * serve, with no personal data.
 *
 * <pre>
 * DIR/index.html, en.html               the start page, Swedish and English
 * DIR/OCN-XXXX-XXXX-XXXX-C/index.html   one page per certificate (and en.html)
 * DIR/assets/                           style and the verification script
 * DIR/issuer-certificate.pem, log.vkey  what a verifier pins
 * DIR/log/checkpoint, DIR/log/tile/...  the log as C2SP tlog-tiles
 * DIR/revocations.p7m                   the signed revocation list (CMS)
 * DIR/revocations.json                  the same entries, for the page's script
 * DIR/issuer.json                       the Open Badges 3.0 issuer profile
 * DIR/.well-known/jwks.json             the issuer's public key as a JWK Set (with x5c)
 * DIR/OCN-XXXX-XXXX-XXXX-C/status.json  the certificate's status (a credential's credentialStatus)
 * </pre>
 *
 * <p>Each certificate page's script checks in the visitor's browser that the fingerprint in the
 * link is the register's, that the log's checkpoint is signed by the log key the page pins
 * (Ed25519, WebCrypto), that the fingerprint is in that checkpoint's tree (an inclusion proof
 * computed from the tiles, RFC 6962 hashing) and that it is not on the revocation list. Publishing
 * again writes only files whose content changed: new tiles and pages, and the pages of certificates
 * revoked since.
 */
public final class StaticSite {
  private static final List<String> ASSETS = List.of("style.css", "site.js");

  private final Workspace workspace;
  private final CertificateService certificates;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  public StaticSite(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    // Not closed here: the workspace is the caller's.
    this.certificates = Ocnkit.of(workspace).certificates();
  }

  /**
   * What one publication wrote.
   *
   * @param pages certificate pages in the site (two languages each)
   * @param pagesWritten certificate pages written now (new or changed)
   * @param filesWritten every file written now, tiles included
   * @param log the tiles published
   * @param revoked certificates on the revocation list
   */
  public record Result(
      Path directory,
      int pages,
      int pagesWritten,
      int filesWritten,
      PublishResult log,
      int revoked) {}

  /**
   * Publishes the site into {@code dir}, signing the revocation list with {@code issuer}.
   *
   * @throws org.ocnkit.RefusedException when the log has no signed checkpoint yet
   * @throws EnvironmentException when a file cannot be written
   */
  public Result publish(Path dir, IssuerKey issuer) {
    Writer w = new Writer(dir);
    PublishResult log = certificates.publishLog(dir.resolve("log"));
    String logKey = certificates.verificationKeys().logKey().toString();
    w.write("issuer-certificate.pem", read(certificates.issuerCertificateFile()));
    w.write("log.vkey", (logKey + "\n").getBytes(StandardCharsets.UTF_8));
    RevocationList revocations = certificates.revocationList();
    // Re-signed only when the entries changed: the list's time says when it was made.
    if (w.write("revocations.json", revocationJson(revocations))) {
      w.write("revocations.p7m", revocations.sign(issuer));
    }
    for (String asset : ASSETS) {
      w.write("assets/" + asset, resource("assets/" + asset));
    }
    String issuerName = certificates.issuerName();
    IssuerProfile profile = issuerProfile(workspace, certificates, issuerName);
    w.write(IssuerProfile.PROFILE_PATH, profile.profileJson().getBytes(StandardCharsets.UTF_8));
    w.write(IssuerProfile.JWKS_PATH, profile.jwksJson().getBytes(StandardCharsets.UTF_8));
    for (Texts t : List.of(Texts.of(Message.SWEDISH), Texts.of(Locale.ENGLISH))) {
      Page page =
          new Page(
              t,
              t.get("site.title"),
              "",
              t.english() ? "index.html" : "en.html",
              List.of("site.js"),
              false);
      w.write(
          t.english() ? "en.html" : "index.html",
          render("home.jte", page, Map.of("issuer", issuerName)));
    }
    int pages = 0;
    int pagesWritten = 0;
    for (RegisterEntry entry : certificates.list()) {
      PublicCertificate certificate = certificates.publicCertificate(entry.code()).orElseThrow();
      boolean written = false;
      for (Texts t : List.of(Texts.of(Message.SWEDISH), Texts.of(Locale.ENGLISH))) {
        CodeView view = CodeView.of(certificate, t);
        Page page =
            new Page(
                t,
                t.get("code.heading", view.code()),
                "../",
                t.english() ? "index.html" : "en.html",
                List.of("site.js"),
                false);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("view", view);
        params.put("logKey", logKey);
        written |=
            w.write(
                entry.code().value() + "/" + (t.english() ? "en.html" : "index.html"),
                render("code.jte", page, params));
      }
      // The same document the server answers at /<code>/status.json without Accept-Language.
      w.write(
          entry.code().value() + "/" + IssuerProfile.STATUS_FILE,
          Json.write(
                  VerificationServer.statusDocument(
                      CodeView.of(certificate, Texts.of(Message.SWEDISH))))
              .getBytes(StandardCharsets.UTF_8));
      pages++;
      pagesWritten += written ? 1 : 0;
    }
    return new Result(
        dir,
        pages,
        pagesWritten,
        w.written + log.tilesWritten() + log.bundlesWritten(),
        log,
        revocations.entries().size());
  }

  /** The workspace's issuer profile: its base URL, the issuer's name and certificate. */
  static IssuerProfile issuerProfile(
      Workspace workspace, CertificateService certificates, String issuerName) {
    return new IssuerProfile(
        CertificateSettings.baseUrl(workspace.settings()),
        issuerName,
        certificates.verificationKeys().issuerCertificate());
  }

  private static byte[] revocationJson(RevocationList list) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (RevocationEntry e : list.entries()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("code", e.certificateCode());
      entry.put("fingerprint", e.fingerprint());
      entry.put("revokedAt", e.revokedAt());
      entries.add(entry);
    }
    return Json.write(Map.of("revoked", entries)).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] render(String template, Page page, Map<String, Object> params) {
    Map<String, Object> all = new LinkedHashMap<>(params);
    all.put("page", page);
    all.putIfAbsent("logKey", "");
    StringOutput out = new StringOutput();
    templates.render(template, all, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = StaticSite.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(StaticSite.class, "site.unreadable", file, String.valueOf(e.getMessage())));
    }
  }

  /** Writes files that are new or whose content changed, and counts them. */
  private static final class Writer {
    private final Path dir;
    private int written;

    Writer(Path dir) {
      this.dir = dir;
    }

    boolean write(String relative, byte[] content) {
      Path file = dir.resolve(relative);
      try {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
          return false;
        }
        AtomicFiles.replace(file, content);
        written++;
        return true;
      } catch (IOException e) {
        throw new EnvironmentException(
            Message.of(StaticSite.class, "site.unwritable", file, String.valueOf(e.getMessage())));
      }
    }
  }
}
