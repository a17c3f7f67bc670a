package org.hirewall.verification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a red flag may be cleared: a written justification a later reader can judge (EMPL-04). */
public record ClearFlagRequest(
    @NotBlank
        @Size(min = 20, max = 2000, message = "a written justification of 20 to 2000 characters")
        String justification) {}
