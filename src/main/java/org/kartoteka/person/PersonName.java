package org.kartoteka.person;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One spelling of a person's name, in one language and script. */
@Embeddable
public class PersonName {

    public String value;

    /** BCP 47 language tag, e.g. {@code be}, {@code ru}, {@code en}. */
    public String lang;

    /** ISO 15924 script code, e.g. {@code Cyrl}, {@code Latn}. */
    public String script;

    @Enumerated(EnumType.STRING)
    public NameKind kind;

    public PersonName() {}

    public PersonName(String value, String lang, String script, NameKind kind) {
        this.value = value;
        this.lang = lang;
        this.script = script;
        this.kind = kind;
    }
}
