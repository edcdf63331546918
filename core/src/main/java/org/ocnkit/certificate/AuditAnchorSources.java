package org.ocnkit.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.ledger.LogCheck;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.ledger.SignedCheckpoint;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.store.AuditAnchor;
import org.ocnkit.store.Workspace;

/**
 * The copies of a workspace's audit-chain head kept outside its database (issue 15 section 3), for
 * {@link Workspace#verifyAudit(List)}: the chain must still reach each of them.
 *
 * <p>{@link #find} looks, without being told, in
 *
 * <ul>
 *   <li>the workspace's {@code out/} folder (and below, {@value #MAX_DEPTH} levels): the signed
 *       checkpoint inside each certificate PDF ({@code log-proof.txt}; the newest {@value
 *       #MAX_PDFS} PDFs by modification time, each at most {@value #MAX_PDF} bytes), published
 *       logs' {@value #CHECKPOINT_FILE} files and backup manifests ({@code *.anchor});
 *   <li>the workspace folder itself ({@code *.anchor} beside a backup made there) and its {@value
 *       #BACKUPS_FOLDER}{@code /} folder;
 *   <li>each folder the setting {@value #FOLDERS_SETTING} names (comma-separated, relative to the
 *       workspace): where backups and published logs are kept apart from it.
 * </ul>
 *
 * <p>A checkpoint counts only if it is this workspace's log's and its signature by the workspace's
 * log key verifies; one of this log whose signature does not verify is a finding ({@link
 * Search#forged()}): someone altered it. A backup manifest is unsigned, so weaker: anyone who can
 * write beside a backup can write one. It still counts, and {@link Found#signed()} says which is
 * which. Files that cannot be read, are too large or hold no anchor are skipped with a note ({@link
 * Search#skipped()}), never an exception.
 *
 * <p>What this does not guarantee: an anchor the attacker also removed or replaced cannot be found;
 * events recorded after the newest anchor can be removed unnoticed; whoever holds the log signing
 * key (or can replace {@code keys/log.vkey}) can sign a checkpoint with any head.
 */
public final class AuditAnchorSources {
  /** The setting naming more folders to search, comma-separated, relative to the workspace. */
  public static final String FOLDERS_SETTING = "audit.anchorFolders";

  /** The workspace's folder for backups, searched for manifests. */
  public static final String BACKUPS_FOLDER = "backups";

  /** The name of a published log's checkpoint file. */
  public static final String CHECKPOINT_FILE = "checkpoint";

  /** The file name ending of a backup's manifest. */
  public static final String MANIFEST_SUFFIX = ".anchor";

  /** The largest anchor file read: a manifest or a checkpoint is a few lines. */
  public static final int MAX_ANCHOR_FILE = 64 * 1024;

  /** The largest certificate PDF read. */
  public static final int MAX_PDF = 16 * 1024 * 1024;

  /** The most certificate PDFs read, the newest first. */
  public static final int MAX_PDFS = 64;

  /** The most folder entries looked at in one search. */
  public static final int MAX_ENTRIES = 20_000;

  /** How deep below a searched folder files are looked for. */
  public static final int MAX_DEPTH = 4;

  /** The most skipped files named one by one; the rest are counted. */
  static final int MAX_NOTES = 20;

  private static final String SIGNATURE_START = "\n\n\u2014 ";

  /** Where an anchor was found, and how much it is worth. */
  public enum Kind {
    /** A signed checkpoint file, such as a published log's {@code checkpoint}. */
    CHECKPOINT,
    /** The signed checkpoint embedded in a certificate PDF. */
    CERTIFICATE,
    /** A backup's manifest ({@code FILE.anchor}): unsigned. */
    MANIFEST
  }

  /**
   * One anchor and where it came from.
   *
   * @param kind what kind of file held it
   * @param file the file
   * @param anchor the anchored audit event
   * @param logSize the tree size of the checkpoint that carried it; empty for a manifest
   */
  public record Found(Kind kind, Path file, AuditAnchor anchor, OptionalLong logSize) {
    public Found {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(anchor, "anchor");
      Objects.requireNonNull(logSize, "logSize");
      if (logSize.isPresent() == (kind == Kind.MANIFEST)) {
        throw new IllegalArgumentException("a checkpoint has a log size, a manifest none: " + kind);
      }
    }

    /** True when a signature by the workspace's log key vouches for the anchor. */
    public boolean signed() {
      return kind != Kind.MANIFEST;
    }

    /**
     * What it is, for people: "checkpoint of log size 12 in certificate out/...pdf (signed): audit
     * event 418 (certificate.issue, 2026-...)".
     */
    public Message describe() {
      String event = String.valueOf(anchor.seq());
      String at = anchor.at().toString();
      return switch (kind) {
        case CHECKPOINT ->
            message(
                "anchor.found.checkpoint",
                String.valueOf(logSize.getAsLong()),
                file.toString(),
                event,
                anchor.action(),
                at);
        case CERTIFICATE ->
            message(
                "anchor.found.certificate",
                String.valueOf(logSize.getAsLong()),
                file.toString(),
                event,
                anchor.action(),
                at);
        case MANIFEST ->
            message("anchor.found.manifest", file.toString(), event, anchor.action(), at);
      };
    }
  }

  /**
   * What a search found.
   *
   * @param anchors the anchors to compare the chain with, the given ones first
   * @param forged checkpoints of this log whose signature does not verify: each one is a finding
   * @param skipped files not used, and why (at most {@value #MAX_NOTES}; the rest are counted in
   *     {@code moreSkipped})
   * @param moreSkipped how many more files were skipped than {@code skipped} names
   * @param searched the folders searched
   */
  public record Search(
      List<Found> anchors,
      List<Problem> forged,
      List<Problem> skipped,
      int moreSkipped,
      List<Path> searched) {
    public Search {
      anchors = List.copyOf(anchors);
      forged = List.copyOf(forged);
      skipped = List.copyOf(skipped);
      searched = List.copyOf(searched);
    }

    /** The distinct anchored events, to give {@link Workspace#verifyAudit(List)}. */
    public List<AuditAnchor> auditAnchors() {
      return List.copyOf(new LinkedHashSet<>(anchors.stream().map(Found::anchor).toList()));
    }

    /** The anchor of the latest event; a signed one when a manifest anchors the same event. */
    public Optional<Found> newest() {
      return anchors.stream()
          .max(
              Comparator.comparingLong((Found f) -> f.anchor().seq()).thenComparing(Found::signed));
    }

    /** How many anchors are signed checkpoints. */
    public long signedCount() {
      return anchors.stream().filter(Found::signed).count();
    }

    /**
     * One sentence: "compared with 3 anchors (2 signed checkpoints, 1 unsigned manifest); newest:
     * ...", or that no anchor was found and where it was looked for.
     */
    public Message summary() {
      if (anchors.isEmpty()) {
        return message(
            "anchor.summary.none",
            String.join(", ", searched.stream().map(Path::toString).toList()));
      }
      return message(
          "anchor.summary",
          anchors.size(),
          signedCount(),
          anchors.size() - signedCount(),
          newest().orElseThrow().describe());
    }

    /** The summary, then each anchor, each forged checkpoint and each skipped file, one a line. */
    public String describe(Locale locale) {
      StringBuilder out = new StringBuilder(summary().format(locale));
      for (Found f : anchors) {
        out.append("\n  ").append(f.describe().format(locale));
      }
      for (Problem p : forged) {
        out.append('\n').append(p.describe(locale));
      }
      for (Problem p : skipped) {
        out.append("\n  ").append(p.describe(locale));
      }
      if (moreSkipped > 0) {
        out.append("\n  ")
            .append(message("anchor.skipped.more", String.valueOf(moreSkipped)).format(locale));
      }
      return out.toString();
    }
  }

  private final Workspace workspace;
  private final Optional<NoteVerifierKey> logKey;
  private final Optional<Message> noLogKey;

  private AuditAnchorSources(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    IssuerKeyFiles keys = IssuerKeyFiles.of(workspace);
    Optional<NoteVerifierKey> key = Optional.empty();
    Optional<Message> why = Optional.empty();
    if (keys.hasVerificationKeys()) {
      try {
        key = Optional.of(keys.verificationKeys().logKey());
      } catch (EnvironmentException | InvalidInputException e) {
        why = Optional.of(message("anchor.noLogKey", keys.logVerifierKeyFile().toString()));
      }
    } else {
      why = Optional.of(message("anchor.noLogKey", keys.logVerifierKeyFile().toString()));
    }
    this.logKey = key;
    this.noLogKey = why;
  }

  /** The anchor sources of {@code workspace}, checked with its log key. */
  static AuditAnchorSources of(Workspace workspace) {
    return new AuditAnchorSources(workspace);
  }

  /**
   * The anchors in {@code given} (files the user named: manifests, checkpoints or certificate
   * PDFs), then every anchor {@link AuditAnchorSources found in the workspace}.
   *
   * @throws InvalidInputException when a given file cannot be read, is too large, holds no anchor,
   *     or is a checkpoint that is not this log's or whose signature does not verify
   */
  public Search find(List<Path> given) {
    List<Found> anchors = new ArrayList<>();
    for (Path file : given) {
      anchors.addAll(readGiven(file.toAbsolutePath().normalize()));
    }
    Scan scan = new Scan();
    scan.run();
    anchors.addAll(scan.anchors);
    return new Search(anchors, scan.forged, scan.skipped, scan.moreSkipped, scan.searched);
  }

  // ---------------------------------------------------------------- files the user names

  private List<Found> readGiven(Path file) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw refused(file, message("anchor.given.missing"));
      }
      bytes = readCapped(file, isPdf(file) ? MAX_PDF : MAX_ANCHOR_FILE);
    } catch (IOException e) {
      throw refused(file, message("anchor.unreadable", String.valueOf(e.getMessage())));
    }
    if (bytes == null) {
      throw refused(
          file,
          message("anchor.tooLarge", String.valueOf(isPdf(file) ? MAX_PDF : MAX_ANCHOR_FILE)));
    }
    Read read = isPdf(file) ? fromPdf(file, bytes) : fromText(file, bytes);
    if (read.forged().isPresent()) {
      throw refused(file, message("anchor.given.forged", read.forged().get()));
    }
    if (read.skipped().isPresent()) {
      throw refused(file, read.skipped().get());
    }
    return read.anchors();
  }

  private static InvalidInputException refused(Path file, Message why) {
    return new InvalidInputException(new Problem(file.toString(), why));
  }

  // ---------------------------------------------------------------- reading one file

  /** What one file gave: anchors, or why it was skipped, or why it is forged. */
  private record Read(List<Found> anchors, Optional<Message> skipped, Optional<Message> forged) {
    static Read of(List<Found> anchors) {
      return new Read(anchors, Optional.empty(), Optional.empty());
    }

    static Read skip(Message why) {
      return new Read(List.of(), Optional.of(why), Optional.empty());
    }

    static Read forgedBy(Message why) {
      return new Read(List.of(), Optional.empty(), Optional.of(why));
    }
  }

  private static boolean isPdf(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  /** A manifest, or a checkpoint when the text is a signed note. */
  private Read fromText(Path file, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.contains(SIGNATURE_START) || file.getFileName().toString().equals(CHECKPOINT_FILE)) {
      SignedCheckpoint checkpoint;
      try {
        checkpoint = SignedCheckpoint.parse(bytes);
      } catch (InvalidInputException e) {
        return Read.skip(message("anchor.checkpoint.malformed", e.problems().get(0).toString()));
      }
      return fromCheckpoint(Kind.CHECKPOINT, file, checkpoint);
    }
    List<Found> found =
        text.lines()
            .map(AuditAnchor::parse)
            .flatMap(Optional::stream)
            .map(a -> new Found(Kind.MANIFEST, file, a, OptionalLong.empty()))
            .toList();
    return found.isEmpty() ? Read.skip(message("anchor.none")) : Read.of(found);
  }

  private Read fromPdf(Path file, byte[] bytes) {
    Optional<Attachment> proof;
    try {
      proof =
          PdfContents.readAttachments(file.toString(), bytes)
              .attachment(CertificateIssuer.LOG_PROOF_FILE);
    } catch (InvalidInputException e) {
      return Read.skip(message("anchor.pdf.unreadable", e.problems().get(0).toString()));
    }
    if (proof.isEmpty()) {
      return Read.skip(message("anchor.pdf.noProof", CertificateIssuer.LOG_PROOF_FILE));
    }
    ProofBundle bundle;
    try {
      bundle = ProofBundle.parse(new String(proof.get().content(), StandardCharsets.UTF_8));
    } catch (InvalidInputException | IllegalArgumentException e) {
      return Read.skip(message("anchor.checkpoint.malformed", String.valueOf(e.getMessage())));
    }
    return fromCheckpoint(Kind.CERTIFICATE, file, bundle.checkpoint());
  }

  private Read fromCheckpoint(Kind kind, Path file, SignedCheckpoint checkpoint) {
    if (logKey.isEmpty()) {
      return Read.skip(noLogKey.orElseThrow());
    }
    String origin = checkpoint.checkpoint().origin();
    if (!origin.equals(logKey.get().name())) {
      return Read.skip(message("anchor.checkpoint.otherLog", origin, logKey.get().name()));
    }
    LogCheck signature = checkpoint.verify(logKey.get());
    if (!signature.passed()) {
      return Read.forgedBy(
          message(
              "anchor.checkpoint.badSignature",
              String.valueOf(checkpoint.treeHead().size()),
              logKey.get().name()));
    }
    List<Found> found =
        checkpoint.checkpoint().extensions().stream()
            .map(AuditAnchor::parse)
            .flatMap(Optional::stream)
            .map(a -> new Found(kind, file, a, OptionalLong.of(checkpoint.treeHead().size())))
            .toList();
    return found.isEmpty()
        ? Read.skip(
            message("anchor.checkpoint.noHead", String.valueOf(checkpoint.treeHead().size())))
        : Read.of(found);
  }

  /** The file's bytes, or null when it holds more than {@code max}. */
  private static byte[] readCapped(Path file, int max) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes(max + 1);
      return bytes.length > max ? null : bytes;
    }
  }

  // ---------------------------------------------------------------- the search

  /** One search of the workspace's folders. */
  private final class Scan {
    final List<Found> anchors = new ArrayList<>();
    final List<Problem> forged = new ArrayList<>();
    final List<Problem> skipped = new ArrayList<>();
    final List<Path> searched = new ArrayList<>();
    int moreSkipped;
    int entries;
    boolean capped;
    final Set<Path> textFiles = new LinkedHashSet<>();
    final List<Map.Entry<Path, FileTime>> pdfs = new ArrayList<>();

    void run() {
      Path dir = workspace.dir().toAbsolutePath().normalize();
      walk(dir, 1, false);
      walk(workspace.outDir().toAbsolutePath().normalize(), MAX_DEPTH, true);
      walk(dir.resolve(BACKUPS_FOLDER), MAX_DEPTH, false);
      for (String folder : workspace.settings().get(FOLDERS_SETTING).orElse("").split(",", -1)) {
        if (!folder.isBlank()) {
          walk(dir.resolve(folder.strip()).normalize(), MAX_DEPTH, false);
        }
      }
      if (capped) {
        note(dir, message("anchor.skipped.capped", String.valueOf(MAX_ENTRIES)));
      }
      for (Path file : textFiles) {
        read(file, MAX_ANCHOR_FILE);
      }
      pdfs.sort(Map.Entry.<Path, FileTime>comparingByValue().reversed());
      for (int i = 0; i < pdfs.size(); i++) {
        if (i == MAX_PDFS) {
          note(
              workspace.outDir(),
              message(
                  "anchor.skipped.pdfs",
                  String.valueOf(pdfs.size() - MAX_PDFS),
                  String.valueOf(MAX_PDFS)));
          break;
        }
        read(pdfs.get(i).getKey(), MAX_PDF);
      }
    }

    private void walk(Path root, int depth, boolean withPdfs) {
      if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) || searched.contains(root)) {
        return;
      }
      searched.add(root);
      try {
        Files.walkFileTree(
            root,
            EnumSet.noneOf(java.nio.file.FileVisitOption.class),
            depth,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                // out/ lies inside the workspace folder; each folder is searched once.
                return !d.equals(root) && searched.contains(d)
                    ? FileVisitResult.SKIP_SUBTREE
                    : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (++entries > MAX_ENTRIES) {
                  capped = true;
                  return FileVisitResult.TERMINATE;
                }
                if (!attrs.isRegularFile()) {
                  return FileVisitResult.CONTINUE;
                }
                String name = file.getFileName().toString();
                if (name.endsWith(MANIFEST_SUFFIX) || name.equals(CHECKPOINT_FILE)) {
                  textFiles.add(file);
                } else if (withPdfs && isPdf(file)) {
                  pdfs.add(Map.entry(file, attrs.lastModifiedTime()));
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                note(file, message("anchor.unreadable", String.valueOf(e.getMessage())));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        note(root, message("anchor.unreadable", String.valueOf(e.getMessage())));
      }
    }

    private void read(Path file, int max) {
      byte[] bytes;
      try {
        bytes = readCapped(file, max);
      } catch (IOException e) {
        note(file, message("anchor.unreadable", String.valueOf(e.getMessage())));
        return;
      }
      if (bytes == null) {
        note(file, message("anchor.tooLarge", String.valueOf(max)));
        return;
      }
      Read read;
      try {
        read = isPdf(file) ? fromPdf(file, bytes) : fromText(file, bytes);
      } catch (RuntimeException e) {
        // Whatever an odd file makes a parser throw, the search goes on: one note, no trace.
        note(file, message("anchor.unreadable", e.getClass().getSimpleName()));
        return;
      }
      anchors.addAll(read.anchors());
      read.forged().ifPresent(why -> forged.add(new Problem(file.toString(), why)));
      read.skipped().ifPresent(why -> note(file, why));
    }

    private void note(Path file, Message why) {
      if (skipped.size() < MAX_NOTES) {
        skipped.add(new Problem(file.toString(), why));
      } else {
        moreSkipped++;
      }
    }
  }

  private static Message message(String key, Object... args) {
    return Message.of(AuditAnchorSources.class, key, args);
  }
}
