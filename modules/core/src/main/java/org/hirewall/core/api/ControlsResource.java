package org.hirewall.core.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hirewall.core.plugins.PluginRegistry;
import org.hirewall.spi.Roles;

/** Every guidance control with the plugins that enforce it; unenforced controls show none. */
@Path("/api/controls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ControlsResource {

  @Inject PluginRegistry registry;

  @GET
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public List<PluginRegistry.ControlCoverage> list() {
    return registry.controls();
  }
}
