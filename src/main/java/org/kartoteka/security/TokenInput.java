package org.kartoteka.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tokens}. */
@Schema(name = "TokenInput")
public record TokenInput(
        @NotBlank @Size(max = 200)
        @Schema(description = "who or what holds the token, e.g. 'Anna (research desk)' or 'nightly export'",
                examples = "nightly export")
        String name,
        @NotBlank
        @Schema(description = "researcher, auditor, editor or admin", examples = "researcher")
        String role,
        @Schema(description = "when the token stops working, ISO 8601 instant in the future; default 90 days"
                + " from now, at most 366 days", examples = "2026-12-31T23:59:59Z", nullable = true)
        Instant expiresAt) {}
