package org.kartoteka.timeline;

/** What happened; the declaration order is also the order of events of one date. */
public enum EventType {
    CASE_OPENED, CHARGED, DETENTION_STARTED, TRIAL_STARTED, VERDICT, APPEAL, DETENTION_ENDED, RECOGNIZED,
    RECOGNITION_REVOKED
}
