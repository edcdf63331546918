package org.ocnkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replaceWritesAndReplacesLeavingNoTemporaryFile() throws IOException {
    Path file = dir.resolve("sub/folder/report.txt");

    AtomicFiles.replace(file, bytes("first"));
    AtomicFiles.replace(file, out -> out.write(bytes("second")));

    assertThat(Files.readString(file)).isEqualTo("second");
    assertThat(entries(file.getParent())).containsExactly("report.txt");
  }

  @Test
  void writeNewRefusesAnExistingFileAndKeepsItsContent() throws IOException {
    Path file = dir.resolve("key.pem");
    AtomicFiles.writeNew(file, bytes("original"), true);

    assertThatThrownBy(() -> AtomicFiles.writeNew(file, bytes("other"), false))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("original");
    assertThat(entries(dir)).containsExactly("key.pem");
  }

  @Test
  void aFailingWriterLeavesNeitherTargetNorTemporaryFile() {
    Path file = dir.resolve("half.xlsx");

    assertThatThrownBy(
            () ->
                AtomicFiles.replace(
                    file,
                    out -> {
                      out.write(bytes("half"));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(entries(dir)).isEmpty();
  }

  @Test
  void sha256MatchesTheKnownVectors() throws IOException {
    // FIPS 180-2 test vector "abc".
    String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    assertThat(Sha256.hex("abc")).isEqualTo(abc);
    Path file = dir.resolve("abc");
    Files.write(file, bytes("abc"));
    assertThat(Sha256.hexOf(file)).isEqualTo(abc);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static java.util.List<String> entries(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
