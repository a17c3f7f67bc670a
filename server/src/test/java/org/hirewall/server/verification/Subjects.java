package org.hirewall.server.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds subject requests for the ITs: a clean one by default, each with identifiers of its own.
 */
final class Subjects {

  static final ObjectMapper JSON = new ObjectMapper();

  private Subjects() {}

  /** A subject that should raise no red flag: consistent, paid on payroll, offered market rate. */
  static ObjectNode clean(String name) {
    long n = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    ObjectNode s = JSON.createObjectNode();
    s.put("kind", "CANDIDATE");
    s.put("legalName", name);
    s.set("phones", JSON.valueToTree(List.of("+1 " + n)));
    s.set("emails", JSON.valueToTree(List.of("p" + n + "@example.org")));
    s.put("claimedCity", "Chicago");
    s.put("claimedCountry", "US");
    s.put("timeZone", "America/Chicago");
    s.put("sourcingChannel", "JOB_PORTAL");
    s.put("payoutMethod", "PAYROLL");
    s.put("shippingAddress", n + " Main Street, Chicago IL");
    s.put("documentCountry", "US");
    s.put("documentNumber", "D" + n);
    s.put("offeredSalary", 120_000);
    s.put("marketBandMin", 110_000);
    s.put("marketBandMax", 150_000);
    s.put("tier", "standard");
    return s;
  }

  static String json(ObjectNode node) {
    return node.toString();
  }
}
