package org.kartoteka.casefile;

/** How the charged act relates to the article: committed, prepared, attempted or abetted. */
public enum ChargeModifier {
    NONE, PREPARATION, ATTEMPT, COMPLICITY
}
