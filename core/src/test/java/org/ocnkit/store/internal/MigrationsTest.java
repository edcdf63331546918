package org.ocnkit.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir Path tmp;

  @Test
  void migrationsAreListedFromAJarAsFromAFolderSubfoldersIncluded() throws Exception {
    Path jar = tmp.resolve("core.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name :
          new String[] {
            "db/",
            "db/migration/",
            "db/migration/V1__store.sql",
            "db/migration/V2_1__unit.sql",
            "db/migration/R__view.sql",
            "db/migration/README.md",
            "db/migration/old/V9__elsewhere.sql",
            "other/V3__x.sql"
          }) {
        out.putNextEntry(new JarEntry(name));
        if (!name.endsWith("/")) {
          out.write("SELECT 1;".getBytes());
        }
        out.closeEntry();
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThat(Migrations.availableVersions(loader)).containsExactlyInAnyOrder("1", "2.1", "9");
    }

    Path folder = Files.createDirectories(tmp.resolve("classes/db/migration"));
    Files.writeString(folder.resolve("V1__store.sql"), "SELECT 1;");
    Files.writeString(folder.resolve("V10__ledger.sql"), "SELECT 1;");
    Files.writeString(Files.createDirectory(folder.resolve("sub")).resolve("V11__x.sql"), "");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()}, null)) {
      assertThat(Migrations.availableVersions(loader)).containsExactlyInAnyOrder("1", "10", "11");
    }
  }

  @Test
  void theShippedMigrationsAreFound() throws Exception {
    assertThat(Migrations.availableVersions(Migrations.class.getClassLoader())).contains("1", "2");
  }
}
