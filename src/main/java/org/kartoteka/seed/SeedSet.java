package org.kartoteka.seed;

/** One named set of seed records, loaded once per database. */
public interface SeedSet {

    /** Unique, never renamed: the name marks the set as loaded in {@code seed_run}. */
    String name();

    /** Where the set stands in the loading order; later sets may refer to earlier ones' keys. */
    int order();

    /** Loads the records and returns how many it created. */
    int load(SeedLoader loader);
}
