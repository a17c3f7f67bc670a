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
import org.hirewall.core.rest.EndpointCatalog;
import org.hirewall.spi.Roles;

/**
 * Every REST endpoint of the deployment with the roles it admits, read from the resource classes
 * themselves. Auditors use it for access reviews; the authorization-matrix test uses it.
 */
@Path("/api/endpoints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EndpointsResource {

  @Inject PluginRegistry registry;

  @GET
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public List<EndpointCatalog.Endpoint> list() {
    return EndpointCatalog.of(registry.resourceClasses());
  }
}
