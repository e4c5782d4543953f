package org.kartoteka.person;

import java.util.UUID;

/** A request named the id of a person merged into another: 308 to the survivor for reads, 410 for writes. */
public class MergedPersonException extends RuntimeException {

    private final UUID merged;
    private final UUID survivor;

    public MergedPersonException(UUID merged, UUID survivor) {
        super("The person " + merged + " was merged into " + survivor + ".", null, false, false);
        this.merged = merged;
        this.survivor = survivor;
    }

    public UUID merged() {
        return merged;
    }

    public UUID survivor() {
        return survivor;
    }
}
