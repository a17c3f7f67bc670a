package org.hirewall.verification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new case for an existing subject: re-verification of staff (INTV-01) or post-hire KYC. */
public record OpenCaseRequest(@NotBlank @Size(max = 20) String tier, @NotNull Reason reason) {
  public enum Reason {
    RE_VERIFICATION,
    POST_HIRE_KYC,
    PROMOTION
  }
}
