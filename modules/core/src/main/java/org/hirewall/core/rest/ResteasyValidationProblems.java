package org.hirewall.core.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.HashSet;
import org.jboss.resteasy.api.validation.ResteasyViolationException;

/**
 * RESTEasy wraps parameter validation in its own exception and ships a mapper for it; this one
 * takes precedence so those failures are problem+json too.
 */
@Provider
public class ResteasyValidationProblems implements ExceptionMapper<ResteasyViolationException> {

  @Override
  public Response toResponse(ResteasyViolationException e) {
    if (e.getException() != null) {
      return UnexpectedProblems.internal(e.getException());
    }
    return ValidationProblems.response(new HashSet<>(e.getConstraintViolations()));
  }
}
