package org.kartoteka.timeline;

/** The collection the record behind a timeline event belongs to. */
public enum RecordType {
    CASE, CHARGE, TRIAL, DETENTION, RECOGNITION
}
