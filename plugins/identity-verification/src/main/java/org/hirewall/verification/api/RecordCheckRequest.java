package org.hirewall.verification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The result of a check a person performed (a live call, an ID beside the face, reference calls, an
 * OSINT review...). {@code findings} are the structured observations of an OSINT/GitHub review,
 * each tied to a control.
 */
public record RecordCheckRequest(
    @NotBlank @Size(max = 40) String checkType,
    @NotNull(message = "PASS, FAIL, FLAG or NOT_APPLICABLE") Outcome outcome,
    @Size(max = 1000) String reason,
    @Size(max = 4000) String notes,
    @Size(max = 20) List<@NotNull Finding> findings,
    @Pattern(regexp = "[0-9a-f-]{36}", message = "the id of a liveness challenge")
        String challengeId) {

  public enum Outcome {
    PASS,
    FAIL,
    FLAG,
    NOT_APPLICABLE
  }

  /** One structured finding, e.g. {@code GHUB-01}: account younger than its commits. */
  public record Finding(
      @NotBlank @Pattern(regexp = "[A-Za-z]+-[0-9A-Za-z.]+", message = "a control ID")
          String control,
      @NotBlank @Size(max = 400) String observation) {}
}
