package org.hirewall.core.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;

/**
 * Verifies an audit trail straight from the database, without the server: {@code AuditCli
 * <jdbc-url> <user> <password> <key-dir>}. Exit code 0 when intact, 1 when broken, 2 on usage or
 * connection errors. {@code bin/hirewall verify-audit} runs it through Maven.
 */
public final class AuditCli {

  private AuditCli() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println(
          "usage: AuditCli <jdbc-url> <user> <password> <key-dir (the public key suffices)>");
      System.exit(2);
    }
    CheckpointSigner signer =
        CheckpointSigner.verifierOnly(Path.of(args[3])); // the public key suffices
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      c.setAutoCommit(false); // lets PostgreSQL stream the trail with a cursor
      long start = System.nanoTime();
      ChainVerification v =
          new AuditStore(Clock.systemUTC())
              .verify(c, signer, new AuditAnchor(Path.of(args[3])).entries());
      c.rollback();
      System.out.printf(
          "%s: %d records checked (head %d), %d checkpoints verified, last checkpoint %d,"
              + " %d after it, %d pending, anchored up to %d, %.2f s%n",
          v.intact() ? "INTACT" : "BROKEN at seq " + v.firstBrokenSeq() + " (" + v.problem() + ")",
          v.recordsChecked(),
          v.lastSeq(),
          v.checkpointsChecked(),
          v.lastCheckpointSeq(),
          v.unsignedRecords(),
          v.pendingRecords(),
          v.anchoredSeq(),
          (System.nanoTime() - start) / 1e9);
      System.exit(v.intact() ? 0 : 1);
    }
  }
}
