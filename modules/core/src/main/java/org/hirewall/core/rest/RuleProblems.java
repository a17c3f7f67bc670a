package org.hirewall.core.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.hirewall.spi.RuleViolation;

/** A plugin's {@link RuleViolation} as a problem: its status, message, field and controls. */
@Provider
public class RuleProblems implements ExceptionMapper<RuleViolation> {

  @Override
  public Response toResponse(RuleViolation e) {
    String title =
        switch (e.status()) {
          case 400 -> "Invalid input";
          case 404 -> "Not Found";
          case 409 -> "Refused by policy";
          case 429 -> "Too Many Requests";
          case 500 -> "Internal Server Error";
          default -> "Request refused";
        };
    String detail =
        e.controls().isEmpty()
            ? e.getMessage()
            : e.getMessage() + " (" + String.join(", ", e.controls()) + ")";
    List<Problem.FieldError> errors =
        e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
    return Problem.response(e.status(), title, detail, errors);
  }
}
