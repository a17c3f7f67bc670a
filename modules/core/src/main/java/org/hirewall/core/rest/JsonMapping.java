package org.hirewall.core.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How the API writes JSON: times as ISO-8601 text ({@code 2026-11-28T05:06:31.123Z}), which people
 * and scripts read, never as epoch numbers; {@code Optional} as its value or null.
 */
@Provider
public class JsonMapping implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .registerModule(new Jdk8Module())
          .registerModule(
              new com.fasterxml.jackson.databind.module.SimpleModule("hirewall-text")
                  .addDeserializer(String.class, new PlainText()))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /**
   * Text as people type it: control characters (NUL, escape, bell...) are refused, tab and line
   * breaks excepted. NUL cannot be stored in PostgreSQL text at all, and the others have no place
   * in a name, a reason or an identifier.
   */
  static final class PlainText
      extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<String> {
    PlainText() {
      super(String.class);
    }

    @Override
    public String deserialize(
        com.fasterxml.jackson.core.JsonParser p,
        com.fasterxml.jackson.databind.DeserializationContext ctxt)
        throws java.io.IOException {
      String s =
          com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(p, ctxt);
      if (s != null && !ControlCharacters.allowed(s)) {
        throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(
            p, ControlCharacters.MESSAGE, s, String.class);
      }
      return s;
    }
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
