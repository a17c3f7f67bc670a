package org.hirewall.verification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hirewall.spi.Roles;
import org.hirewall.verification.VettingOverview;

/** Lists for people: the red-flag queue and the vetting funnel. */
@Path("/api/vetting")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

  @Inject VettingOverview overview;

  /** Red flags not cleared yet, oldest first, with the evidence that raised each. */
  @GET
  @Path("/flags")
  @RolesAllowed({Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.IT_ADMIN})
  public List<VettingOverview.QueuedFlag> openFlags(
      @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
    return overview.openFlags(limit);
  }

  /** How many of the newest subjects' cases are in each status, and the open flags. */
  @GET
  @Path("/funnel")
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public VettingOverview.Funnel funnel() {
    return overview.funnel();
  }
}
