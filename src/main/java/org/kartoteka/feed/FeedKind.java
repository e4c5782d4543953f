package org.kartoteka.feed;

/**
 * The public events a feed carries: a person recognised as a political prisoner, a person released
 * (or dead) from a detention that counts, a verdict, a new reported figure.
 */
public enum FeedKind {
    RECOGNITION,
    RELEASE,
    VERDICT,
    FIGURE
}
