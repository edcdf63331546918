package org.ocnkit.learner;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.input.DateRules;
import org.ocnkit.learner.internal.IdentityKey;
import org.ocnkit.learner.internal.RosterReader;
import org.ocnkit.learner.internal.RosterReader.Column;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Store;
import org.ocnkit.store.Tx;
import org.ocnkit.store.Workspace;

/**
 * The apprentices of a workspace: adding them one by one or from a roster file (all or nothing),
 * reading them back, and erasing their personal data.
 *
 * <p>Storage (DESIGN §4): {@code apprentice} holds what reports need (gender, born abroad,
 * programme, dates, age at entry); {@code apprentice_identity} holds name, birth date and the keyed
 * hash of the personal identity number ({@link PersonalIdentityNumber}); {@code
 * apprentice_disability} holds the disability flag, which only aggregate reports read and which
 * {@link #list} and {@link #find} never return.
 */
public final class Apprentices {
  /** Audit action of an apprentice added by hand. */
  public static final String ACTION_ADD = "learner.apprentice-add";

  /** Audit action of an apprentice added from a roster. */
  public static final String ACTION_IMPORT = "learner.apprentice-import";

  /** Audit action of each row change that erases personal data. */
  public static final String ACTION_ERASE = "learner.erase";

  /** The youngest age at the start date accepted, unless the settings say otherwise. */
  public static final String MIN_AGE = "learner.minAgeAtEntry";

  /** The oldest age at the start date accepted, unless the settings say otherwise. */
  public static final String MAX_AGE = "learner.maxAgeAtEntry";

  private static final String SELECT =
      "SELECT a.id, a.gender, a.born_abroad, a.programme, a.start_date, a.end_date,"
          + " a.age_at_entry, a.erased_at, i.first_name, i.last_name, i.birth_date, i.pin_hash"
          + " FROM apprentice a LEFT JOIN apprentice_identity i ON i.apprentice_id = a.id";

  /** A new row of {@code apprentice}: what reports count, never who the person is. */
  record ApprenticeRow(
      Gender gender,
      BornAbroad bornAbroad,
      String programme,
      LocalDate startDate,
      Optional<LocalDate> endDate,
      int ageAtEntry,
      java.time.Instant createdAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("gender", gender);
      row.put("born_abroad", bornAbroad);
      row.put("programme", programme);
      row.put("start_date", startDate);
      row.put("end_date", endDate.orElse(null));
      row.put("age_at_entry", ageAtEntry);
      row.put("created_at", createdAt);
      return row;
    }
  }

  /** A new row of {@code apprentice_identity}: the personal data erasure clears. */
  record IdentityRow(
      long apprentice,
      String firstName,
      String lastName,
      LocalDate birthDate,
      String pinHash,
      String salt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("apprentice_id", apprentice);
      row.put("first_name", firstName);
      row.put("last_name", lastName);
      row.put("birth_date", birthDate);
      row.put("pin_hash", pinHash);
      row.put("salt", salt);
      return row;
    }
  }

  /** A new row of {@code apprentice_disability}. */
  record DisabilityRow(long apprentice, boolean disability) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("apprentice_id", apprentice);
      row.put("disability", disability);
      return row;
    }
  }

  /**
   * The columns an erasure changes: the identity's personal data and the disability flag become
   * NULL, and the apprentice is marked erased.
   */
  static final class ErasedRows {
    private ErasedRows() {}

    static Map<String, Object> identity() {
      Map<String, Object> cleared = new LinkedHashMap<>();
      for (String column : List.of("first_name", "last_name", "birth_date", "pin_hash", "salt")) {
        cleared.put(column, null);
      }
      return cleared;
    }

    static Map<String, Object> disability() {
      Map<String, Object> none = new HashMap<>();
      none.put("disability", null);
      return none;
    }

    static Map<String, Object> apprentice(Instant erasedAt) {
      return Map.of("erased_at", erasedAt);
    }
  }

  private Apprentices() {}

  /**
   * Adds one apprentice.
   *
   * @throws InvalidInputException listing every broken rule, or when the same person (personal
   *     identity number, or name and birth date) is already recorded
   */
  static Apprentice add(Workspace workspace, String actor, NewApprentice apprentice) {
    Objects.requireNonNull(apprentice, "apprentice");
    Map<Column, String> here = new HashMap<>();
    for (Column c : Column.values()) {
      here.put(c, "");
    }
    return addAll(
            workspace,
            actor,
            List.of(new RosterReader.Entry("", apprentice, here)),
            List.of(),
            ACTION_ADD)
        .get(0);
  }

  /**
   * Adds every apprentice of a roster file, {@code .xlsx} or CSV (see {@link RosterReader} for the
   * columns), in one transaction: if any row has a problem nothing is added, and every problem is
   * reported with its line or cell.
   *
   * @param shownName how the user named the file, for problem locations
   */
  static RosterImport importRoster(Workspace workspace, String actor, Path file, String shownName) {
    RosterReader.Result read = RosterReader.read(file, shownName);
    return new RosterImport(
        addAll(workspace, actor, read.entries(), read.problems(), ACTION_IMPORT));
  }

  private static List<Apprentice> addAll(
      Workspace workspace,
      String actor,
      List<RosterReader.Entry> entries,
      List<Problem> readProblems,
      String action) {
    Settings settings = workspace.settings();
    int minAge = settings.getInt(MIN_AGE, 15, 0, 120);
    int maxAge = settings.getInt(MAX_AGE, 80, minAge, 120);
    Store store = workspace.store();
    LocalDate today = store.read(ReadTx::today);
    List<Problem> problems = new ArrayList<>(readProblems);
    Map<RosterReader.Entry, PersonalIdentityNumber> numbers = new HashMap<>();
    Map<PersonalIdentityNumber, String> seenNumbers = new HashMap<>();
    Map<String, String> seenPersons = new HashMap<>();
    for (RosterReader.Entry e : entries) {
      check(e, minAge, maxAge, today, problems).ifPresent(n -> numbers.put(e, n));
      if (numbers.containsKey(e)) {
        String first = seenNumbers.putIfAbsent(numbers.get(e), e.location());
        if (first != null) {
          problems.add(
              new Problem(
                  e.cells().get(Column.PERSONAL_NUMBER),
                  msg("apprentice.duplicateInFile.pin", first)));
        }
      }
      NewApprentice a = e.apprentice();
      String first =
          seenPersons.putIfAbsent(
              a.firstName() + "\n" + a.lastName() + "\n" + a.birthDate(), e.location());
      if (first != null) {
        problems.add(
            new Problem(
                e.cells().get(Column.FIRST_NAME), msg("apprentice.duplicateInFile.person", first)));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(p -> rowOf(p.location())));
      throw new InvalidInputException(problems);
    }
    IdentityKey key = numbers.isEmpty() ? null : IdentityKey.loadOrCreate(workspace, actor);
    return store.write(
        actor,
        tx -> {
          List<Problem> duplicates = new ArrayList<>();
          List<String> hashes = new ArrayList<>();
          for (RosterReader.Entry e : entries) {
            NewApprentice a = e.apprentice();
            String hash = numbers.containsKey(e) ? key.hash(numbers.get(e)) : null;
            hashes.add(hash);
            String where = e.cells().get(Column.PERSONAL_NUMBER);
            if (hash != null) {
              tx.queryOne(
                      "SELECT apprentice_id FROM apprentice_identity WHERE pin_hash = ?",
                      row -> row.getLong(1),
                      hash)
                  .ifPresent(
                      id ->
                          duplicates.add(
                              new Problem(
                                  where, msg("apprentice.exists.pin", new ApprenticeId(id)))));
            }
            String nameAt = e.cells().get(Column.FIRST_NAME);
            tx.queryOne(
                    "SELECT apprentice_id FROM apprentice_identity"
                        + " WHERE first_name = ? AND last_name = ? AND birth_date = ?",
                    row -> row.getLong(1),
                    a.firstName(),
                    a.lastName(),
                    a.birthDate())
                .ifPresent(
                    id ->
                        duplicates.add(
                            new Problem(
                                nameAt, msg("apprentice.exists.person", new ApprenticeId(id)))));
          }
          if (!duplicates.isEmpty()) {
            throw new InvalidInputException(duplicates);
          }
          List<Apprentice> added = new ArrayList<>();
          for (int i = 0; i < entries.size(); i++) {
            ApprenticeId id = insert(tx, entries.get(i).apprentice(), hashes.get(i), action);
            added.add(require(tx, id));
          }
          return added;
        });
  }

  private static Optional<PersonalIdentityNumber> check(
      RosterReader.Entry e, int minAge, int maxAge, LocalDate today, List<Problem> problems) {
    NewApprentice a = e.apprentice();
    Map<Column, String> at = e.cells();
    if (a.firstName().isEmpty()) {
      problems.add(new Problem(at.get(Column.FIRST_NAME), msg("apprentice.blank", "first_name")));
    }
    if (a.lastName().isEmpty()) {
      problems.add(new Problem(at.get(Column.LAST_NAME), msg("apprentice.blank", "last_name")));
    }
    if (a.programme().isEmpty()) {
      problems.add(new Problem(at.get(Column.PROGRAMME), msg("apprentice.blank", "programme")));
    }
    if (a.birthDate().isAfter(today)) {
      problems.add(
          new Problem(at.get(Column.BIRTH_DATE), msg("apprentice.bornInFuture", a.birthDate())));
    } else {
      int age = Period.between(a.birthDate(), a.startDate()).getYears();
      if (a.startDate().isBefore(a.birthDate()) || age < minAge || age > maxAge) {
        problems.add(
            new Problem(
                at.get(Column.BIRTH_DATE),
                msg(
                    "apprentice.age",
                    a.birthDate(),
                    a.startDate(),
                    Math.max(age, 0),
                    minAge,
                    maxAge,
                    MIN_AGE,
                    MAX_AGE)));
      }
    }
    DateRules.farPast(Apprentices.class, "apprentice.startFarPast", a.startDate())
        .or(
            () ->
                DateRules.farAhead(
                    Apprentices.class, "apprentice.startFarAhead", a.startDate(), today))
        .ifPresent(rule -> problems.add(new Problem(at.get(Column.START_DATE), rule)));
    a.endDate()
        .filter(end -> end.isBefore(a.startDate()))
        .ifPresent(
            end ->
                problems.add(
                    new Problem(
                        at.get(Column.END_DATE),
                        msg("apprentice.endBeforeStart", end, a.startDate()))));
    if (a.personalNumber().isEmpty()) {
      return Optional.empty();
    }
    String where = at.get(Column.PERSONAL_NUMBER);
    try {
      PersonalIdentityNumber number = PersonalIdentityNumber.parse(a.personalNumber().get(), today);
      if (!number.birthDate().equals(a.birthDate())) {
        problems.add(
            new Problem(where, msg("pin.birthDateDiffers", number.birthDate(), a.birthDate())));
        return Optional.empty();
      }
      return Optional.of(number);
    } catch (InvalidInputException ex) {
      problems.add(new Problem(where, ex.problems().get(0).message()));
      return Optional.empty();
    }
  }

  private static ApprenticeId insert(Tx tx, NewApprentice a, String pinHash, String action)
      throws SQLException {
    long id =
        tx.insert(
            "apprentice",
            new ApprenticeRow(
                    a.gender(),
                    a.bornAbroad(),
                    a.programme(),
                    a.startDate(),
                    a.endDate(),
                    Period.between(a.birthDate(), a.startDate()).getYears(),
                    tx.now())
                .columns(),
            action);
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    tx.insert(
        "apprentice_identity",
        new IdentityRow(
                id,
                a.firstName(),
                a.lastName(),
                a.birthDate(),
                pinHash,
                HexFormat.of().formatHex(salt))
            .columns(),
        action);
    if (a.disability().isPresent()) {
      tx.insert(
          "apprentice_disability", new DisabilityRow(id, a.disability().get()).columns(), action);
    }
    return new ApprenticeId(id);
  }

  /** Every apprentice, by id. Never the disability flag. */
  static List<Apprentice> list(Store store) {
    return store.read(Apprentices::list);
  }

  /** {@link #list(Store)} within a transaction. */
  static List<Apprentice> list(ReadTx tx) throws SQLException {
    List<Apprentice> all = new ArrayList<>(tx.query(SELECT, Apprentices::apprentice));
    all.sort(Comparator.comparing(Apprentice::id));
    return all;
  }

  static Optional<Apprentice> find(ReadTx tx, ApprenticeId id) throws SQLException {
    return tx.queryOne(SELECT + " WHERE a.id = ?", Apprentices::apprentice, id.value());
  }

  /** The apprentice, or {@link InvalidInputException} saying there is none with that id. */
  static Apprentice require(ReadTx tx, ApprenticeId id) throws SQLException {
    return find(tx, id).orElseThrow(() -> new InvalidInputException(msg("apprentice.unknown", id)));
  }

  /** {@link #require(ReadTx, ApprenticeId)} in its own transaction. */
  static Apprentice require(Store store, ApprenticeId id) {
    return store.read(tx -> require(tx, id));
  }

  /**
   * The apprentice with this personal identity number, if recorded. Finds them by the number's
   * keyed hash; never stores the number.
   *
   * @throws InvalidInputException when the number is not valid
   */
  static Optional<Apprentice> findByPersonalNumber(Workspace workspace, String number) {
    Optional<IdentityKey> key = IdentityKey.load(workspace);
    return workspace
        .store()
        .read(
            tx -> {
              PersonalIdentityNumber pin = PersonalIdentityNumber.parse(number, tx.today());
              if (key.isEmpty()) {
                return Optional.empty();
              }
              return tx.queryOne(
                  SELECT + " WHERE i.pin_hash = ?", Apprentices::apprentice, key.get().hash(pin));
            });
  }

  /**
   * Erases the personal data of an apprentice within {@code tx}: name, birth date, the keyed hash
   * of the personal identity number, the identity row's salt and the disability flag become NULL,
   * and the apprentice is marked erased. Every change is an audited update (action {@value
   * #ACTION_ERASE}); the audit events hold digests only, never the values. Kept: the id, gender,
   * born abroad, programme, start and end dates and the age at entry, which reports count in
   * aggregate; and every enrolment, evidence item and sign-off, which refer to the id.
   *
   * <p>The layers above that hold free text about the apprentice redact it in the same transaction
   * with the returned {@link Erasure}; {@code org.ocnkit.erasure.PersonalDataErasure} gathers them
   * and is what front ends call.
   *
   * @throws RefusedException when the apprentice was already erased
   */
  static Erasure erase(Tx tx, ApprenticeId id) throws SQLException {
    Apprentice a = require(tx, id);
    if (a.erased()) {
      throw new RefusedException(
          msg("apprentice.alreadyErased", id, a.erasedAt().orElseThrow().toString()));
    }
    long identity =
        tx.queryLong("SELECT id FROM apprentice_identity WHERE apprentice_id = ?", id.value());
    tx.update("apprentice_identity", identity, ErasedRows.identity(), ACTION_ERASE);
    Optional<Long> disability =
        tx.queryOne(
            "SELECT id FROM apprentice_disability WHERE apprentice_id = ?",
            row -> row.getLong(1),
            id.value());
    if (disability.isPresent()) {
      tx.update("apprentice_disability", disability.get(), ErasedRows.disability(), ACTION_ERASE);
    }
    tx.update("apprentice", id.value(), ErasedRows.apprentice(tx.now()), ACTION_ERASE);
    return erasureOf(a);
  }

  /**
   * What erasing {@code a} would remove, to find text and files that name them before the erasure
   * (the erasure itself returns the same). Lives only in memory; never store it.
   */
  public static Erasure erasureOf(Apprentice a) {
    return new Erasure(
        a.id(), nameForms(a.firstName().orElse(""), a.lastName().orElse("")), a.birthDate());
  }

  /** The line or row number at the end of a location ({@code roster.csv:4}, {@code S!C4}). */
  private static int rowOf(String location) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)$").matcher(location);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The full name, each name, and each part of a double name; two letters or more. */
  static List<String> nameForms(String first, String last) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add((first + " " + last).strip());
    forms.add(first.strip());
    forms.add(last.strip());
    for (String part : (first + " " + last).split("[\\s\\-]+")) {
      forms.add(part);
    }
    return forms.stream()
        .filter(f -> f.codePointCount(0, f.length()) >= 2)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  private static Apprentice apprentice(Row row) throws SQLException {
    return new Apprentice(
        new ApprenticeId(row.getLong("id")),
        row.optString("first_name"),
        row.optString("last_name"),
        row.optLocalDate("birth_date"),
        row.getEnum("gender", Gender.class),
        row.getEnum("born_abroad", BornAbroad.class),
        row.getString("programme"),
        row.getLocalDate("start_date"),
        row.optLocalDate("end_date"),
        row.getInt("age_at_entry"),
        !row.isNull("pin_hash"),
        row.optInstant("erased_at"));
  }

  static Message msg(String key, Object... args) {
    return Message.of(Apprentices.class, key, args);
  }
}
