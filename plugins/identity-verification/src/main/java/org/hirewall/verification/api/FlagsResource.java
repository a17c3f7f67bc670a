package org.hirewall.verification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.hirewall.spi.Roles;
import org.hirewall.verification.FlagStore;
import org.hirewall.verification.VettingService;

/** Red flags are cleared only by a security officer, with a written justification. */
@Path("/api/vetting/flags/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {

  @Inject VettingService service;
  @Context SecurityContext security;

  @POST
  @Path("/clear")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SECURITY_OFFICER)
  public FlagStore.FlagRow clear(
      @PathParam("id") @Pattern(regexp = "[0-9a-f-]{36}", message = "a red flag id") String id,
      @Valid @NotNull ClearFlagRequest body) {
    return service.clearFlag(id, body.justification(), security.getUserPrincipal().getName());
  }
}
