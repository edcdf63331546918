package org.ocnkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.UnitService;
import org.ocnkit.unit.catalog.UnitFilter;

/**
 * Real operating-system processes writing to one workspace: at the same time, and killed with
 * SIGKILL in the middle of their work. The timeouts only stop a hung test; nothing asserts speed.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ProcessesTest {
  @TempDir Path tmp;

  private final List<Process> started = new ArrayList<>();
  private final Map<Process, Path> logs = new HashMap<>();

  @AfterEach
  void stopStragglers() {
    started.forEach(Process::destroyForcibly);
  }

  @OnEveryEngine
  void twoProcessesImportingAtOnceEndWithEveryUnitAndOneChain(Engine engine) throws Exception {
    Path dir = tmp.resolve("ws");
    TestWorkspaces.create(engine, dir).close();
    Process a = writer("import", dir.toString(), "HS-A", "200");
    Process b = writer("import", dir.toString(), "HS-B", "200");
    BufferedReader outA = lines(a);
    BufferedReader outB = lines(b);
    assertThat(outA.readLine()).as(stderr(a)).isEqualTo("ready");
    assertThat(outB.readLine()).as(stderr(b)).isEqualTo("ready");
    go(a);
    go(b);
    assertThat(outA.readLine()).as(stderr(a)).isEqualTo("done");
    assertThat(outB.readLine()).as(stderr(b)).isEqualTo("done");
    assertThat(a.waitFor()).isZero();
    assertThat(b.waitFor()).isZero();

    try (Workspace ws = Workspace.open(dir)) {
      assertThat(new UnitService(ws).list(UnitFilter.ALL)).hasSize(400);
      AuditReport report = ws.verifyAudit();
      assertThat(report.findings()).isEmpty();
      assertThat(report.events()).isEqualTo(400);
      assertThat(report.records()).isEqualTo(400);
      assertThat(ws.store().auditLog(AuditQuery.ALL))
          .extracting(AuditEvent::actor)
          .filteredOn("HS-A"::equals)
          .hasSize(200);
    }
  }

  @OnEveryEngine
  void aProcessKilledInsideATransactionLeavesOnlyWhatItCommitted(Engine engine) throws Exception {
    Path dir = tmp.resolve("ws");
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      Notes.createTable(ws);
    }
    Process p = writer("hold", dir.toString());
    BufferedReader out = lines(p);
    List<String> seen = new ArrayList<>();
    for (String line = out.readLine(); !"mid-transaction".equals(line); line = out.readLine()) {
      assertThat(line).as("the writer ended early: " + stderr(p)).isNotNull();
      seen.add(line);
    }
    p.destroyForcibly();
    assertThat(p.waitFor()).isEqualTo(137);
    assertThat(seen).containsExactly("committed 50", "committed 100", "committed 150");

    try (Workspace ws = Workspace.open(dir)) {
      assertThat(Notes.count(ws)).isEqualTo(150);
      AuditReport report = ws.verifyAudit();
      assertThat(report.findings()).isEmpty();
      assertThat(report.events()).isEqualTo(150);
      ws.store().write("anna", tx -> Notes.add(tx, "after the crash"));
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void aProcessKilledDuringALongImportLeavesAWorkspaceThatVerifies(Engine engine) throws Exception {
    Path dir = tmp.resolve("ws");
    TestWorkspaces.create(engine, dir).close();
    for (int round = 1; round <= 3; round++) {
      Process p = writer("loop", dir.toString(), "HS-R" + round);
      BufferedReader out = lines(p);
      int committed = 0;
      for (int i = 0; i < 2 * round; i++) {
        String line = out.readLine();
        assertThat(line).as(stderr(p)).startsWith("committed ");
        committed = Integer.parseInt(line.substring("committed ".length()));
      }
      p.destroyForcibly();
      assertThat(p.waitFor()).isEqualTo(137);

      try (Workspace ws = Workspace.open(dir)) {
        String prefix = "HS-R" + round + "-";
        long units =
            ws.store()
                .read(
                    tx ->
                        tx.queryLong(
                            "SELECT count(*) FROM unit_version WHERE substr(code, 1, ?) = ?",
                            prefix.length(),
                            prefix));
        assertThat(units).isGreaterThanOrEqualTo(committed);
        assertThat(units % 10).as("whole batches only").isZero();
        AuditReport report = ws.verifyAudit();
        assertThat(report.findings()).isEmpty();
        assertThat(report.events()).isEqualTo(report.records());
      }
    }
  }

  private Process writer(String... args) throws IOException {
    Path log = Files.createTempFile(tmp, "writer", ".log");
    Process p = JavaProcess.builder(WriterProcess.class, args).redirectError(log.toFile()).start();
    started.add(p);
    logs.put(p, log);
    return p;
  }

  private String stderr(Process p) {
    try {
      return Files.readString(logs.get(p));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static BufferedReader lines(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  private static void go(Process p) throws IOException {
    OutputStream in = p.getOutputStream();
    in.write("go\n".getBytes(StandardCharsets.UTF_8));
    in.flush();
  }
}
