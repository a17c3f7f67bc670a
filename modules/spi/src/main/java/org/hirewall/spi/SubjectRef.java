package org.hirewall.spi;

import java.util.Objects;

/** A person Hirewall vets, provisions or revokes: a candidate or an existing staff member. */
public record SubjectRef(String id) {
  public SubjectRef {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("subject id must not be blank");
    }
  }
}
