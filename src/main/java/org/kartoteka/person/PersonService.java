package org.kartoteka.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kartoteka.asknownon.PastEntities;
import org.kartoteka.common.ETags;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.Keyset.SortKey;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.Visibility;
import org.kartoteka.security.Caller;
import org.kartoteka.source.CitationRules;

/** Creates, reads, changes and deletes persons; every read goes through what the caller may see. */
@ApplicationScoped
public class PersonService {

    private static final List<SortKey<Person>> SORT_KEYS = List.of(
            SortKey.text("name", "e.displayName", p -> p.displayName),
            SortKey.instant("createdAt", "e.createdAt", p -> p.createdAt),
            SortKey.instant("updatedAt", "e.updatedAt", p -> p.updatedAt));

    @Inject
    Caller caller;

    @Inject
    CitationRules citationRules;

    @Inject
    NameSearch nameSearch;

    @Inject
    PersonRedirects redirects;

    @Inject
    PersonReferences references;

    @Inject
    PastEntities pastEntities;

    @Transactional
    public Person create(PersonInput input) {
        caller.requireMayWrite(visibilityOf(input));
        Person person = new Person();
        copy(input, person);
        person.persistAndFlush();
        nameSearch.index(person);
        return person;
    }

    /**
     * The person with this id, if the caller may see them; otherwise 404 exactly as if there were none.
     *
     * @throws MergedPersonException when the id is of a person merged into one the caller may see
     */
    public Person get(UUID id) {
        Person person = Person.findById(id);
        if (person == null) {
            redirects.survivorOf(id).filter(this::visible).ifPresent(survivor -> {
                throw new MergedPersonException(id, survivor);
            });
        }
        if (person == null || !caller.maySee(person.visibility)) {
            throw ProblemException.notFound("person", id);
        }
        return person;
    }

    /**
     * The person as they stood at {@code asKnownOn} (rebuilt from the audit trail), if the caller
     * may see them today; the person as they are when it is null. A person merged into another by
     * then is a {@link MergedPersonException}, as today.
     */
    public Person get(UUID id, Instant asKnownOn) {
        if (asKnownOn == null) {
            return get(id);
        }
        Optional<Person> past = pastEntities.find(Person.class, id, asKnownOn);
        if (past.isEmpty()) {
            redirects.survivorAt(id, asKnownOn).filter(references::visibleToday).ifPresent(survivor -> {
                throw new MergedPersonException(id, survivor);
            });
        }
        return past.filter(person -> references.visibleToday(id))
                .orElseThrow(() -> ProblemException.notFound("person", id));
    }

    private boolean visible(UUID id) {
        Person person = Person.findById(id);
        return person != null && caller.maySee(person.visibility);
    }

    public Page<Person> list(PersonFilter filter, PageRequest page) {
        if (filter.q != null && !filter.q.isBlank()) {
            return nameSearch.page(filter.q.strip(), caller.visiblePersons(), () -> filtered(filter), page);
        }
        return filtered(filter).page(Person.getEntityManager(), page);
    }

    private Keyset<Person> filtered(PersonFilter filter) {
        Keyset<Person> query = new Keyset<>(Person.class, "name", SORT_KEYS);
        query.where("e.visibility in :visible", "visible", caller.visiblePersons());
        filter.applyTo(query);
        return query;
    }

    @Transactional
    public Person update(UUID id, String ifMatch, PersonInput input) {
        Person person = get(id);
        ETags.requireMatch(ifMatch, person.version);
        caller.requireMayWrite(person.visibility);
        caller.requireMayWrite(visibilityOf(input));
        copy(input, person);
        person.flush();
        nameSearch.index(person);
        return person;
    }

    @Transactional
    public void delete(UUID id) {
        Person person = get(id);
        person.delete();
        person.flush();
    }

    private void copy(PersonInput input, Person person) {
        PersonRules.requireConsistent(input);
        person.citations.clear();
        person.citations.addAll(citationRules.require(input.citations()));
        person.names.clear();
        person.names.addAll(names(input.names()));
        person.displayName = displayName(person.names);
        person.gender = input.gender() == null ? Gender.UNKNOWN : input.gender();
        person.birthDate = input.birthDate();
        person.diedOn = input.diedOn();
        person.region = blankToNull(input.region());
        person.occupation = blankToNull(input.occupation());
        person.tags.clear();
        if (input.tags() != null) {
            input.tags().stream().map(String::strip).distinct().forEach(person.tags::add);
        }
        person.description = input.description();
        person.externalIds.clear();
        if (input.externalIds() != null) {
            input.externalIds().forEach(x -> person.externalIds.add(new ExternalId(x.scheme(), x.value().strip())));
        }
        person.visibility = visibilityOf(input);
    }

    /** New persons are RESTRICTED unless the input says otherwise: publishing a name is a decision. */
    private static Visibility visibilityOf(PersonInput input) {
        return input.visibility() == null ? Visibility.RESTRICTED : input.visibility();
    }

    private static List<PersonName> names(List<PersonInput.NameInput> inputs) {
        List<PersonName> names = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PersonInput.NameInput n = inputs.get(i);
            NameKind kind = n.kind() != null ? n.kind() : i == 0 ? NameKind.PRIMARY : NameKind.TRANSLITERATION;
            names.add(new PersonName(n.value().strip(), n.lang(), n.script(), kind));
        }
        return names;
    }

    private static String displayName(List<PersonName> names) {
        return names.stream().filter(n -> n.kind == NameKind.PRIMARY).findFirst().orElse(names.get(0)).value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
