package org.kartoteka.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * An answer that holds one page of a list beside other fields (a count's members with their
 * total): {@code Accept: text/csv} writes its items as it writes a {@link Page}.
 */
public interface Listing<T> {

    List<T> items();

    String nextCursor();

    /** The record type of the items, for the CSV columns. */
    @JsonIgnore
    Class<T> itemType();
}
