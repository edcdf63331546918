package org.ocnkit.store;

import java.nio.file.Path;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * Creates a workspace, opens it again and writes once, in a JVM of its own; its output must stay
 * empty. Arguments: the folder.
 */
public final class QuietOpen {
  private QuietOpen() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    TestWorkspaces.create(Engine.SQLITE, dir).close();
    try (Workspace ws = Workspace.open(dir)) {
      ws.store().write("anna", tx -> tx.event("test.quiet", "quiet:1", "x"));
    }
  }
}
