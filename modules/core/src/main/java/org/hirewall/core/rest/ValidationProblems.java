package org.hirewall.core.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation failures on REST input become 400 problems naming each field. */
@Provider
public class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return response(e.getConstraintViolations());
  }

  static Response response(Set<? extends ConstraintViolation<?>> violations) {
    List<Problem.FieldError> errors =
        violations.stream()
            .map(v -> new Problem.FieldError(field(v.getPropertyPath()), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problem.response(400, "Invalid input", errors.size() + " field(s) are invalid", errors);
  }

  /** {@code create.arg0.legalName} style paths become {@code legalName}; a bare parameter stays. */
  static String field(Path path) {
    String last = null;
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
        case PARAMETER -> last = node.getName();
        case CONTAINER_ELEMENT -> {
          if (node.getIndex() != null) {
            sb.append('[').append(node.getIndex()).append(']');
          }
        }
        default -> {
          // a property of a list element carries the element's index: profiles[0].platform
          if (node.isInIterable() && node.getIndex() != null) {
            sb.append('[').append(node.getIndex()).append(']');
          }
          if (sb.length() > 0) {
            sb.append('.');
          }
          sb.append(node.getName());
        }
      }
    }
    return sb.length() > 0 ? sb.toString() : (last == null ? "request" : last);
  }
}
