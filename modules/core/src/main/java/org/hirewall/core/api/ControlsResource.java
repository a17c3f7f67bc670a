package org.hirewall.core.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.hirewall.core.plugins.Control;
import org.hirewall.core.plugins.PluginRegistry;
import org.hirewall.spi.AuditReader;
import org.hirewall.spi.Roles;

/**
 * Every guidance control with the plugins that enforce it (unenforced controls show none) and the
 * evidence recorded for it: the number of sealed audit records that name it.
 */
@Path("/api/controls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ControlsResource {

  @Inject PluginRegistry registry;
  @Inject AuditReader audit;

  /** A control, the plugins enforcing it and how many sealed audit records name it. */
  public record ControlEvidence(Control control, List<String> enforcedBy, long evidence) {}

  @GET
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public List<ControlEvidence> list() {
    Map<String, Long> evidence = audit.recordsPerControl();
    return registry.controls().stream()
        .map(
            c ->
                new ControlEvidence(
                    c.control(), c.enforcedBy(), evidence.getOrDefault(c.control().id(), 0L)))
        .toList();
  }
}
