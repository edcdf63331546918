package org.ocnkit.learner.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.input.InputLimits;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Gender;
import org.ocnkit.learner.NewApprentice;

/**
 * Reads a roster of apprentices: a CSV file (UTF-8; semicolons, commas or tabs) or the first sheet
 * of an xlsx workbook, a header row naming the columns (English or Swedish, in any order), then one
 * apprentice per row. Collects every problem with its place: {@code roster.csv:4} for a CSV line,
 * {@code Deltagare!C4} for a cell.
 */
public final class RosterReader {
  /** The roster's columns, with their English and Swedish header names. */
  public enum Column {
    FIRST_NAME("first_name", "förnamn", true),
    LAST_NAME("last_name", "efternamn", true),
    BIRTH_DATE("birth_date", "födelsedatum", true),
    GENDER("gender", "kön", true),
    BORN_ABROAD("born_abroad", "född_utomlands", true),
    PERSONAL_NUMBER("personal_number", "personnummer", false),
    DISABILITY("disability", "funktionsnedsättning", false),
    PROGRAMME("programme", "program", true),
    START_DATE("start_date", "startdatum", true),
    END_DATE("end_date", "slutdatum", false);

    private final String english;
    private final String swedish;
    private final boolean required;

    Column(String english, String swedish, boolean required) {
      this.english = english;
      this.swedish = swedish;
      this.required = required;
    }

    /** The English header name, such as {@code birth_date}. */
    public String header() {
      return english;
    }

    public String swedishHeader() {
      return swedish;
    }

    public boolean required() {
      return required;
    }

    static Optional<Column> fromHeader(String text) {
      String key = TypedText.key(text);
      for (Column c : values()) {
        if (TypedText.key(c.english).equals(key) || TypedText.key(c.swedish).equals(key)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One apprentice read from the roster.
   *
   * @param location the row: {@code roster.csv:4} or {@code 'Deltagare'!A4}
   * @param cells where each column's value is, for problems found later
   */
  public record Entry(String location, NewApprentice apprentice, Map<Column, String> cells) {}

  /**
   * What a roster file holds: the rows that could be read, and the problems of the others (and of
   * the file as a whole).
   */
  public record Result(List<Entry> entries, List<Problem> problems) {
    public Result {
      entries = List.copyOf(entries);
      problems = List.copyOf(problems);
    }
  }

  /** A cell's text (or date) and where it is. */
  private record Field(String text, SheetCells.DateReading date, String location) {}

  private RosterReader() {}

  /**
   * Reads {@code file} ({@code .xlsx}, else CSV).
   *
   * @param shownName how the user knows the file, for locations
   * @throws InvalidInputException when the file cannot be read at all
   */
  public static Result read(Path file, String shownName) {
    boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    InputLimits.checkRegularFile(file, shownName);
    if (Files.isRegularFile(file)) {
      if (xlsx) {
        InputLimits.checkXlsx(file, shownName);
      } else {
        InputLimits.checkCsvSize(file, shownName);
      }
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new Problem(shownName, msg("roster.noSuchFile")), e);
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(shownName, msg("roster.unreadable", String.valueOf(e.getMessage()))), e);
    }
    List<Map<Column, Field>> rows = new ArrayList<>();
    List<String> rowLocations = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (xlsx) {
      readXlsx(bytes, shownName, rows, rowLocations, problems);
    } else {
      readCsv(bytes, shownName, rows, rowLocations, problems);
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      toEntry(rows.get(i), rowLocations.get(i), problems).ifPresent(entries::add);
    }
    if (problems.isEmpty() && entries.isEmpty()) {
      problems.add(new Problem(shownName, msg("roster.empty")));
    }
    return new Result(entries, problems);
  }

  private static void readCsv(
      byte[] bytes,
      String name,
      List<Map<Column, Field>> rows,
      List<String> locations,
      List<Problem> problems) {
    Optional<String> text = Csv.decodeUtf8(bytes);
    if (text.isEmpty()) {
      problems.add(
          Problem.at(name, Math.max(1, Csv.firstNonUtf8Line(bytes)), 0, msg("roster.notUtf8")));
      return;
    }
    InputLimits.checkCsvText(text.get(), name);
    List<Csv.Record> records;
    try {
      records = Csv.parse(text.get());
    } catch (IllegalArgumentException e) {
      problems.add(Problem.at(name, Integer.parseInt(e.getMessage()), 0, msg("roster.quote")));
      return;
    }
    if (records.isEmpty()) {
      return;
    }
    Csv.Record header = records.get(0);
    String headerLocation = name + ":" + header.line();
    Map<Integer, Column> columns = header(header.fields(), i -> headerLocation, problems);
    for (Csv.Record r : records.subList(1, records.size())) {
      String location = name + ":" + r.line();
      if (r.fields().size() > header.fields().size()) {
        problems.add(
            new Problem(
                location, msg("roster.tooManyFields", r.fields().size(), header.fields().size())));
        continue;
      }
      Map<Column, Field> row = new EnumMap<>(Column.class);
      columns.forEach(
          (index, column) -> {
            String value = index < r.fields().size() ? r.fields().get(index) : "";
            row.put(column, new Field(TypedText.clean(value), SheetCells.text(value), location));
          });
      rows.add(row);
      locations.add(location);
    }
  }

  private static void readXlsx(
      byte[] bytes,
      String name,
      List<Map<Column, Field>> rows,
      List<String> locations,
      List<Problem> problems) {
    try (InputStream in = new java.io.ByteArrayInputStream(bytes);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = null;
      for (int i = 0; i < workbook.getNumberOfSheets() && sheet == null; i++) {
        if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
          sheet = workbook.getSheetAt(i);
        }
      }
      if (sheet == null) {
        return;
      }
      Row header = null;
      for (Row r : sheet) {
        if (!blank(r)) {
          header = r;
          break;
        }
      }
      if (header == null) {
        return;
      }
      List<String> names = new ArrayList<>();
      for (int c = 0; c < Math.max(0, header.getLastCellNum()); c++) {
        names.add(SheetCells.text(header.getCell(c)));
      }
      int headerRow = header.getRowNum();
      String sheetName = sheet.getSheetName();
      Map<Integer, Column> columns =
          header(names, i -> SheetCells.location(sheetName, headerRow, i), problems);
      for (Row r : sheet) {
        if (r.getRowNum() <= headerRow || blank(r)) {
          continue;
        }
        Map<Column, Field> row = new EnumMap<>(Column.class);
        columns.forEach(
            (index, column) -> {
              Cell cell = r.getCell(index);
              row.put(
                  column,
                  new Field(
                      SheetCells.text(cell),
                      SheetCells.date(cell),
                      SheetCells.location(sheetName, r.getRowNum(), index)));
            });
        for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
          if (!columns.containsKey(c) && !SheetCells.text(r.getCell(c)).isEmpty()) {
            problems.add(
                new Problem(
                    SheetCells.location(sheetName, r.getRowNum(), c), msg("roster.noHeader")));
          }
        }
        rows.add(row);
        locations.add(SheetCells.location(sheetName, r.getRowNum(), 0));
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(name, msg("roster.notXlsx", String.valueOf(e.getMessage()))));
    }
  }

  private static boolean blank(Row r) {
    for (Cell c : r) {
      if (!SheetCells.text(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static Map<Integer, Column> header(
      List<String> names, Function<Integer, String> location, List<Problem> problems) {
    Map<Integer, Column> columns = new LinkedHashMap<>();
    Map<Column, Integer> seen = new EnumMap<>(Column.class);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isBlank()) {
        continue;
      }
      Optional<Column> column = Column.fromHeader(name);
      if (column.isEmpty()) {
        problems.add(
            new Problem(
                location.apply(i),
                msg(
                    "roster.unknownColumn",
                    name,
                    String.join(
                        ", ",
                        java.util.Arrays.stream(Column.values()).map(Column::header).toList()))));
      } else if (seen.putIfAbsent(column.get(), i) != null) {
        problems.add(new Problem(location.apply(i), msg("roster.duplicateColumn", name)));
      } else {
        columns.put(i, column.get());
      }
    }
    for (Column c : Column.values()) {
      if (c.required && !seen.containsKey(c)) {
        problems.add(
            new Problem(location.apply(0), msg("roster.missingColumn", c.english, c.swedish)));
      }
    }
    return columns;
  }

  private static Optional<Entry> toEntry(
      Map<Column, Field> row, String location, List<Problem> problems) {
    int before = problems.size();
    Reader r = new Reader(row, problems);
    String first = r.required(Column.FIRST_NAME);
    String last = r.required(Column.LAST_NAME);
    LocalDate birth = r.date(Column.BIRTH_DATE, true);
    Gender gender = r.choice(Column.GENDER, Gender::fromText, Gender.codes());
    BornAbroad abroad = r.choice(Column.BORN_ABROAD, BornAbroad::fromText, BornAbroad.codes());
    Optional<String> pin = r.optional(Column.PERSONAL_NUMBER);
    Optional<Boolean> disability =
        r.optional(Column.DISABILITY)
            .flatMap(
                text -> {
                  Optional<Boolean> value = yesNo(text);
                  if (value.isEmpty()) {
                    r.problem(Column.DISABILITY, "roster.yesNo", text);
                  }
                  return value;
                });
    String programme = r.required(Column.PROGRAMME);
    LocalDate start = r.date(Column.START_DATE, true);
    LocalDate end = r.date(Column.END_DATE, false);
    if (problems.size() > before) {
      return Optional.empty();
    }
    Map<Column, String> cells = new EnumMap<>(Column.class);
    row.forEach((c, f) -> cells.put(c, f.location()));
    for (Column c : Column.values()) {
      cells.putIfAbsent(c, location);
    }
    return Optional.of(
        new Entry(
            location,
            new NewApprentice(
                first,
                last,
                birth,
                gender,
                abroad,
                programme,
                start,
                Optional.ofNullable(end),
                pin,
                disability),
            cells));
  }

  /** {@code yes}/{@code ja}/{@code 1} or {@code no}/{@code nej}/{@code 0}. */
  public static Optional<Boolean> yesNo(String text) {
    return switch (TypedText.key(text)) {
      case "yes", "ja", "1", "true", "sant" -> Optional.of(true);
      case "no", "nej", "0", "false", "falskt" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** Reads the fields of one row, adding a problem for each bad one. */
  private static final class Reader {
    private final Map<Column, Field> row;
    private final List<Problem> problems;

    Reader(Map<Column, Field> row, List<Problem> problems) {
      this.row = row;
      this.problems = problems;
    }

    String required(Column c) {
      Optional<String> value = optional(c);
      if (value.isEmpty()) {
        problem(c, "roster.missing");
        return "";
      }
      return value.get();
    }

    Optional<String> optional(Column c) {
      Field f = row.get(c);
      return f == null || f.text().isEmpty() ? Optional.empty() : Optional.of(f.text());
    }

    LocalDate date(Column c, boolean required) {
      Field f = row.get(c);
      if (f == null || f.date().blank()) {
        if (required) {
          problem(c, "roster.missing");
        }
        return null;
      }
      if (f.date().date().isEmpty()) {
        problem(c, "roster.date", f.date().text());
        return null;
      }
      return f.date().date().get();
    }

    <T> T choice(Column c, Function<String, Optional<T>> parse, String codes) {
      Optional<String> text = optional(c);
      if (text.isEmpty()) {
        problem(c, "roster.missing");
        return null;
      }
      Optional<T> value = parse.apply(text.get());
      if (value.isEmpty()) {
        problem(c, "roster.choice", text.get(), codes);
        return null;
      }
      return value.get();
    }

    /** A problem with column {@code c}; the message's first argument is the column's name. */
    void problem(Column c, String key, Object... args) {
      Field f = row.get(c);
      Object[] all = new Object[args.length + 1];
      all[0] = c.english;
      System.arraycopy(args, 0, all, 1, args.length);
      problems.add(new Problem(f == null ? "" : f.location(), msg(key, all)));
    }
  }

  private static Message msg(String key, Object... args) {
    return Message.of(NewApprentice.class, key, args);
  }
}
