package org.kartoteka.source;

/** What kind of document a source is. */
public enum SourceKind {
    REPORT,
    NEWS,
    STATEMENT,
    COURT_RECORD,
    OFFICIAL,
    SOCIAL_MEDIA,
    INTERVIEW,
    OTHER
}
