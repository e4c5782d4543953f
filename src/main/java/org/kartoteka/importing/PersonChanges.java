package org.kartoteka.importing;

import java.util.List;
import org.kartoteka.person.NameKind;
import org.kartoteka.person.Person;
import org.kartoteka.person.PersonName;

/**
 * What a re-imported row changes on a stored person: each cell that gives a value differing from
 * the stored one. Names go by slot (the primary name; the be, ru and Latin spellings); tags are
 * added, never removed; visibility changes only when the row has a visibility cell.
 */
final class PersonChanges {

    private PersonChanges() {}

    static void apply(RowPlan plan, Person person, ImportOptions options, Changes changes) {
        boolean renamed = name(person, plan.name, null, null, true)
                | name(person, plan.nameBe, "be", null, false)
                | name(person, plan.nameRu, "ru", null, false)
                | name(person, plan.nameLatin, null, "Latn", false);
        if (renamed) {
            person.displayName = person.names.stream().filter(n -> n.kind == NameKind.PRIMARY).findFirst()
                    .orElse(person.names.get(0)).value;
            changes.add("person.names");
        }
        changes.set("person.gender", person.gender, plan.gender, v -> person.gender = v);
        changes.set("person.birthDate", person.birthDate, plan.birthDate, v -> person.birthDate = v);
        changes.set("person.region", person.region, plan.region, v -> person.region = v);
        changes.set("person.occupation", person.occupation, plan.occupation, v -> person.occupation = v);
        changes.set("person.description", person.description, plan.description, v -> person.description = v);
        List<String> newTags = plan.tags.stream().filter(t -> !person.tags.contains(t)).toList();
        if (!newTags.isEmpty()) {
            person.tags.addAll(newTags);
            changes.add("person.tags");
        }
        changes.set("person.visibility", person.visibility, plan.visibility, v -> person.visibility = v);
    }

    /** Sets the name of one slot; true when the stored names changed. */
    private static boolean name(Person person, String value, String lang, String script, boolean primary) {
        if (value == null) {
            return false;
        }
        PersonName slot = person.names.stream().filter(n -> primary ? n.kind == NameKind.PRIMARY
                : n.kind != NameKind.PRIMARY && (lang != null ? lang.equals(n.lang) : script.equals(n.script)))
                .findFirst().orElse(null);
        if (slot != null) {
            if (slot.value.equals(value)) {
                return false;
            }
            slot.value = value;
            return true;
        }
        if (person.names.stream().anyMatch(n -> n.value.equals(value))) {
            return false;
        }
        String scriptOf = script != null ? script : lang != null ? "Cyrl" : RowRecords.scriptOf(value);
        person.names.add(new PersonName(value, lang, scriptOf, primary ? NameKind.PRIMARY : NameKind.TRANSLITERATION));
        return true;
    }
}
