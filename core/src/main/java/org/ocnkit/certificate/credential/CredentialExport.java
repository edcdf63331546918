package org.ocnkit.certificate.credential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateDocument;
import org.ocnkit.certificate.CertificateVerifier;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.certificate.internal.AtomicFiles;
import org.ocnkit.pdf.Attachment;

/**
 * Writes the credentials embedded in an issued certificate PDF to files of their own, for a wallet,
 * Europass or a registry ({@code ocn certificate export CODE --format ob3|elm --out FILE}).
 *
 * <p>The credentials were made and signed at issuance; export copies them byte for byte, so what a
 * participant uploads is exactly what the signed PDF holds. An Open Badges export of a certificate
 * with several units writes one file per unit, the unit code before the extension ({@code
 * badge-HS-KUND-01.jwt}); with one unit, the file named. Existing files are not overwritten.
 */
public final class CredentialExport {
  private CredentialExport() {}

  /**
   * Exports certificate {@code code}'s credentials in {@code format}.
   *
   * @param registered the register's entry for {@code code}, empty when it has none
   * @param issuedDir the folder {@code ocn certificate issue} writes certificates to ({@code
   *     <out>/certificates/} of the workspace)
   * @param pdf the certificate PDF; when empty, {@code <issuedDir>/<CODE>.pdf}
   * @return the files written
   * @throws InvalidInputException when the code is not in the register, the PDF is missing, is
   *     another certificate, or holds no credential of that format (issued before ocnkit made them)
   * @throws EnvironmentException when a file cannot be written or already exists
   */
  public static List<Path> export(
      CertificateCode code,
      Optional<RegisterEntry> registered,
      Path issuedDir,
      CredentialFormat format,
      Optional<Path> pdf,
      Path out) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(issuedDir, "issuedDir");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Optional<RegisterEntry> entry = registered;
    if (entry.isEmpty()) {
      throw new InvalidInputException(new Problem(code.value(), message("export.unknown")));
    }
    Path file = pdf.orElseGet(() -> issuedDir.resolve(code.value() + ".pdf"));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new Problem(file.toString(), message("export.noPdf")));
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
    CertificateDocument document = CertificateDocument.read(file.toString(), bytes);
    if (document.fingerprint().isEmpty()
        || !document.fingerprint().get().equals(entry.get().fingerprint())) {
      throw new InvalidInputException(
          new Problem(file.toString(), message("export.otherCertificate", code)));
    }
    List<Attachment> credentials =
        new ArrayList<>(
            document.attachments().stream()
                .filter(
                    a ->
                        format == CredentialFormat.ELM
                            ? a.name().equals(EuropeanCredentials.FILE_NAME)
                            : a.name().startsWith(OpenBadgeCredential.FILE_PREFIX)
                                && a.name().endsWith(OpenBadgeCredential.FILE_SUFFIX))
                .sorted(Comparator.comparing(Attachment::name))
                .toList());
    if (credentials.isEmpty()) {
      throw new InvalidInputException(
          new Problem(file.toString(), message("export.none", format.code())));
    }
    List<Path> written = new ArrayList<>();
    try {
      for (Attachment a : credentials) {
        Path target = credentials.size() == 1 ? out : perUnit(out, a.name());
        if (Files.exists(target)) {
          throw new EnvironmentException(message("export.exists", target));
        }
        AtomicFiles.writeNew(target, a.content(), false);
        written.add(target);
      }
    } catch (RuntimeException e) {
      written.forEach(AtomicFiles::deleteQuietly);
      throw e;
    }
    return written;
  }

  /** {@code dir/b.jwt} and {@code openbadge-HS-KUND-01.jwt} give {@code dir/b-HS-KUND-01.jwt}. */
  private static Path perUnit(Path out, String attachment) {
    String unit =
        attachment.substring(
            OpenBadgeCredential.FILE_PREFIX.length(),
            attachment.length() - OpenBadgeCredential.FILE_SUFFIX.length());
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : OpenBadgeCredential.FILE_SUFFIX;
    return out.resolveSibling(stem + "-" + unit + ext);
  }

  private static Message message(String key, Object... args) {
    return Message.of(CredentialExport.class, key, args);
  }
}
