package org.hirewall.core.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.hirewall.spi.Roles;

/**
 * {@code GET /api/console/views}: the views the caller's roles may see, for the shell to list and
 * load. Which views are listed is convenience; each API call a view makes is checked on its own.
 */
@Path("/api/console/views")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleViewsResource {

  @Inject ConsoleViews views;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public List<ViewEntry> list() {
    return views.visibleTo(security::isUserInRole);
  }
}
