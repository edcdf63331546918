package org.ocnkit.qualification;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.qualification.internal.QualificationReader;

/**
 * Reads qualification XML files: checks each against the shipped XSD and the rules a schema cannot
 * express, and reports every problem with file, line and column and the rule broken.
 */
public final class QualificationFiles {
  private QualificationFiles() {}

  /** The XSD every qualification file follows (also in {@code course-units/schema/}). */
  public static URL schema() {
    return QualificationReader.schemaLocation();
  }

  /** Reads one valid qualification, or {@link InvalidInputException} listing every problem. */
  public static Qualification read(Path file) {
    return check(file, file.toString()).orThrow();
  }

  /** Checks one file, naming it {@code source} in problems. */
  public static QualificationCheck check(Path file, String source) {
    try {
      return parse(
          source,
          org.ocnkit.input.InputLimits.readFile(
              file, source, org.ocnkit.input.InputLimits.XML_MAX_BYTES, "input.xml.tooLarge"));
    } catch (org.ocnkit.InvalidInputException e) {
      return new QualificationCheck(source, java.util.Optional.empty(), e.problems());
    } catch (NoSuchFileException e) {
      return failed(source, Message.of(Qualification.class, "file.missing"));
    } catch (IOException e) {
      return failed(source, Message.of(Qualification.class, "file.unreadable", e.getMessage()));
    }
  }

  /** Checks content read from elsewhere (a database, a network). */
  public static QualificationCheck parse(String source, byte[] content) {
    return QualificationReader.read(source, content);
  }

  /**
   * Checks files and folders, relative paths resolved against {@code base}: a folder contributes
   * every {@code *.xml} file in it and its subfolders, in name order.
   */
  public static List<QualificationCheck> validate(Path base, List<Path> paths) {
    Path root = base.toAbsolutePath().normalize();
    List<QualificationCheck> checks = new ArrayList<>();
    for (Path path : paths) {
      Path absolute = root.resolve(path).normalize();
      if (Files.isDirectory(absolute)) {
        List<Path> files = xmlFilesIn(absolute);
        if (files.isEmpty()) {
          checks.add(failed(name(root, absolute), Message.of(Qualification.class, "folder.empty")));
        }
        files.forEach(f -> checks.add(check(f, name(root, f))));
      } else {
        checks.add(check(absolute, name(root, absolute)));
      }
    }
    return List.copyOf(checks);
  }

  private static String name(Path root, Path file) {
    return file.startsWith(root) && !file.equals(root)
        ? root.relativize(file).toString()
        : file.toString();
  }

  private static List<Path> xmlFilesIn(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".xml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              folder.toString(),
              Message.of(Qualification.class, "file.unreadable", e.getMessage())));
    }
  }

  private static QualificationCheck failed(String source, Message message) {
    return new QualificationCheck(source, Optional.empty(), List.of(new Problem(source, message)));
  }
}
