package org.kartoteka.importing;

import java.util.UUID;
import org.kartoteka.common.Visibility;

/**
 * What a job was asked for: the source every fact cites, the id scheme of the {@code id} column
 * (null: the {@code external_id} column carries {@code scheme:value}), the organisation of every
 * row's recognition, the visibility of created persons, and what to do with a row whose person
 * scores at least {@code duplicateScore} against a recorded one.
 */
record ImportOptions(UUID sourceId, boolean dryRun, boolean atomic, String idScheme, String recognizedBy,
        Visibility visibility, double duplicateScore, OnDuplicate onDuplicate) {}
