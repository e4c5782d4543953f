package org.kartoteka.common;

import java.util.UUID;
import java.util.regex.Pattern;

/** Record ids in paths: UUIDs, with a 400 problem for anything else instead of a silent 404. */
public final class Ids {

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {}

    public static UUID parse(String id) {
        if (id == null || !UUID_FORM.matcher(id.strip()).matches()) {
            throw ProblemException.badRequest("'" + id + "' is not an id; ids are UUIDs such as"
                    + " 3f2b8c1e-0c1d-4a52-9a5e-2f1d8f0b7c11");
        }
        return UUID.fromString(id.strip());
    }
}
