package org.hirewall.core.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.hirewall.core.audit.AuditRecord;
import org.hirewall.core.audit.AuditSealer;
import org.hirewall.core.audit.AuditTrail;
import org.hirewall.core.audit.ChainVerification;
import org.hirewall.core.audit.SignedCheckpoint;
import org.hirewall.core.audit.TrailReader;
import org.hirewall.spi.AuditEvent;
import org.hirewall.spi.Roles;

/** Reading, verifying and sealing the audit trail (ir-2.1.4, XFOR-01). */
@Path("/api/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private static final List<String> CONTROLS = List.of("ir-2.1.4", "XFOR-01");

  @Inject AuditTrail trail;
  @Inject TrailReader reader;
  @Inject AuditSealer sealer;

  @PersistenceContext(unitName = "hirewall")
  EntityManager em;

  /** Verifies the whole chain and the signed checkpoints; names the first broken record. */
  @POST
  @Path("/verify")
  @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.IT_ADMIN})
  public ChainVerification verify() {
    return reader.verification();
  }

  /** Records oldest first from {@code from}, at most {@code limit}. */
  @GET
  @Path("/records")
  @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
  public List<AuditRecord> records(
      @QueryParam("from") @DefaultValue("1") @Min(1) long from,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    return reader.list(from, limit);
  }

  /** The newest signed checkpoints first, with the key id and signature an auditor can check. */
  @GET
  @Path("/checkpoints")
  @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_OFFICER})
  public List<SignedCheckpoint> checkpoints(
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    return em.createQuery(
            "SELECT c FROM SignedCheckpoint c ORDER BY c.seq DESC", SignedCheckpoint.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Seals and signs the current head now instead of waiting for the scheduler; audited. */
  @POST
  @Path("/checkpoints")
  @RolesAllowed({Roles.SECURITY_OFFICER})
  public Map<String, Long> checkpoint() {
    long seq = sealer.checkpoint();
    long entry =
        trail.record(
            new AuditEvent(
                "audit.checkpoint.requested", "audit-trail", CONTROLS, "success", "seq=" + seq));
    return Map.of("checkpointSeq", seq, "auditEntry", entry);
  }
}
