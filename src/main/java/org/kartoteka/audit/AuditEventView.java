package org.kartoteka.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of the audit trail as the API returns it. */
@Schema(name = "AuditEvent")
public record AuditEventView(
        @Schema(description = "ascending in the order events were written; the cursor of the trail") long id,
        UUID eventId,
        @Schema(description = "the time of the transaction that wrote the row") Instant occurredAt,
        Actor actor,
        @Schema(description = "the X-Request-Id of the request that wrote it", nullable = true) String requestId,
        @Schema(description = "the table written, e.g. person, person_name, detention_citation") String entity,
        @Schema(description = "the record the row belongs to: its own id, or its parent's for citations, names"
                + " and external ids") UUID entityId,
        @Schema(enumeration = {"INSERT", "UPDATE", "DELETE", "MERGE"}) String action,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "the row before (null for INSERT)") JsonNode before,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "the row after (null for DELETE)") JsonNode after) {}
