package org.hirewall.core.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A body that is not valid JSON, or has a value of the wrong type (an unknown enum value, text for
 * a number), is a 400 problem naming the field, not a 500.
 */
@Provider
public class JsonProblems implements ExceptionMapper<JsonProcessingException> {

  @Override
  public Response toResponse(JsonProcessingException e) {
    String field = "body";
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      field =
          m.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
    }
    String message = e.getOriginalMessage();
    if (message != null && message.length() > 200) {
      message = message.substring(0, 200);
    }
    return Problem.response(
        400,
        "Invalid input",
        "the request body is not valid JSON for this endpoint",
        List.of(new Problem.FieldError(field, message == null ? "malformed" : message)));
  }
}
