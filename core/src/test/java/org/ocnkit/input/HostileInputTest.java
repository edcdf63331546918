package org.ocnkit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.evidence.internal.WorkbookReader;
import org.ocnkit.learner.internal.RosterReader;

/** Hostile xlsx and CSV files are refused before POI or the CSV parser reads them. */
class HostileInputTest {
  @TempDir Path dir;

  @Test
  void workbookWithTooManyEntriesIsRefused() throws IOException {
    Path file = dir.resolve("many.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i <= InputLimits.XLSX_MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
        zip.closeEntry();
      }
    }
    InvalidInputException e = refused(() -> WorkbookReader.read(file, "many.xlsx"));
    assertThat(e.problems().get(0).message().key()).isEqualTo("input.xlsx.tooManyEntries");
    assertThat(e.describe(Locale.ENGLISH))
        .contains("many.xlsx")
        .contains("1,001")
        .contains("1,000")
        .doesNotContain("Exception")
        .doesNotContain("report");
    assertThat(e.describe(Message.SWEDISH)).contains("gr\u00e4nsen");
  }

  @Test
  void workbookWithAnEntryInflatingPastTheCapIsRefused() throws IOException {
    Path file = dir.resolve("bomb.xlsx");
    byte[] zeros = new byte[1024 * 1024];
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      for (long n = 0; n <= InputLimits.XLSX_MAX_ENTRY_BYTES / zeros.length; n++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(file)).isLessThan(InputLimits.XLSX_MAX_BYTES);
    InvalidInputException e = refused(() -> RosterReader.read(file, "bomb.xlsx"));
    assertThat(e.problems().get(0).message().key()).isEqualTo("input.xlsx.entryTooLarge");
    assertThat(e.describe(Locale.ENGLISH)).contains("bomb.xlsx").contains("100.0 MB");
  }

  @Test
  void truncatedWorkbookIsRefusedInPlainWords() throws IOException {
    Path whole = dir.resolve("whole.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(whole)) {
      wb.createSheet("Deltagare").createRow(0).createCell(0).setCellValue("first_name");
      wb.write(out);
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    InvalidInputException e = refused(() -> WorkbookReader.read(cut, "cut.xlsx"));
    assertThat(e.problems().get(0).message().key()).isEqualTo("input.xlsx.notZip");
    assertThat(e.describe(Locale.ENGLISH)).contains("cut.xlsx").contains("cut off");
    // the untouched workbook passes the caps
    InputLimits.checkXlsx(whole, "whole.xlsx");
  }

  @Test
  void oversizeCsvIsRefused() throws IOException {
    Path file = dir.resolve("roster.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] line = "Anna;Berg;2001-02-03;F;no;El;2024-01-01\n".getBytes(StandardCharsets.UTF_8);
      for (long n = 0; n * line.length <= InputLimits.CSV_MAX_BYTES; n++) {
        out.write(line);
      }
    }
    InvalidInputException e = refused(() -> RosterReader.read(file, "roster.csv"));
    assertThat(e.problems().get(0).message().key()).isEqualTo("input.csv.tooLarge");
    assertThat(e.describe(Locale.ENGLISH)).contains("roster.csv").contains("5.0 MB");
  }

  @Test
  void overlongCsvLineIsRefused() throws IOException {
    Path file = dir.resolve("roster.csv");
    Files.writeString(file, "first_name;last_name\nAnna;" + "x".repeat(20_000) + "\n");
    InvalidInputException e = refused(() -> RosterReader.read(file, "roster.csv"));
    assertThat(e.problems().get(0).message().key()).isEqualTo("input.csv.lineTooLong");
    assertThat(e.problems().get(0).location()).contains("roster.csv").contains("2");
    assertThat(e.describe(Locale.ENGLISH)).contains("10,000");
  }

  @Test
  void hugeImageIsRefusedFromItsHeader() throws IOException {
    java.awt.image.BufferedImage small =
        new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(small, "png", png);
    byte[] bytes = png.toByteArray();
    InputLimits.checkImage(bytes, "logo.png");
    // IHDR width at offset 16: claim 100 000 x 1 pixels without any pixel data to decode
    bytes[16] = 0;
    bytes[17] = 1;
    bytes[18] = (byte) 0x86;
    bytes[19] = (byte) 0xA0;
    InvalidInputException e = refused(() -> InputLimits.checkImage(bytes, "logo.png"));
    assertThat(e.problems().get(0).message().key()).isEqualTo("input.image.tooManyPixels");
  }

  private static InvalidInputException refused(Runnable r) {
    InvalidInputException e = catchThrowableOfType(r::run, InvalidInputException.class);
    assertThat(e).as("refused").isNotNull();
    return e;
  }
}
