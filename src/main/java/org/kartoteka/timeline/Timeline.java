package org.kartoteka.timeline;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's cases, charges, trials, detentions and recognitions as events in date order. */
@Schema(name = "Timeline")
public record Timeline(UUID personId, List<TimelineEvent> events) {}
