package org.ocnkit.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library extracted once, in the folder the system property {@value
 * #CACHE_PROPERTY} names ({@code ./ocn} passes {@code cli/target/native}), instead of extracting it
 * to the temporary folder, comparing it and deleting it again in every process: about 1 MB written
 * and read back on each start of a short command.
 *
 * <p>The copy lives in {@code <folder>/<sqlite-jdbc version>/<os>/<arch>/}, is written under a
 * temporary name and moved into place, and is then handed to sqlite-jdbc through its own properties
 * {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}. Without the property, when those are
 * already set, or when anything goes wrong, nothing is changed and sqlite-jdbc extracts as usual
 * (it also falls back to extracting when loading the named copy fails).
 */
final class SqliteNativeLibrary {
  /** The system property naming the folder of the extracted copy. */
  static final String CACHE_PROPERTY = "ocnkit.native.dir";

  private static boolean prepared;

  private SqliteNativeLibrary() {}

  /** Points sqlite-jdbc at the kept copy, extracting it first if it is not there yet. */
  static synchronized void prepare() {
    if (prepared) {
      return;
    }
    prepared = true;
    String cache = System.getProperty(CACHE_PROPERTY);
    if (cache == null
        || cache.isBlank()
        || System.getProperty("org.sqlite.lib.path") != null
        || System.getProperty("org.sqlite.lib.name") != null) {
      return;
    }
    try {
      String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
      String name = LibraryLoaderUtil.getNativeLibName();
      // "/org/sqlite/native/Linux/x86_64": the copy goes to <cache>/<version>/Linux/x86_64/.
      String platform =
          resourceFolder.substring(resourceFolder.lastIndexOf("/native/") + "/native/".length());
      Path folder = Path.of(cache, SQLiteJDBCLoader.getVersion()).resolve(platform);
      Path library = folder.resolve(name);
      if (!Files.isRegularFile(library)) {
        extract(resourceFolder + "/" + name, folder, library);
      }
      System.setProperty("org.sqlite.lib.path", folder.toString());
      System.setProperty("org.sqlite.lib.name", name);
    } catch (IOException | RuntimeException e) {
      // sqlite-jdbc's own extraction to the temporary folder takes over.
    }
  }

  private static void extract(String resource, Path folder, Path library) throws IOException {
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no " + resource + " in sqlite-jdbc");
      }
      Files.createDirectories(folder);
      Path partial = Files.createTempFile(folder, name(library), ".partial");
      try {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
            partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
    }
  }

  private static String name(Path file) {
    return String.valueOf(file.getFileName());
  }
}
