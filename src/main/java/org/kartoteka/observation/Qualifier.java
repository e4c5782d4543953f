package org.kartoteka.observation;

/** How a published figure relates to the true number: "963", "at least 1,285", "more than 1,500", "nearly 800". */
public enum Qualifier {
    EXACT,
    AT_LEAST,
    MORE_THAN,
    NEARLY,
    ABOUT,
    AT_MOST
}
