package org.ocnkit.cli.certificate;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.Certification;
import org.ocnkit.certificate.IssueOptions;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.QualificationCertification;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.ProgressBar;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.qualification.QualificationRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ocn certificate issue|issue-batch}: certificates for what is ready. */
final class IssueCommands {
  private IssueCommands() {}

  /** Options both commands share. */
  static final class IssueOptionsMixin {
    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "issue.out")
    Path out;

    @Option(names = "--tsa", paramLabel = "URL", descriptionKey = "issue.tsa")
    URI tsa;
  }

  /** The certificate for one apprentice's ready units. */
  @Command(name = "issue", mixinStandardHelpOptions = true)
  static final class Issue implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--apprentice",
        paramLabel = "A",
        required = true,
        descriptionKey = "issue.apprentice")
    String apprentice;

    @Option(
        names = "--qualification",
        paramLabel = "CODE[@V]",
        descriptionKey = "issue.qualification")
    String qualification;

    @Mixin IssueOptionsMixin options;

    @Mixin JsonOption json;

    Issue(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      CertificateService certificates = cli.ocn().certificates();
      finishInterrupted(cli);
      ApprenticeId id = ApprenticeId.parse(apprentice);
      IssueOptions issueOptions = options(cli, options);
      IssuingKeys keys = keys(cli);
      if (qualification != null) {
        QualificationRef.Query query = QualificationRef.parse(qualification);
        ProgressBar bar = ProgressBar.onTerminal(cli, "ocn certificate issue", json.enabled());
        IssuedBatch batch =
            certificates.issueQualification(
                cli.actor(), id, query, keys, issueOptions, bar::update);
        print(cli, batch, List.of(), List.of(), json);
        return ExitCode.OK;
      }
      Certification.Plan plan = certificates.plan(id);
      IssuedBatch batch = null;
      if (plan.request().isPresent()) {
        ProgressBar bar = ProgressBar.onTerminal(cli, "ocn certificate issue", json.enabled());
        batch = certificates.issue(cli.actor(), id, keys, issueOptions, bar::update);
      }
      // Qualifications gained with certified units (those just issued included) are offered.
      List<QualificationCertification.Offer> offers = certificates.offers(id);
      if (batch == null && offers.isEmpty()) {
        throw new RefusedException(certificates.refusal(plan));
      }
      print(cli, batch, batch == null ? plan.held() : List.of(), offers, json);
      return ExitCode.OK;
    }
  }

  /** Certificates for everyone who has units ready. */
  @Command(name = "issue-batch", mixinStandardHelpOptions = true)
  static final class IssueBatch implements Callable<Integer> {
    private final Cli cli;

    @Mixin IssueOptionsMixin options;

    @Mixin JsonOption json;

    IssueBatch(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      CertificateService certificates = cli.ocn().certificates();
      finishInterrupted(cli);
      List<Certification.Plan> plans = certificates.plans();
      List<Certification.Plan> ready = plans.stream().filter(p -> p.request().isPresent()).toList();
      List<Certification.Held> held = new ArrayList<>();
      plans.forEach(p -> held.addAll(p.held()));
      if (ready.isEmpty()) {
        print(cli, null, held, List.of(), json);
        return ExitCode.OK;
      }
      IssueOptions issueOptions = options(cli, options);
      IssuingKeys keys = keys(cli);
      ProgressBar bar = ProgressBar.onTerminal(cli, "ocn certificate issue-batch", json.enabled());
      IssuedBatch batch = certificates.issue(cli.actor(), ready, keys, issueOptions, bar::update);
      print(cli, batch, held, List.of(), json);
      return ExitCode.OK;
    }
  }

  /**
   * Finishes what an interrupted issuing run left (see {@link
   * CertificateService#finishInterrupted}) and says what it found, on the error stream so that
   * {@code --json} output stays clean.
   */
  static void finishInterrupted(Cli cli) {
    cli.ocn()
        .certificates()
        .finishInterrupted()
        .messages()
        .forEach(m -> cli.err().println(m.format(cli.locale())));
  }

  private static IssueOptions options(Cli cli, IssueOptionsMixin mixin) {
    IssueOptions options = cli.ocn().certificates().issueOptions();
    if (mixin.out != null) {
      options = options.withOutDir(cli.path(mixin.out));
    }
    if (mixin.tsa != null) {
      options = options.withTimestampAuthority(mixin.tsa);
    }
    return options;
  }

  private static IssuingKeys keys(Cli cli) {
    char[] password = KeyPassword.existing(cli);
    try {
      return cli.ocn().certificates().keys(password);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static void print(
      Cli cli,
      IssuedBatch batch,
      List<Certification.Held> held,
      List<QualificationCertification.Offer> offers,
      JsonOption json) {
    List<IssuedCertificate> issued = batch == null ? List.of() : batch.certificates();
    cli.print(
        json,
        () -> {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put(
              "issued",
              issued.stream()
                  .map(
                      c -> {
                        Map<String, Object> one = new LinkedHashMap<>();
                        one.put("code", c.code().value());
                        one.put("fingerprint", c.record().fingerprint().hex());
                        one.put("serial", c.record().serial());
                        one.put("kind", c.record().kind());
                        one.put(
                            "qualification",
                            c.record().qualification().map(q -> q.ref().toString()));
                        one.put(
                            "units",
                            c.record().units().stream().map(u -> u.ref().toString()).toList());
                        one.put(
                            "unitCertificates",
                            c.record()
                                .qualification()
                                .map(
                                    q ->
                                        q.unitCertificates().values().stream()
                                            .map(Object::toString)
                                            .toList())
                                .orElse(List.of()));
                        one.put("file", c.file());
                        return one;
                      })
                  .toList());
          out.put(
              "notReady",
              held.stream()
                  .map(
                      h ->
                          Json.object(
                              "enrolment", h.achievement().enrolment().toString(),
                              "apprentice", h.achievement().apprentice().toString(),
                              "unit", h.achievement().unit().toString(),
                              "reason", h.reason().format(cli.locale())))
                  .toList());
          out.put(
              "qualificationsReady",
              offers.stream()
                  .map(
                      o ->
                          Json.object(
                              "apprentice", o.apprentice().toString(),
                              "qualification", o.qualification().toString(),
                              "units",
                                  o.request().units().stream()
                                      .map(u -> u.ref().toString())
                                      .toList()))
                  .toList());
          return out;
        },
        () -> {
          for (IssuedCertificate c : issued) {
            c.record()
                .qualification()
                .ifPresentOrElse(
                    q ->
                        cli.out()
                            .println(
                                CertificateCommand.text(
                                    cli,
                                    "issue.writtenQualification",
                                    c.code(),
                                    q.ref(),
                                    String.join(
                                        ", ",
                                        q.unitCertificates().values().stream()
                                            .map(Object::toString)
                                            .toList()),
                                    c.file())),
                    () ->
                        cli.out()
                            .println(
                                CertificateCommand.text(
                                    cli,
                                    "issue.written",
                                    c.code(),
                                    c.record().units().size(),
                                    c.record().totalCredits(),
                                    c.file())));
          }
          for (Certification.Held h : held) {
            cli.out()
                .println(
                    CertificateCommand.text(
                        cli,
                        "issue.held",
                        h.achievement().apprentice(),
                        h.achievement().unit(),
                        h.reason().format(cli.locale())));
          }
          for (QualificationCertification.Offer o : offers) {
            cli.out()
                .println(
                    cli.text(
                        org.ocnkit.Message.of(
                            QualificationCertification.class,
                            "qualification.offer",
                            o.qualification(),
                            "en".equals(cli.locale().getLanguage())
                                ? o.titleEn().orElse(o.titleSv())
                                : o.titleSv(),
                            o.apprentice())));
          }
          cli.out()
              .println(
                  CertificateCommand.text(
                      cli,
                      "issue.summary",
                      issued.size(),
                      held.size(),
                      Optional.ofNullable(batch)
                          .map(b -> String.valueOf(b.treeSize()))
                          .orElse("-")));
        });
  }
}
