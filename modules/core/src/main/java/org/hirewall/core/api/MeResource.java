package org.hirewall.core.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.hirewall.core.rest.Caller;
import org.hirewall.spi.Roles;

/** Who the server thinks you are: handy to check a token and its roles. */
@Path("/api/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Caller caller;

  @GET
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public Map<String, String> me() {
    return Map.of("name", caller.name(), "roles", caller.role());
  }
}
