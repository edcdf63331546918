package org.ocnkit.unit;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.unit.internal.UnitReader;

/**
 * Reads course-unit XML files: checks each against the shipped XSD and the rules a schema cannot
 * express (credits = hours / 10, outcome and criterion numbering, a Swedish title) and reports
 * every problem with file, line and column.
 */
public final class UnitFiles {
  /**
   * The subfolder of a unit folder that holds qualification files, which are not units: reading a
   * folder of units skips it (see {@code course-units/qualifications/}).
   */
  public static final String QUALIFICATIONS = "qualifications";

  private UnitFiles() {}

  /** The XSD every unit file follows (also in {@code course-units/schema/course-unit.xsd}). */
  public static URL schema() {
    return UnitReader.schemaLocation();
  }

  /** Reads one valid unit, or {@link InvalidInputException} listing every problem of the file. */
  public static CourseUnit read(Path file) {
    return check(file).orThrow();
  }

  /** Checks one file; a file that cannot be read is a problem of the check, not an exception. */
  public static UnitCheck check(Path file) {
    return check(file, file.toString());
  }

  /**
   * Checks one file, naming it {@code source} in problems (as the user typed it, for example
   * relative to their working folder).
   */
  public static UnitCheck check(Path file, String source) {
    try {
      return parse(
          source,
          org.ocnkit.input.InputLimits.readFile(
              file, source, org.ocnkit.input.InputLimits.XML_MAX_BYTES, "input.xml.tooLarge"));
    } catch (org.ocnkit.InvalidInputException e) {
      return new UnitCheck(source, java.util.Optional.empty(), e.problems());
    } catch (NoSuchFileException e) {
      return failed(source, Message.of(UnitFiles.class, "file.missing"));
    } catch (IOException e) {
      return failed(source, Message.of(UnitFiles.class, "file.unreadable", e.getMessage()));
    }
  }

  /** Checks unit content read from elsewhere (a database, a network). */
  public static UnitCheck parse(String source, byte[] content) {
    return UnitReader.read(source, content);
  }

  /**
   * Checks files and folders: a folder contributes every {@code *.xml} file in it and its
   * subfolders, in name order, except those under a {@value #QUALIFICATIONS} subfolder.
   */
  public static ValidationReport validate(List<Path> paths) {
    return validate(Path.of(""), paths);
  }

  /**
   * Like {@link #validate(List)}, with relative paths resolved against {@code base} and files named
   * relative to it in problems, as a user working in {@code base} would write them.
   */
  public static ValidationReport validate(Path base, List<Path> paths) {
    Path root = base.toAbsolutePath().normalize();
    List<UnitCheck> checks = new ArrayList<>();
    for (Path path : paths) {
      Path absolute = root.resolve(path).normalize();
      if (Files.isDirectory(absolute)) {
        List<Path> files = unitFilesIn(absolute);
        if (files.isEmpty()) {
          checks.add(failed(name(root, absolute), Message.of(UnitFiles.class, "folder.empty")));
        }
        files.forEach(f -> checks.add(check(f, name(root, f))));
      } else {
        checks.add(check(absolute, name(root, absolute)));
      }
    }
    return new ValidationReport(checks);
  }

  private static String name(Path root, Path file) {
    return file.startsWith(root) && !file.equals(root)
        ? root.relativize(file).toString()
        : file.toString();
  }

  private static List<Path> unitFilesIn(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".xml"))
          .filter(p -> !folder.relativize(p).startsWith(QUALIFICATIONS))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              folder.toString(), Message.of(UnitFiles.class, "file.unreadable", e.getMessage())));
    }
  }

  private static UnitCheck failed(String source, Message message) {
    return new UnitCheck(source, java.util.Optional.empty(), List.of(new Problem(source, message)));
  }
}
