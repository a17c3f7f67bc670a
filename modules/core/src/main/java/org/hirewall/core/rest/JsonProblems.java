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
    return Problem.response(
        400,
        "Invalid input",
        "the request body is not valid JSON for this endpoint",
        List.of(new Problem.FieldError(field, message(e))));
  }

  /**
   * What is wrong, in the caller's terms: Jackson's own messages name Java classes of the server,
   * which say nothing to the caller and too much to an attacker.
   */
  static String message(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
      return "unknown field";
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f
        && ControlCharacters.MESSAGE.equals(f.getOriginalMessage())) {
      return ControlCharacters.MESSAGE;
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        && m.getTargetType() != null) {
      return "expected " + expected(m.getTargetType());
    }
    if (e instanceof com.fasterxml.jackson.core.JsonParseException p && p.getLocation() != null) {
      return "malformed JSON at line "
          + p.getLocation().getLineNr()
          + ", column "
          + p.getLocation().getColumnNr();
    }
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return "the JSON is nested too deeply or is too large";
    }
    return "malformed";
  }

  static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (type == String.class) {
      return "text";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 time, e.g. 2026-12-03T12:00:00Z";
    }
    return "an object";
  }
}
