package org.ocnkit.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.io.AtomicFiles;
import org.ocnkit.io.Sha256;
import org.ocnkit.report.Indicators;
import org.ocnkit.store.Store;

/**
 * Writes a report file and records that it was made: an audit event naming the report, its
 * parameters and the SHA-256 of the file, in the same transaction as the write, so the history says
 * which report (with personal or health data) left the workspace, and a file that could not be
 * written leaves no event. The file goes to a temporary file in the same folder first and is then
 * moved into place: a reader never sees half a file; an existing file is replaced.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes {@code content} to {@code out} with the audit event {@code action} on {@code entity}.
   *
   * @param parameters what the report was made from, recorded in the event with the file's name and
   *     hash; identifiers and dates only, never names
   * @return the file written, absolute
   * @throws EnvironmentException when the file cannot be written
   */
  public static Path write(
      Store store,
      String actor,
      String action,
      String entity,
      Map<String, String> parameters,
      Path out,
      byte[] content) {
    Path target = out.toAbsolutePath().normalize();
    Map<String, String> detail = new TreeMap<>(parameters);
    detail.put("file", target.getFileName().toString());
    detail.put("sha256", sha256(content));
    StringBuilder json = new StringBuilder("{");
    detail.forEach(
        (k, v) ->
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\""))
                .append('"'));
    json.append('}');
    return store.write(
        actor,
        tx -> {
          tx.event(action, entity, json.toString());
          replace(target, content);
          return target;
        });
  }

  /**
   * A finished workbook as xlsx bytes: the first sheet active, ocnkit as its creator and {@code
   * title} as its title.
   */
  public static byte[] bytes(XSSFWorkbook wb, String title) throws IOException {
    wb.setActiveSheet(0);
    wb.getProperties().getCoreProperties().setCreator("ocnkit");
    wb.getProperties().getCoreProperties().setTitle(title);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  private static void replace(Path target, byte[] content) {
    try {
      AtomicFiles.replace(target, content);
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(
              Indicators.class,
              "file.cannotWrite",
              target.toString(),
              String.valueOf(e.getMessage())),
          e);
    }
  }

  private static String sha256(byte[] content) {
    return Sha256.hex(content);
  }
}
