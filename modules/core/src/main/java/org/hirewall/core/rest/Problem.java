package org.hirewall.core.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each invalid field so a client can point at it.
 */
public record Problem(
    URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {}

  public static Response response(
      int status, String title, String detail, List<FieldError> errors) {
    Problem p =
        new Problem(
            URI.create("https://hirewall.org/problems/" + slug(title)),
            title,
            status,
            detail,
            null,
            errors);
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(p).build();
  }

  private static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
