package org.hirewall.verification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hirewall.spi.Roles;
import org.hirewall.verification.VerificationPolicy;

/** The verification policy in force: required checks per tier and the controls behind each. */
@Path("/api/vetting/policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

  @Inject VerificationPolicy policy;

  @GET
  @RolesAllowed({Roles.IT_ADMIN, Roles.SECURITY_OFFICER, Roles.AUDITOR})
  public Map<String, Object> get() {
    Map<String, Object> tiers = new LinkedHashMap<>();
    policy.tiers().forEach(t -> tiers.put(t, policy.requiredChecks(t)));
    return Map.of(
        "tiers", tiers,
        "checks", policy.checks(),
        "challengeMinutes", policy.challengeValidity().toMinutes());
  }
}
