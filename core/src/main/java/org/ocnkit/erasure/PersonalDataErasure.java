package org.ocnkit.erasure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.certificate.CertificateRecords;
import org.ocnkit.erasure.internal.FileText;
import org.ocnkit.evidence.ErasureReport;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.ApprenticeService;
import org.ocnkit.learner.Apprentices;
import org.ocnkit.learner.Erasure;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.moderation.ModerationRecords;
import org.ocnkit.report.ReportRecords;
import org.ocnkit.store.OldCopies;
import org.ocnkit.store.Store;
import org.ocnkit.store.Workspace;

/**
 * Erases an apprentice's personal data everywhere ({@code ocn apprentice erase}), in one
 * transaction: {@link LearnerRecords#erase} clears name, birth date, personal identity number and
 * disability; then every package that keeps free text about the apprentice redacts their name,
 * birth date and personal identity number ({@link Erasure#redact}): evidence descriptions,
 * correction and withdrawal reasons and attachment names ({@link EvidenceRecords#redactErased}),
 * moderators' comments ({@link ModerationRecords#redact}), certificate revocation reasons ({@link
 * CertificateRecords#redact}) and outcome correction reasons ({@link ReportRecords#redact}). Each
 * change is an audited update; the pseudonymous id and every record that refers to it stay, so
 * progress, certificates and the funders' counts keep working.
 *
 * <p>After the commit, {@link Store#removeOldCopies} rewrites the tables the erasure changed, so
 * the old values are not left in the database's files (free pages, the write-ahead log, dead row
 * versions). What it cannot reach is said in {@link ErasedData}: files the workspace wrote that
 * name the person (found by their content, and removed on request), backups made earlier, copies
 * outside the workspace.
 *
 * <p>A package that adds free text about an apprentice adds its redaction here.
 */
public final class PersonalDataErasure {
  private PersonalDataErasure() {}

  /**
   * Erases the apprentice's personal data, removes old copies from the database's files, and finds
   * the workspace's own files that name the person ({@link #filesNaming}); deletes those files when
   * {@code removeFiles}.
   */
  static ErasedData erase(
      Workspace workspace, String actor, ApprenticeId apprentice, boolean removeFiles) {
    List<Path> files = filesNaming(workspace, apprentice);
    return erase(
        workspace.store(),
        actor,
        apprentice,
        files,
        removeFiles ? () -> remove(workspace, files) : null);
  }

  private static ErasedData erase(
      Store store, String actor, ApprenticeId apprentice, List<Path> files, Runnable removal) {
    Set<String> tables = new TreeSet<>();
    ErasedData counts =
        store.write(
            actor,
            tx -> {
              long from = tx.queryLong("SELECT COALESCE(MAX(seq), 0) FROM audit_event");
              Erasure erasure = LearnerRecords.erase(tx, apprentice);
              ErasureReport evidence = EvidenceRecords.redactErased(tx, erasure);
              int other =
                  ModerationRecords.redact(tx, erasure)
                      + CertificateRecords.redact(tx, erasure)
                      + ReportRecords.redact(tx, erasure);
              for (String entity :
                  tx.query(
                      "SELECT entity FROM audit_event WHERE seq > ?",
                      row -> row.getString(1),
                      from)) {
                int colon = entity.indexOf(':');
                if (colon > 0) {
                  tables.add(entity.substring(0, colon));
                }
              }
              return new ErasedData(
                  apprentice,
                  evidence.evidenceItemsRedacted(),
                  evidence.attachmentsRenamed(),
                  other,
                  new OldCopies(false, false, List.of(), false),
                  files,
                  false);
            });
    OldCopies disk = store.removeOldCopies(tables);
    if (removal != null) {
      removal.run();
    }
    return new ErasedData(
        apprentice,
        counts.evidenceItems(),
        counts.attachments(),
        counts.otherTexts(),
        disk,
        files,
        removal != null && !files.isEmpty());
  }

  /**
   * The workspace's own files whose content names the apprentice (their full name, or a personal
   * identity number built on their birth date): every file in the workspace folder except the
   * database and its journal files, the settings, {@code keys/} and the evidence store, read as
   * text (a PDF's text and embedded record, an xlsx's cells). Relative to the workspace folder,
   * sorted. Empty once the apprentice is erased: the name that would find them is gone.
   *
   * @throws org.ocnkit.InvalidInputException when there is no such apprentice
   */
  static List<Path> filesNaming(Workspace workspace, ApprenticeId apprentice) {
    Apprentice a = new ApprenticeService(workspace).get(apprentice);
    if (a.erased()) {
      return List.of();
    }
    Erasure person = Apprentices.erasureOf(a);
    Path root = workspace.dir().toAbsolutePath().normalize();
    Set<Path> skipped = Set.of(root.resolve("keys"), root.resolve("evidence"));
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return skipped.contains(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              boolean own =
                  file.getParent().equals(root)
                      && (name.startsWith(Workspace.DATABASE) || name.equals(Workspace.PROPERTIES));
              if (attrs.isRegularFile()
                  && !own
                  && FileText.of(file).stream().anyMatch(person::namesPerson)) {
                found.add(root.relativize(file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(null);
    return found;
  }

  private static void remove(Workspace workspace, List<Path> files) {
    for (Path f : files) {
      try {
        Files.deleteIfExists(workspace.dir().resolve(f));
      } catch (IOException e) {
        throw new EnvironmentException(
            Message.of(
                PersonalDataErasure.class,
                "erasure.cannotRemove",
                f,
                String.valueOf(e.getMessage())),
            e);
      }
    }
  }
}
