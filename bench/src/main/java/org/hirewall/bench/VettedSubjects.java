package org.hirewall.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hirewall.testkit.PostgresDatabase;

/**
 * Subjects whose vetting case passed, written straight into the database as the vetting plugin
 * would (benchmark setup, not measured).
 */
final class VettedSubjects {

  private static final List<String> STANDARD =
      List.of("live-video", "id-beside-face", "liveness", "reference-calls", "osint-review");

  private VettedSubjects() {}

  /**
   * {@code count} subjects with a passed, signed-off case of {@code tier} (standard, privileged).
   */
  static List<String> insert(PostgresDatabase db, String tier, int count) throws Exception {
    List<String> checks = new ArrayList<>(STANDARD);
    if (tier.equals("privileged")) {
      checks.add("in-person-meeting");
    }
    List<String> ids = new ArrayList<>();
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO iv_subject (id, kind, legal_name, claimed_country, sourcing_channel,"
                      + " payout_method, created_at, created_by) VALUES (?, 'CANDIDATE', ?, 'US',"
                      + " 'JOB_PORTAL', 'PAYROLL', now(), 'bench')");
          PreparedStatement k =
              c.prepareStatement(
                  "INSERT INTO iv_case (id, subject_id, tier, reason, opened_by, opened_at,"
                      + " signed_off_by, signed_off_at) VALUES (?, ?, ?, 'hiring', 'bench',"
                      + " now(), 'bench-officer', now())");
          PreparedStatement ch =
              c.prepareStatement(
                  "INSERT INTO iv_check (id, case_id, check_type, outcome, recorded_by, recorded_at)"
                      + " VALUES (?, ?, ?, 'PASS', 'bench', now())")) {
        for (int i = 0; i < count; i++) {
          String subject = UUID.randomUUID().toString();
          String kase = UUID.randomUUID().toString();
          s.setString(1, subject);
          s.setString(2, "Bench Subject " + i);
          s.executeUpdate();
          k.setString(1, kase);
          k.setString(2, subject);
          k.setString(3, tier);
          k.executeUpdate();
          for (String check : checks) {
            ch.setString(1, UUID.randomUUID().toString());
            ch.setString(2, kase);
            ch.setString(3, check);
            ch.executeUpdate();
          }
          ids.add(subject);
        }
      }
      c.commit();
    }
    return ids;
  }
}
