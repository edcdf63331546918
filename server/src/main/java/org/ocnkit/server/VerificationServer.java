package org.ocnkit.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.api.Ocnkit;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.certificate.VerificationCheck;
import org.ocnkit.certificate.VerificationResult;
import org.ocnkit.certificate.credential.IssuerProfile;
import org.ocnkit.certificate.signature.SignatureInfo;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.evidence.SupervisorOverview;
import org.ocnkit.evidence.WebObservation;
import org.ocnkit.evidence.WebRecording;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.LinkSecret;
import org.ocnkit.learner.SupervisorLinks;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;

/**
 * {@code ocn serve}: the public verification service over one workspace, and the supervisors'
 * evidence form behind their personal links ({@code /handledare/SECRET}, issue 19), the one part
 * that writes. Every route is listed in {@link #routes}; security headers, limits and refusals are
 * set once for the whole app in {@link #configure}. Nothing uploaded for verification is stored; no
 * log line names a person, a client address or a link's secret (the log shows the route pattern,
 * never the path).
 *
 * <pre>{@code
 * try (VerificationServer server = VerificationServer.start(ServerOptions.defaults(ws), System.out::println)) {
 *   server.awaitStop();
 * }
 * }</pre>
 */
public final class VerificationServer implements AutoCloseable {
  /** The Content-Security-Policy: scripts, styles and images from this site only; no framing. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self';"
          + " img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private static final Map<String, String> ASSETS =
      Map.of(
          "style.css", "text/css; charset=utf-8",
          "fingerprint.js", "text/javascript; charset=utf-8",
          "upload.js", "text/javascript; charset=utf-8");
  private static final String PDF_FIELD = "pdf";
  private static final long MULTIPART_OVERHEAD = 64 * 1024;

  /** A refused upload up to this many times its limit is read to the end before the refusal. */
  private static final long DISCARD_FACTOR = 4;

  /** The longest a refused upload is read for before the connection is cut. */
  private static final Duration DISCARD_TIME = Duration.ofSeconds(20);

  private static final Duration IDLE = Duration.ofSeconds(30);
  private static final Duration REVOCATIONS_FRESH = Duration.ofSeconds(60);

  /** The supervisor's form: files per observation, and the largest file taken over the web. */
  static final int FORM_MAX_FILES = 3;

  private static final long FORM_MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** Requests per minute one personal link may make, and one client address on link pages. */
  static final int LINK_REQUESTS_PER_MINUTE = 20;

  private static final int LINK_PAGES_PER_ADDRESS = 60;
  private static final String LINK_ROUTE = "/" + SupervisorLinks.PATH + "{link}";

  private final ServerOptions options;
  private final Workspace workspace;
  private final CertificateService certificates;
  private final EvidenceService evidence;
  private final Consumer<String> log;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Verification verification;
  private final PublishedLog publishedLog;
  private final UploadLimiter uploads;
  private final String issuer;
  private final CertificateLookup lookup;
  private final IssuerProfile profile;
  private final FormGuard guard = new FormGuard();
  private final UploadLimiter linkRequests =
      new UploadLimiter(LINK_REQUESTS_PER_MINUTE, System::nanoTime);
  private final UploadLimiter linkAddresses =
      new UploadLimiter(LINK_PAGES_PER_ADDRESS, System::nanoTime);
  private final long formFileBytes;
  private final Javalin app;
  private byte[] revocations;
  private long revocationsSignedAt;

  private VerificationServer(ServerOptions options, Consumer<String> log) {
    this.options = options;
    this.workspace = options.workspace();
    // Not closed here: the workspace is the caller's.
    Ocnkit ocn = Ocnkit.of(workspace);
    this.certificates = ocn.certificates();
    this.evidence = ocn.evidence();
    this.log = log;
    this.verification = new Verification(certificates, options.verificationSeconds());
    this.publishedLog = new PublishedLog(certificates);
    this.uploads = new UploadLimiter(options.uploadsPerMinute(), System::nanoTime);
    this.issuer = certificates.issuerName();
    this.lookup = new CertificateLookup(certificates, issuer);
    this.profile = StaticSite.issuerProfile(workspace, certificates, issuer);
    this.formFileBytes = Math.min(workspace.attachments().maxBytes(), FORM_MAX_FILE_BYTES);
    this.app = Javalin.create(this::configure);
  }

  /**
   * Starts a server with {@code options}, logging one line per request to {@code log}.
   *
   * @throws org.ocnkit.EnvironmentException when the workspace has no issuer keys
   */
  public static VerificationServer start(ServerOptions options, Consumer<String> log) {
    VerificationServer server = new VerificationServer(options, log);
    try {
      server.app.start(options.host(), options.port());
      for (Connector c : server.app.jettyServer().server().getConnectors()) {
        if (c instanceof ServerConnector connector) {
          connector.setIdleTimeout(IDLE.toMillis());
        }
      }
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The port listened on (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  /** The address listened on, such as {@code http://127.0.0.1:8080}. */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + port();
  }

  /** Stops serving, lets running requests finish, and removes the server's own files. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      verification.close();
      publishedLog.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Configuration: limits, headers, refusals and the log line, once for the whole app.

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    long multipartMax = Math.max(options.maxUploadBytes(), formRequestBytes()) + MULTIPART_OVERHEAD;
    config.http.maxRequestSize = multipartMax;
    config.jetty.multipartConfig.maxFileSize(
        Math.max(options.maxUploadBytes(), formFileBytes), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(multipartMax, SizeUnit.BYTES);
    // Kept in memory up to the limit: nothing uploaded touches the disk.
    config.jetty.multipartConfig.maxInMemoryFileSize((int) multipartMax, SizeUnit.BYTES);
    config.jetty.modifyHttpConfiguration(
        http -> {
          http.setSendServerVersion(false);
          http.setRequestHeaderSize(8 * 1024);
        });
    config.requestLogger.http(this::logLine);
    routes(config.routes);
  }

  /** Every route of the server. */
  private void routes(RoutesConfig r) {
    r.before(this::securityHeaders);
    r.before("/verify", this::limitUpload);
    r.before("/api/v1/verify", this::limitUpload);

    r.before(LINK_ROUTE, this::limitLink);
    r.get(LINK_ROUTE, this::supervisorPage);
    r.post(LINK_ROUTE, this::supervisorRecord);

    r.get("/", this::home);
    r.get("/lookup", this::lookup);
    r.get("/verify", this::uploadForm);
    r.post("/verify", this::uploadPage);
    r.get("/assets/{file}", this::asset);

    r.get("/issuer-certificate.pem", this::issuerCertificate);
    r.get("/log.vkey", this::logKey);
    r.get("/log/<path>", this::logFile);
    r.get("/revocations.p7m", this::revocationList);
    r.get("/" + IssuerProfile.PROFILE_PATH, this::issuerProfile);
    r.get("/" + IssuerProfile.JWKS_PATH, this::jwks);

    r.get("/api/v1/certificates/{code}", this::certificateJson);
    r.post("/api/v1/verify", this::verifyJson);

    r.get("/{code}", this::codePage);
    r.get("/{code}/" + IssuerProfile.STATUS_FILE, this::certificateJson);

    r.exception(Refusal.class, (e, ctx) -> refuse(ctx, e));
    r.exception(
        Exception.class,
        (e, ctx) -> {
          log.accept("error " + ctx.method() + " " + route(ctx) + " " + e.getClass().getName());
          refuse(ctx, new Refusal(500, "internal", "refusal.internal"));
        });
    r.error(
        404,
        ctx -> {
          if (ctx.attribute("rendered") == null) {
            refuse(ctx, new Refusal(404, "not-found", "refusal.notFound"));
          }
        });
    r.error(405, ctx -> refuse(ctx, new Refusal(405, "method", "refusal.method")));
  }

  private void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    ctx.header("Cache-Control", "no-store");
  }

  /** Refuses an upload over the limit before reading it, and uploads over the client's rate. */
  private void limitUpload(Context ctx) {
    if (!"POST".equals(ctx.method().name())) {
      return;
    }
    String length = ctx.header("Content-Length");
    if (length != null) {
      try {
        long declared = Long.parseLong(length.strip());
        if (declared > options.maxUploadBytes() + MULTIPART_OVERHEAD) {
          // An oversize upload counts against the client's rate; over it, it is cut off unread.
          if (uploads.tryAcquire(ctx.ip())) {
            discardRefusedBody(ctx, declared, options.maxUploadBytes());
          }
          throw tooLarge();
        }
      } catch (NumberFormatException e) {
        throw new Refusal(400, "bad-request", "refusal.noFile");
      }
    }
    if (!uploads.tryAcquire(ctx.ip())) {
      ctx.header("Retry-After", "60");
      throw new Refusal(429, "rate-limited", "refusal.rate");
    }
  }

  /**
   * The personal link's pages: never indexed, limited per client address (guessing) and per link; a
   * POST larger than the form's files is refused before it is read.
   */
  private void limitLink(Context ctx) {
    ctx.header("X-Robots-Tag", "noindex, nofollow");
    if (!linkAddresses.tryAcquire(ctx.ip())) {
      ctx.header("Retry-After", "60");
      throw new Refusal(429, "rate-limited", "refusal.linkRate");
    }
    Optional<LinkSecret> secret = LinkSecret.fromLink(ctx.pathParam("link"));
    if (secret.isPresent() && !linkRequests.tryAcquire(secret.get().sha256())) {
      ctx.header("Retry-After", "60");
      throw new Refusal(429, "rate-limited", "refusal.linkRate");
    }
    String length = ctx.header("Content-Length");
    if ("POST".equals(ctx.method().name()) && length != null) {
      try {
        long declared = Long.parseLong(length.strip());
        if (declared > formRequestBytes() + MULTIPART_OVERHEAD) {
          discardRefusedBody(ctx, declared, formRequestBytes());
          throw new Refusal(413, "too-large", "refusal.tooLarge", formFileBytes / (1024 * 1024));
        }
      } catch (NumberFormatException e) {
        throw new Refusal(400, "bad-request", "refusal.noFile");
      }
    }
  }

  private long formRequestBytes() {
    return FORM_MAX_FILES * formFileBytes;
  }

  /** One line per request: method, route, status and time; never a client address or a name. */
  private void logLine(Context ctx, Float millis) {
    log.accept(
        String.format(
            Locale.ROOT, "%s %s %d %.1f ms", ctx.method(), route(ctx), ctx.statusCode(), millis));
  }

  private static String route(Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException e) {
      return "(no route)";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Pages.

  private void home(Context ctx) {
    Texts t = texts(ctx);
    render(
        ctx,
        200,
        "home.jte",
        page(ctx, t, t.get("site.title"), List.of()),
        Map.of("issuer", issuer));
  }

  private void lookup(Context ctx) {
    String code = Optional.ofNullable(ctx.queryParam("code")).orElse("").strip();
    String lang =
        Optional.ofNullable(ctx.queryParam("lang"))
            .filter(l -> l.matches("sv|en"))
            .map(l -> "?lang=" + l)
            .orElse("");
    if (code.isEmpty() || code.length() > 100) {
      ctx.redirect("/" + lang, HttpStatus.SEE_OTHER);
      return;
    }
    ctx.redirect(
        "/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20") + lang,
        HttpStatus.SEE_OTHER);
  }

  private void codePage(Context ctx) {
    Texts t = texts(ctx);
    CodeView view = view(ctx.pathParam("code"), t);
    int status = view.found() ? 200 : view.state().equals("unknown") ? 404 : 400;
    ctx.header("Cache-Control", "no-cache");
    render(
        ctx,
        status,
        "code.jte",
        page(ctx, t, t.get("code.heading", view.code()), List.of("fingerprint.js")),
        Map.of("view", view));
  }

  private void uploadForm(Context ctx) {
    Texts t = texts(ctx);
    render(
        ctx,
        200,
        "verify.jte",
        page(ctx, t, t.get("verify.heading"), List.of("upload.js")),
        Map.of("view", new UploadView(megabytes(), Optional.empty())));
  }

  private void uploadPage(Context ctx) {
    Texts t = texts(ctx);
    Upload upload = multipartUpload(ctx);
    VerificationResult result = verification.verify(upload.name(), upload.bytes());
    render(
        ctx,
        200,
        "verify.jte",
        page(ctx, t, t.get("verify.heading"), List.of("upload.js")),
        Map.of("view", new UploadView(megabytes(), Optional.of(UploadView.result(result, t)))));
  }

  private void asset(Context ctx) throws IOException {
    String file = ctx.pathParam("file");
    String type = ASSETS.get(file);
    if (type == null) {
      throw new Refusal(404, "not-found", "refusal.notFound");
    }
    try (InputStream in = VerificationServer.class.getResourceAsStream("assets/" + file)) {
      ctx.header("Cache-Control", "public, max-age=3600");
      ctx.contentType(type).result(in.readAllBytes());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The supervisor's form (issue 19): parse, call EvidenceService, render.

  private void supervisorPage(Context ctx) {
    Texts t = texts(ctx);
    LinkSecret secret = secret(ctx);
    SupervisorOverview overview =
        evidence.openLink(secret).orElseThrow(VerificationServer::badLink);
    Optional<String> saved =
        Optional.ofNullable(ctx.queryParam("saved"))
            .filter(s -> s.matches("EV[0-9]{1,18}"))
            .map(s -> t.get("form.saved", s));
    renderForm(ctx, t, 200, secret, overview, saved, List.of(), Map.of(), List.of());
  }

  private void supervisorRecord(Context ctx) {
    Texts t = texts(ctx);
    LinkSecret secret = secret(ctx);
    String site = ctx.header("Sec-Fetch-Site");
    String submission = ctx.formParam("submission");
    if ((site != null && !site.equals("same-origin") && !site.equals("none"))
        || !WebObservation.validSubmission(submission)
        || !guard.valid(secret.sha256(), submission, ctx.formParam("csrf"))) {
      throw new Refusal(403, "forged", "refusal.csrf");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : List.of("enrolment", "date", "method", "description")) {
      values.put(field, Optional.ofNullable(ctx.formParam(field)).orElse(""));
    }
    List<String> ticked = ctx.formParams("criterion");
    List<String> problems = new ArrayList<>();
    WebObservation observation = null;
    try {
      EnrolmentId enrolment = EnrolmentId.parse(values.get("enrolment"));
      LocalDate date = parseDate(values.get("date"), t, problems);
      Optional<AssessmentMethod> method = AssessmentMethod.fromCode(values.get("method"));
      if (method.isEmpty()) {
        problems.add(t.get("form.badMethod"));
      }
      List<CriterionId> criteria = new ArrayList<>();
      for (String c : ticked) {
        criteria.add(CriterionId.parse(c));
      }
      List<UploadedFile> files =
          ctx.uploadedFiles("file").stream().filter(f -> f.size() > 0).toList();
      if (files.size() > FORM_MAX_FILES) {
        problems.add(t.get("form.tooManyFiles", FORM_MAX_FILES));
      }
      if (problems.isEmpty()) {
        List<WebObservation.UploadedFile> uploads = new ArrayList<>();
        for (UploadedFile f : files) {
          try (InputStream in = f.content()) {
            uploads.add(
                new WebObservation.UploadedFile(
                    Optional.ofNullable(f.filename()).orElse(""),
                    in.readNBytes((int) formFileBytes + 1)));
          }
        }
        observation =
            new WebObservation(
                submission,
                enrolment,
                date,
                method.get(),
                values.get("description"),
                new java.util.TreeSet<>(criteria),
                uploads);
      }
    } catch (InvalidInputException e) {
      problems.add(t.get("form.badField"));
    } catch (IOException e) {
      throw new Refusal(400, "no-file", "refusal.noFile");
    }
    if (observation != null) {
      try {
        WebRecording recorded =
            evidence
                .recordThroughLink(secret, observation)
                .orElseThrow(VerificationServer::badLink);
        // Post/redirect/get: a reload of the confirmation sends nothing again.
        ctx.redirect(
            "/"
                + SupervisorLinks.PATH
                + secret.reveal()
                + "?lang="
                + t.code()
                + "&saved="
                + recorded.item().id(),
            HttpStatus.SEE_OTHER);
        return;
      } catch (InvalidInputException e) {
        for (Problem p : e.problems()) {
          problems.add((p.location().isEmpty() ? "" : p.location() + ": ") + t.format(p.message()));
        }
      }
    }
    SupervisorOverview overview =
        evidence.openLink(secret).orElseThrow(VerificationServer::badLink);
    renderForm(ctx, t, 400, secret, overview, Optional.empty(), problems, values, ticked);
  }

  private void renderForm(
      Context ctx,
      Texts t,
      int status,
      LinkSecret secret,
      SupervisorOverview overview,
      Optional<String> saved,
      List<String> problems,
      Map<String, String> values,
      List<String> ticked) {
    String submission = guard.newSubmission();
    SupervisorView view =
        new SupervisorView(
            "/" + SupervisorLinks.PATH + secret.reveal() + "?lang=" + t.code(),
            overview.link().supervisorName(),
            overview.workplace(),
            overview.today().toString(),
            saved,
            problems,
            SupervisorView.sections(overview, t),
            submission,
            guard.token(secret.sha256(), submission),
            formFileBytes / (1024 * 1024),
            values,
            ticked);
    render(
        ctx,
        status,
        "supervisor.jte",
        new Page(t, t.get("form.heading"), "/", "?lang=" + t.other(), List.of(), true),
        Map.of("view", view));
  }

  private static LocalDate parseDate(String text, Texts t, List<String> problems) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(t.get("form.badDate", text));
      return LocalDate.MIN;
    }
  }

  private static LinkSecret secret(Context ctx) {
    return LinkSecret.fromLink(ctx.pathParam("link")).orElseThrow(VerificationServer::badLink);
  }

  /** The one answer to a wrong, expired or revoked link: no hint which it was. */
  private static Refusal badLink() {
    return new Refusal(404, "no-link", "refusal.link");
  }

  // ---------------------------------------------------------------------------------------------
  // What a verifier needs.

  private void issuerCertificate(Context ctx) throws IOException {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType("application/x-pem-file")
        .result(Files.readAllBytes(certificates.issuerCertificateFile()));
  }

  private void logKey(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType("text/plain; charset=utf-8")
        .result(certificates.verificationKeys().logKey().toString() + "\n");
  }

  private void logFile(Context ctx) {
    String path = ctx.pathParam("path");
    Optional<byte[]> bytes = publishedLog.read(path);
    if (bytes.isEmpty()) {
      if (path.equals("checkpoint")) {
        throw new Refusal(404, "no-checkpoint", "refusal.noCheckpoint");
      }
      throw new Refusal(404, "not-found", "refusal.notFound");
    }
    // Tiles never change; the checkpoint does.
    ctx.header(
        "Cache-Control",
        path.equals("checkpoint") ? "no-cache" : "public, max-age=31536000, immutable");
    ctx.contentType(
            path.equals("checkpoint") ? "text/plain; charset=utf-8" : "application/octet-stream")
        .result(bytes.get());
  }

  /** The Open Badges 3.0 issuer {@code Profile} the credentials' {@code issuer.id} names. */
  private void issuerProfile(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType("application/json; charset=utf-8").result(profile.profileJson());
  }

  /** The issuer's public key as a JWK Set, the key the credentials' JWS {@code kid} names. */
  private void jwks(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(IssuerProfile.JWKS_MEDIA_TYPE).result(profile.jwksJson());
  }

  private void revocationList(Context ctx) {
    if (options.revocationSigner().isEmpty()) {
      throw new Refusal(503, "no-revocation-list", "refusal.noRevocations");
    }
    ctx.contentType("application/pkcs7-mime").result(freshRevocations());
  }

  private synchronized byte[] freshRevocations() {
    long now = System.nanoTime();
    if (revocations == null || now - revocationsSignedAt > REVOCATIONS_FRESH.toNanos()) {
      revocations = certificates.revocationList().sign(options.revocationSigner().orElseThrow());
      revocationsSignedAt = now;
    }
    return revocations;
  }

  // ---------------------------------------------------------------------------------------------
  // The JSON API.

  private void certificateJson(Context ctx) {
    Texts t = texts(ctx);
    CodeView view = view(ctx.pathParam("code"), t);
    if (!view.found()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("status", view.state().equals("unknown") ? 404 : 400);
      error.put(
          "code",
          switch (view.state()) {
            case "unknown" -> "unknown-certificate";
            case "typing" -> "typing-mistake";
            default -> "not-a-code";
          });
      error.put("message", view.detail());
      json(ctx, (Integer) error.get("status"), Map.of("error", error));
      return;
    }
    ctx.header("Cache-Control", "no-cache");
    json(ctx, 200, statusDocument(view));
  }

  /**
   * A found certificate's status as JSON: the API's answer, {@code /<code>/status.json} (the
   * credentials' {@code credentialStatus.id}) and the static site's file of that name.
   */
  static Map<String, Object> statusDocument(CodeView view) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", view.code());
    out.put("status", view.state());
    out.put("statusText", view.statusText());
    out.put("revokedOn", view.revokedOn().isEmpty() ? null : view.revokedOn());
    out.put("issuer", view.issuer());
    out.put("issueDate", view.issueDate());
    out.put("fingerprint", view.fingerprint());
    out.put("logIndex", view.leafIndex());
    List<Map<String, Object>> units = new ArrayList<>();
    for (CodeView.UnitRow u : view.units()) {
      Map<String, Object> unit = new LinkedHashMap<>();
      unit.put("unit", u.ref());
      unit.put("title", u.title());
      unit.put("eqfLevel", u.level());
      unit.put("credits", u.credits());
      units.add(unit);
    }
    out.put("units", units);
    out.put("totalCredits", view.totalCredits());
    return out;
  }

  private void verifyJson(Context ctx) throws IOException {
    Texts t = texts(ctx);
    Upload upload;
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    if (type.startsWith("multipart/")) {
      upload = multipartUpload(ctx);
    } else {
      byte[] bytes = ctx.bodyInputStream().readNBytes((int) options.maxUploadBytes() + 1);
      if (bytes.length > options.maxUploadBytes()) {
        throw tooLarge();
      }
      if (bytes.length == 0) {
        throw new Refusal(400, "no-file", "refusal.noFile");
      }
      upload = new Upload("upload.pdf", bytes);
    }
    VerificationResult r = verification.verify(upload.name(), upload.bytes());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", r.source());
    out.put("verdict", r.verdict());
    out.put("valid", r.valid());
    Optional<CertificateRecord> record = r.record();
    out.put("code", record.map(c -> c.code().value()));
    out.put("fingerprint", record.map(c -> c.fingerprint().hex()));
    out.put("serial", record.map(CertificateRecord::serial));
    out.put("units", record.map(c -> c.units().size()));
    out.put("totalCredits", record.map(CertificateRecord::totalCredits));
    out.put("issueDate", record.map(CertificateRecord::issueDate));
    out.put("issuer", record.map(c -> c.issuer().organisation()));
    out.put("signer", r.signature().flatMap(SignatureInfo::signerSubject));
    out.put("padesLevel", r.signature().map(SignatureInfo::level));
    out.put("revokedAt", r.revocation().map(RegisterEntry.Revocation::revokedAt));
    out.put("revocationReason", r.revocation().map(RegisterEntry.Revocation::reason));
    List<Map<String, Object>> checks = new ArrayList<>();
    for (VerificationCheck c : r.checks()) {
      Map<String, Object> check = new LinkedHashMap<>();
      check.put("name", c.name());
      check.put("outcome", c.outcome());
      check.put("passed", c.passed());
      check.put("reason", t.format(c.reason()));
      check.put("reasonKey", c.reason().key());
      checks.add(check);
    }
    out.put("checks", checks);
    json(ctx, 200, out);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers.

  /** An uploaded file's name (never logged) and bytes (never stored). */
  private record Upload(String name, byte[] bytes) {}

  private Upload multipartUpload(Context ctx) {
    UploadedFile file;
    try {
      file = ctx.uploadedFile(PDF_FIELD);
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage()) + " " + e.getCause();
      if (message.toLowerCase(Locale.ROOT).contains("size")
          || message.toLowerCase(Locale.ROOT).contains("exceed")) {
        throw tooLarge();
      }
      throw new Refusal(400, "no-file", "refusal.noFile");
    }
    if (file == null || file.size() == 0) {
      throw new Refusal(400, "no-file", "refusal.noFile");
    }
    if (file.size() > options.maxUploadBytes()) {
      throw tooLarge();
    }
    try (InputStream in = file.content()) {
      String name =
          Optional.ofNullable(file.filename())
              .map(n -> n.replaceAll(".*[/\\\\]", ""))
              .filter(n -> !n.isBlank())
              .orElse("upload.pdf");
      return new Upload(
          name.length() > 100 ? name.substring(0, 100) : name,
          in.readNBytes((int) options.maxUploadBytes() + 1));
    } catch (IOException e) {
      throw new Refusal(400, "no-file", "refusal.noFile");
    }
  }

  /**
   * Reads and throws away the body of a POST refused for its size, when it is at most {@link
   * #DISCARD_FACTOR} times the limit, before the refusal is sent (what nginx calls a lingering
   * close). Otherwise the server closes the connection while the browser is still sending, and the
   * phone shows "connection reset" instead of the page saying the file is too large. Nothing is
   * kept: the bytes go through one small buffer. A larger body, or one still arriving after {@link
   * #DISCARD_TIME}, is cut off unread.
   */
  private static void discardRefusedBody(Context ctx, long declared, long limit) {
    if (declared > DISCARD_FACTOR * limit) {
      return;
    }
    long deadline = System.nanoTime() + DISCARD_TIME.toNanos();
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[64 * 1024];
      long left = declared;
      int n;
      while (left > 0
          && System.nanoTime() < deadline
          && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      // The client stopped sending: the refusal is still the answer, if it is still listening.
    }
  }

  private Refusal tooLarge() {
    return new Refusal(413, "too-large", "refusal.tooLarge", megabytes());
  }

  private long megabytes() {
    return options.maxUploadBytes() / (1024 * 1024);
  }

  private CodeView view(String typed, Texts t) {
    return CodeView.of(typed, t, issuer, lookup::find);
  }

  private static Texts texts(Context ctx) {
    return Texts.negotiate(ctx.queryParam("lang"), ctx.header("Accept-Language"));
  }

  private static Page page(Context ctx, Texts t, String title, List<String> scripts) {
    return new Page(t, title, "/", "?lang=" + t.other(), scripts, true);
  }

  private void render(
      Context ctx, int status, String template, Page page, Map<String, Object> params) {
    Map<String, Object> all = new LinkedHashMap<>(params);
    all.put("page", page);
    StringOutput out = new StringOutput();
    templates.render(template, all, out);
    ctx.attribute("rendered", Boolean.TRUE);
    ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
  }

  private void refuse(Context ctx, Refusal refusal) {
    Texts t = texts(ctx);
    if (ctx.path().startsWith("/api/")) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("status", refusal.status());
      error.put("code", refusal.code());
      error.put("message", refusal.text(t));
      json(ctx, refusal.status(), Map.of("error", error));
      return;
    }
    render(
        ctx,
        refusal.status(),
        "refusal.jte",
        page(ctx, t, t.get("refusal.heading"), List.of()),
        Map.of("text", refusal.text(t)));
  }

  private void json(Context ctx, int status, Object value) {
    ctx.attribute("rendered", Boolean.TRUE);
    ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(value));
  }

  /** Blocks until the server is stopped (by {@link #close()} from another thread). */
  public void awaitStop() throws InterruptedException {
    while (app.jettyServer().started() && !app.jettyServer().server().isStopped()) {
      app.jettyServer().server().join();
    }
  }
}
