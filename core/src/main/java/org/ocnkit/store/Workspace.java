package org.ocnkit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.store.internal.Database;
import org.ocnkit.store.internal.Migrations;

/**
 * An ocnkit workspace: a folder holding
 *
 * <ul>
 *   <li>{@code ocnkit.properties}: the {@link Settings settings};
 *   <li>{@code ocnkit.db}: the SQLite database (unless {@code db.url} names a PostgreSQL database),
 *       with SQLite's {@code -wal}/{@code -shm} files and {@code ocnkit.db-lock}, which serializes
 *       schema migrations;
 *   <li>{@code evidence/}: the {@link Attachments attachments}, named by SHA-256 (SQLite only: a
 *       PostgreSQL workspace keeps them in the database);
 *   <li>{@code keys/}: the issuer's keys (readable by the owner only), and on a desk of a shared
 *       workspace the programme secret ({@link SharedKeys});
 *   <li>{@code out/}: generated documents.
 * </ul>
 *
 * <p>A PostgreSQL workspace is shared: several folders ("desks", one per computer) work on the same
 * database. {@link #init} creates it, {@link #join} sets up another desk; everything the desks
 * share is in the database.
 *
 * <p>Opening a workspace brings its database schema up to date. Close it when done: {@code try
 * (Workspace ws = Workspace.open(dir)) {...}}. Thread-safe.
 */
public final class Workspace implements AutoCloseable {
  /** The settings file that marks a folder as a workspace. */
  public static final String PROPERTIES = "ocnkit.properties";

  /** The SQLite database file. */
  public static final String DATABASE = "ocnkit.db";

  /** The variable naming the workspace when no {@code --workspace} is given. */
  public static final String ENV_WORKSPACE = "OCNKIT_WORKSPACE";

  /** The variable holding the PostgreSQL password. */
  public static final String ENV_DB_PASSWORD = "OCNKIT_DB_PASSWORD";

  /**
   * The variable holding the programme secret of a shared (PostgreSQL) workspace, which opens the
   * {@link SharedKeys shared keys}; without it, a desk reads {@code keys/programme.secret}.
   */
  public static final String ENV_PROGRAMME_SECRET = "OCNKIT_PROGRAMME_SECRET";

  /** The actor of what {@code ocn init} and {@code ocn join} write. */
  static final String SETUP_ACTOR = "ocn init";

  /** How {@link #open(Path, OpenOptions, Mode)} treats the database. */
  private enum Mode {
    /** A new workspace: the database must not hold one yet. */
    CREATE,
    /** A new desk for the workspace the database holds (PostgreSQL). */
    JOIN,
    /** An existing workspace folder. */
    OPEN
  }

  /** Tables outside the audit: Flyway's history and the audit's own tables. */
  static final Set<String> UNAUDITED_TABLES =
      Set.of("flyway_schema_history", "audit_event", "audit_head", "audit_exempt");

  private static final Pattern TEMPLATE_TOKEN = Pattern.compile("@(ORG_NAME|DB_URL|DB_USER)@");

  private final Path dir;
  private final Settings settings;
  private final Database database;
  private final Store store;
  private final Attachments attachments;
  private final Optional<SharedKeys> sharedKeys;

  private Workspace(
      Path dir, Settings settings, Database database, Store store, Map<String, String> env) {
    this.dir = dir;
    this.settings = settings;
    this.database = database;
    this.store = store;
    boolean shared = database.engine() == Database.Engine.POSTGRESQL;
    long maxMb =
        settings.getInt(
            Settings.EVIDENCE_MAX_ATTACHMENT_MB,
            50,
            1,
            shared ? Attachments.MAX_DATABASE_MB : 1_000_000);
    this.attachments =
        new Attachments(
            dir.resolve("evidence"),
            maxMb * Attachments.MEGABYTE,
            shared ? Optional.of(database) : Optional.empty());
    this.sharedKeys =
        shared ? Optional.of(new SharedKeys(store, dir.resolve("keys"), env)) : Optional.empty();
  }

  /** Creates a workspace with the process's environment and the system clock. */
  public static Workspace init(Path dir, InitOptions options) {
    return init(dir, options, OpenOptions.system());
  }

  /**
   * Creates a workspace in {@code dir} (a new or empty folder) and opens it: writes {@code
   * ocnkit.properties} with every setting's default, creates the folders and the database schema.
   * If anything fails, removes what it created.
   *
   * <p>On PostgreSQL the workspace is shared by every desk that {@link #join joins} it: the
   * attachments live in the database, and a programme secret protects the {@link SharedKeys shared
   * keys}: the {@value #ENV_PROGRAMME_SECRET} variable if set, else a new random secret written to
   * {@code keys/programme.secret}, which the coordinator hands to every desk.
   *
   * @throws InvalidInputException when {@code dir} is a file, already a workspace, or a folder that
   *     is not empty; or when the database URL is not a PostgreSQL URL
   * @throws RefusedException when the PostgreSQL database already holds a workspace (join it)
   * @throws EnvironmentException when the folder cannot be written or the database not reached
   */
  public static Workspace init(Path dir, InitOptions options, OpenOptions open) {
    return create(dir, options, Optional.empty(), open, Mode.CREATE);
  }

  /**
   * Sets up a new desk in {@code dir} (a new or empty folder) for the shared workspace that the
   * PostgreSQL database named by {@code options} already holds: writes {@code ocnkit.properties}
   * pointing at it and {@code out/}; copies {@code secretFile} (the programme secret the
   * coordinator handed over) to {@code keys/programme.secret}, unless the desk gives it by the
   * {@value #ENV_PROGRAMME_SECRET} variable. Checks that the secret opens the shared keys. If
   * anything fails, removes what it created.
   *
   * @throws InvalidInputException when {@code dir} is not a new or empty folder, no database URL is
   *     given or it is not a PostgreSQL URL, or {@code secretFile} cannot be read
   * @throws RefusedException when the database holds no workspace yet (create it with init)
   * @throws EnvironmentException when the database cannot be reached, or the desk has no programme
   *     secret or not the workspace's
   */
  public static Workspace join(
      Path dir, InitOptions options, Optional<Path> secretFile, OpenOptions open) {
    if (options.databaseUrl().isEmpty()) {
      throw new InvalidInputException(Message.of(Workspace.class, "join.noUrl"));
    }
    return create(dir, options, secretFile, open, Mode.JOIN);
  }

  private static Workspace create(
      Path dir, InitOptions options, Optional<Path> secretFile, OpenOptions open, Mode mode) {
    Path target = dir.toAbsolutePath().normalize();
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(open, "open");
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw invalid(target, "init.notAFolder");
    }
    if (Files.exists(target.resolve(PROPERTIES))) {
      throw invalid(target, "init.alreadyWorkspace");
    }
    if (Files.isDirectory(target) && !isEmpty(target)) {
      throw invalid(target, "init.notEmpty");
    }
    options
        .databaseUrl()
        .filter(url -> !Database.isPostgresUrl(url))
        .ifPresent(
            url -> {
              throw new InvalidInputException(
                  Message.of(Workspace.class, "init.unsupportedUrl", url));
            });
    Optional<String> handedSecret = secretFile.map(Workspace::readSecret);
    boolean shared = options.databaseUrl().isPresent();
    Optional<String> envSecret =
        Optional.ofNullable(open.env().get(ENV_PROGRAMME_SECRET))
            .map(String::strip)
            .filter(v -> !v.isEmpty());
    boolean created = !Files.exists(target);
    Optional<String> newSecret =
        mode == Mode.CREATE && shared && envSecret.isEmpty()
            ? Optional.of(SharedKeys.newSecret())
            : Optional.empty();
    try {
      Files.createDirectories(target);
      Files.writeString(
          target.resolve(PROPERTIES),
          properties(options),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW);
      if (!shared) {
        Files.createDirectories(target.resolve("evidence"));
      }
      Files.createDirectories(target.resolve("out"));
      if (mode == Mode.CREATE || handedSecret.isPresent()) {
        Path keys = Files.createDirectories(target.resolve("keys"));
        if (keys.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------"));
        }
        Optional<String> toWrite = handedSecret.isPresent() ? handedSecret : newSecret;
        if (toWrite.isPresent()) {
          writeOwnerOnly(keys.resolve(SharedKeys.SECRET_FILE), toWrite.get() + "\n");
        }
      }
    } catch (IOException e) {
      removeCreated(target, created);
      throw new EnvironmentException(
          Message.of(Workspace.class, "init.cannotWrite", target, String.valueOf(e.getMessage())),
          e);
    }
    try {
      Workspace ws = open(target, open, mode);
      try {
        if (mode == Mode.CREATE && shared) {
          String secret = envSecret.or(() -> newSecret).orElseThrow();
          ws.store()
              .write(
                  SETUP_ACTOR,
                  tx -> {
                    ws.sharedKeys().orElseThrow().createCheck(tx, secret);
                    return null;
                  });
        } else if (mode == Mode.JOIN) {
          ws.sharedKeys().orElseThrow().check();
        }
        return ws;
      } catch (RuntimeException e) {
        ws.close();
        throw e;
      }
    } catch (RuntimeException e) {
      removeCreated(target, created);
      throw e;
    }
  }

  /** Opens the workspace in {@code dir} with the process's environment and the system clock. */
  public static Workspace open(Path dir) {
    return open(dir, OpenOptions.system());
  }

  /**
   * Opens the workspace in {@code dir} and brings its database schema up to date.
   *
   * @throws EnvironmentException when {@code dir} is not a workspace, its database file is missing,
   *     or the database cannot be reached or migrated
   * @throws InvalidInputException when a setting it needs is invalid
   */
  public static Workspace open(Path dir, OpenOptions open) {
    return open(dir.toAbsolutePath().normalize(), open, Mode.OPEN);
  }

  /**
   * Finds the workspace a command works in: {@code explicit} (the {@code --workspace} option) if
   * given, else the folder named by {@code OCNKIT_WORKSPACE}, else the nearest folder from {@code
   * cwd} upward that holds {@code ocnkit.properties}.
   *
   * @param cwd the folder relative paths are resolved against and the search starts from
   * @return the workspace folder, absolute
   * @throws EnvironmentException when the folder named is not a workspace, or none is found; the
   *     message says how to create one
   */
  public static Path locate(Optional<Path> explicit, Map<String, String> env, Path cwd) {
    Path base = cwd.toAbsolutePath().normalize();
    if (explicit.isPresent()) {
      return requireWorkspace(base.resolve(explicit.get()).normalize(), "workspace.notAWorkspace");
    }
    String named = env.get(ENV_WORKSPACE);
    if (named != null && !named.isBlank()) {
      return requireWorkspace(
          base.resolve(named.strip()).normalize(), "workspace.notAWorkspace.env");
    }
    for (Path p = base; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(PROPERTIES))) {
        return p;
      }
    }
    throw new EnvironmentException(Message.of(Workspace.class, "workspace.none", base));
  }

  /** The workspace folder, absolute. */
  public Path dir() {
    return dir;
  }

  public Settings settings() {
    return settings;
  }

  /** The database: every read and write of records. */
  public Store store() {
    return store;
  }

  /** The attachment store: {@code evidence/} (SQLite) or the database (PostgreSQL). */
  public Attachments attachments() {
    return attachments;
  }

  /**
   * The secret keys shared by every desk, wrapped under the programme secret in the database:
   * present for a PostgreSQL workspace only (a SQLite workspace keeps its keys in {@code keys/}).
   */
  public Optional<SharedKeys> sharedKeys() {
    return sharedKeys;
  }

  /** The folder for the issuer's keys; readable by the owner only. */
  public Path keysDir() {
    return dir.resolve("keys");
  }

  /** The folder for generated documents. */
  public Path outDir() {
    return dir.resolve("out");
  }

  /** The database, for messages: the SQLite file or the PostgreSQL URL without parameters. */
  public String databaseDescription() {
    return database.description();
  }

  /** Whether the records live in PostgreSQL rather than the workspace's SQLite file. */
  public boolean usesPostgres() {
    return database.engine() == Database.Engine.POSTGRESQL;
  }

  /**
   * Recomputes the audit chain, every audited record's digest and every attachment's hash, over one
   * consistent snapshot (writers may continue meanwhile).
   */
  public AuditReport verifyAudit() {
    return verifyAudit(List.of());
  }

  /**
   * {@link #verifyAudit()}, and compares the chain with {@code anchors}, copies of its head kept
   * outside the database: a chain that no longer reaches an anchored event, or holds another one
   * there, was rolled back ({@link AuditFinding.Kind#ROLLBACK}, naming the anchored event).
   */
  public AuditReport verifyAudit(List<AuditAnchor> anchors) {
    return AuditVerification.verify(store, attachments, anchors);
  }

  /**
   * Backs up the database to {@code file}, which must not exist. SQLite: a consistent copy taken
   * while others may keep working ({@code VACUUM INTO}); to restore, place the file as {@code
   * ocnkit.db} in a workspace folder with its {@code ocnkit.properties}, {@code evidence/} and
   * {@code keys/}. PostgreSQL: nothing is written; the result holds the {@code pg_dump} command to
   * run instead.
   *
   * @throws InvalidInputException when {@code file} exists or its folder does not
   * @throws EnvironmentException when the copy cannot be written
   */
  public BackupResult backup(Path file) {
    Path target = file.toAbsolutePath().normalize();
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw invalid(target, "backup.exists");
    }
    if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
      throw invalid(target, "backup.noFolder");
    }
    // The head before the copy: the copy reaches at least this event (issue 15 section 3).
    Optional<AuditAnchor> head =
        store.auditLog(AuditQuery.ALL.last(1)).stream().map(AuditAnchor::of).findFirst();
    if (usesPostgres()) {
      writeAnchor(target, head);
      return new BackupResult(target, Optional.of(pgDumpCommand(target)));
    }
    try (Connection c = database.connect();
        PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
      ps.setString(1, target.toString());
      ps.execute();
    } catch (SQLException e) {
      deleteQuietly(target);
      throw new EnvironmentException(
          Message.of(Workspace.class, "backup.failed", target, e.getMessage()), e);
    }
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
      channel.force(true);
    } catch (IOException e) {
      deleteQuietly(target);
      throw new EnvironmentException(
          Message.of(Workspace.class, "backup.failed", target, String.valueOf(e.getMessage())), e);
    }
    writeAnchor(target, head);
    return new BackupResult(target, Optional.empty());
  }

  /** The manifest beside a backup: {@code <file>.anchor}, the audit head it reaches. */
  public static Path anchorFile(Path backup) {
    return backup.resolveSibling(backup.getFileName() + ".anchor");
  }

  private static void writeAnchor(Path backup, Optional<AuditAnchor> head) {
    if (head.isEmpty()) {
      return;
    }
    Path manifest = anchorFile(backup);
    try {
      Files.writeString(
          manifest,
          head.get().line() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(Workspace.class, "backup.failed", manifest, String.valueOf(e.getMessage())),
          e);
    }
  }

  /** Closes the database connections. */
  @Override
  public void close() {
    database.close();
  }

  @Override
  public String toString() {
    return "Workspace[" + dir + ", " + database + "]";
  }

  private static Workspace open(Path dir, OpenOptions open, Mode mode) {
    Objects.requireNonNull(open, "open");
    requireWorkspace(dir, "workspace.notAWorkspace");
    Settings settings = Settings.load(dir.resolve(PROPERTIES));
    Database database = database(dir, settings, open, mode == Mode.CREATE);
    try {
      try {
        database.release(database.borrow(), true);
      } catch (SQLException e) {
        throw new EnvironmentException(
            Message.of(
                Workspace.class, "database.cannotConnect", database.description(), e.getMessage()),
            e);
      }
      if (database.engine() == Database.Engine.POSTGRESQL && mode != Mode.OPEN) {
        boolean holdsWorkspace = holdsWorkspace(database);
        if (mode == Mode.CREATE && holdsWorkspace) {
          throw new RefusedException(
              Message.of(Workspace.class, "init.databaseHoldsWorkspace", database.description()));
        }
        if (mode == Mode.JOIN && !holdsWorkspace) {
          throw new RefusedException(
              Message.of(Workspace.class, "join.noWorkspace", database.description()));
        }
      }
      try {
        Migrations.migrate(
            database,
            database.engine() == Database.Engine.SQLITE
                ? Optional.of(dir.resolve(DATABASE + "-lock"))
                : Optional.empty());
      } catch (FlywayException | IOException e) {
        throw new EnvironmentException(
            Message.of(
                Workspace.class,
                "database.migrationFailed",
                database.description(),
                e.getMessage()),
            e);
      }
      Store bootstrap = new Store(database, Set.of(), open.clock());
      Set<String> exempt =
          bootstrap.read(
              tx ->
                  new HashSet<>(
                      tx.query(
                          "SELECT table_name FROM audit_exempt",
                          row -> row.getString("table_name"))));
      return new Workspace(
          dir, settings, database, new Store(database, exempt, open.clock()), open.env());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static Database database(
      Path dir, Settings settings, OpenOptions open, boolean creating) {
    Optional<String> url = settings.get(Settings.DB_URL);
    if (url.isEmpty()) {
      Path file = dir.resolve(DATABASE);
      if (!creating && !Files.isRegularFile(file)) {
        throw new EnvironmentException(Message.of(Workspace.class, "database.missing", file));
      }
      return Database.sqlite(file);
    }
    if (!Database.isPostgresUrl(url.get())) {
      throw settings.bad(
          Settings.DB_URL, Message.of(Workspace.class, "database.unsupportedUrl", url.get()));
    }
    return Database.postgresql(
        url.get(),
        settings.get(Settings.DB_USER),
        Optional.ofNullable(open.env().get(ENV_DB_PASSWORD)).filter(p -> !p.isEmpty()));
  }

  /** Whether the database (its current schema) already holds an ocnkit workspace. */
  private static boolean holdsWorkspace(Database database) {
    try (Connection c = database.connect()) {
      List<String> tables = database.tableNames(c);
      return tables.contains("audit_head") || tables.contains("flyway_schema_history");
    } catch (SQLException e) {
      throw new EnvironmentException(
          Message.of(
              Workspace.class, "database.cannotConnect", database.description(), e.getMessage()),
          e);
    }
  }

  /** The programme secret in a file the coordinator handed over. */
  private static String readSecret(Path file) {
    try {
      String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (secret.isEmpty() || secret.lines().count() != 1) {
        throw new InvalidInputException(
            new Problem(file.toString(), Message.of(Workspace.class, "join.badSecretFile")));
      }
      return secret;
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              file.toString(),
              Message.of(
                  Workspace.class, "join.unreadableSecretFile", String.valueOf(e.getMessage()))),
          e);
    }
  }

  private static void writeOwnerOnly(Path file, String content) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
    } else {
      Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }
  }

  private static Path requireWorkspace(Path dir, String key) {
    if (!Files.isRegularFile(dir.resolve(PROPERTIES))) {
      throw new EnvironmentException(Message.of(Workspace.class, key, dir));
    }
    return dir;
  }

  private static String properties(InitOptions options) {
    String template;
    try (InputStream in = Workspace.class.getResourceAsStream("ocnkit.properties.template")) {
      template =
          new String(Objects.requireNonNull(in, "template").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the settings template is part of ocnkit-core", e);
    }
    Map<String, Optional<String>> values =
        Map.of(
            "ORG_NAME", options.organisation(),
            "DB_URL", options.databaseUrl(),
            "DB_USER", options.databaseUser());
    Matcher m = TEMPLATE_TOKEN.matcher(template);
    return m.replaceAll(r -> Matcher.quoteReplacement(escape(values.get(r.group(1)).orElse(""))));
  }

  /** A value in properties syntax: backslashes, line breaks and a leading blank escaped. */
  private static String escape(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case ' ' -> out.append(i == 0 ? "\\ " : " ");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  private List<String> pgDumpCommand(Path target) {
    // jdbc:postgresql://host[:port][,host2...]/database[?params]
    String rest = database.url().substring("jdbc:postgresql:".length());
    int query = rest.indexOf('?');
    Optional<String> schema = Optional.empty();
    if (query >= 0) {
      for (String param : rest.substring(query + 1).split("&")) {
        if (param.startsWith("currentSchema=")) {
          schema =
              Optional.of(
                      URLDecoder.decode(
                          param.substring("currentSchema=".length()), StandardCharsets.UTF_8))
                  .filter(v -> !v.isEmpty());
        }
      }
      rest = rest.substring(0, query);
    }
    String host = "localhost";
    String port = "5432";
    String name = rest;
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
      name = slash < 0 ? "" : rest.substring(slash + 1);
      authority = authority.split(",")[0];
      int colon = authority.lastIndexOf(':');
      if (colon > authority.lastIndexOf(']')) {
        port = authority.substring(colon + 1);
        authority = authority.substring(0, colon);
      }
      if (!authority.isEmpty()) {
        host = authority.replace("[", "").replace("]", "");
      }
    }
    List<String> args =
        new ArrayList<>(
            List.of(
                "pg_dump",
                "--format=custom",
                "--file=" + target,
                "--host=" + host,
                "--port=" + port));
    database.user().ifPresent(u -> args.add("--username=" + u));
    schema.ifPresent(v -> args.add("--schema=" + v));
    args.add(name.isEmpty() ? database.user().orElse("postgres") : name);
    return args;
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(Workspace.class, "init.cannotWrite", dir, String.valueOf(e.getMessage())), e);
    }
  }

  /** Removes a failed init's files: the folder was new or empty, so all inside is ours. */
  private static void removeCreated(Path dir, boolean removeDir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .filter(p -> removeDir || !p.equals(dir))
          .forEach(Workspace::deleteQuietly);
    } catch (IOException e) {
      // Best effort: what remains is reported by the next init as a non-empty folder.
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Best effort.
    }
  }

  private static InvalidInputException invalid(Path where, String key) {
    return new InvalidInputException(
        new Problem(where.toString(), Message.of(Workspace.class, key)));
  }
}
