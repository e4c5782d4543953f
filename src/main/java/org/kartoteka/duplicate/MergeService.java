package org.kartoteka.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kartoteka.common.Citation;
import org.kartoteka.common.ETags;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Problem;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.ProblemType;
import org.kartoteka.common.Visibility;
import org.kartoteka.person.ExternalId;
import org.kartoteka.person.Gender;
import org.kartoteka.person.NameKind;
import org.kartoteka.person.NameSearch;
import org.kartoteka.person.Person;
import org.kartoteka.person.PersonName;
import org.kartoteka.person.PersonRedirects;
import org.kartoteka.person.PersonService;
import org.kartoteka.security.Caller;

/**
 * {@code POST /persons/{id}/merge} and {@code /distinct} (docs/duplicates.md, "Merge"). A merge
 * moves every fact of the absorbed person to the survivor, unites names, external ids, citations
 * and tags, deletes the absorbed person and leaves a redirect ({@code person_merge}) whose insert
 * writes the MERGE audit event. All in one transaction: a conflict changes nothing.
 */
@ApplicationScoped
public class MergeService {

    /** Every column that references person(id) without cascading, with whether its table has a version. */
    private static final String REFERENCES_SQL = """
            select c.conrelid::regclass::text, quote_ident(a.attname),
                   exists (select 1 from pg_attribute v where v.attrelid = c.conrelid and v.attname = 'version'
                           and not v.attisdropped)
            from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            where c.contype = 'f' and c.confrelid = 'person'::regclass and c.confdeltype <> 'c'
              and cardinality(c.conkey) = 1
            order by 1, 2""";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PersonService persons;

    @Inject
    PersonRedirects redirects;

    @Inject
    NameSearch nameSearch;

    @Inject
    MergeConflicts conflicts;

    @Inject
    DistinctPairs distinct;

    /** Merges {@code request.from} into the person {@code survivorId}; returns the survivor as it is now. */
    @Transactional
    public Person merge(UUID survivorId, String ifMatch, MergeRequest request) {
        Person survivor = persons.get(survivorId);
        ETags.requireMatch(ifMatch, survivor.version);
        Person absorbed = other(survivor, request.from());
        lockInIdOrder(survivor, absorbed);
        List<Problem.FieldError> found = conflicts.between(survivor, absorbed);
        if (!found.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Merging " + absorbed.id + " into " + survivor.id
                    + " would break " + found.size() + " rule(s); nothing was changed. See errors.", found);
        }
        UUID absorbedId = absorbed.id;
        em.createNativeQuery("update person_merge set survivor_id = ?1 where survivor_id = ?2")
                .setParameter(1, survivor.id).setParameter(2, absorbedId).executeUpdate();
        distinct.moveTo(survivor.id, absorbedId);
        moveFacts(survivor.id, absorbedId);
        Absorbed copy = Absorbed.of(absorbed);
        absorbed.delete();
        em.flush();
        unite(survivor, copy);
        em.flush();
        nameSearch.index(survivor);
        em.createNativeQuery("insert into person_merge (absorbed_id, survivor_id, note) values (?1, ?2, ?3)")
                .setParameter(1, absorbedId).setParameter(2, survivor.id).setParameter(3, request.note()).executeUpdate();
        return survivor;
    }

    /** Records that the two persons are different people; the first of them is returned. */
    @Transactional
    public Person distinct(UUID personId, MergeRequest request) {
        Person person = persons.get(personId);
        Person other = other(person, request.from());
        distinct.record(person.id, other.id, request.note());
        return person;
    }

    /** The other person of a decision: 422 naming {@code from} when it is no one the caller may see. */
    private Person other(Person person, String from) {
        UUID id;
        try {
            id = UUID.fromString(from.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("from", "'" + from + "' is not an id; ids are UUIDs");
        }
        if (id.equals(person.id)) {
            throw ProblemException.invalid("from", "is the person itself; name the other person");
        }
        Person other = Person.findById(id);
        if (other == null || !caller.maySee(other.visibility)) {
            String merged = redirects.survivorOf(id).map(s -> "was merged into " + s + " already").orElse(null);
            throw ProblemException.invalid("from", merged != null && other == null ? merged : "no person has the id " + id);
        }
        caller.requireMayWrite(other.visibility);
        return other;
    }

    private void lockInIdOrder(Person a, Person b) {
        boolean aFirst = a.id.toString().compareTo(b.id.toString()) < 0;
        em.lock(aFirst ? a : b, LockModeType.PESSIMISTIC_WRITE);
        em.lock(aFirst ? b : a, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every row that names the absorbed person (cases, detentions, recognitions, and tables added later) now names the survivor. */
    private void moveFacts(UUID survivor, UUID absorbed) {
        @SuppressWarnings("unchecked")
        List<Object[]> references = em.createNativeQuery(REFERENCES_SQL, Object[].class).getResultList();
        for (Object[] ref : references) {
            String bump = Boolean.TRUE.equals(ref[2]) ? ", version = version + 1, updated_at = now()" : "";
            em.createNativeQuery("update " + ref[0] + " set " + ref[1] + " = ?1" + bump + " where " + ref[1] + " = ?2")
                    .setParameter(1, survivor).setParameter(2, absorbed).executeUpdate();
        }
    }

    /** What the survivor takes from the absorbed person, copied before the absorbed person is deleted. */
    private record Absorbed(List<PersonName> names, List<ExternalId> externalIds, List<Citation> citations,
            List<String> tags, Gender gender, PartialDate birthDate, PartialDate diedOn, String region,
            String occupation, String description, Visibility visibility) {

        static Absorbed of(Person p) {
            return new Absorbed(
                    p.names.stream().map(n -> new PersonName(n.value, n.lang, n.script,
                            n.kind == NameKind.PRIMARY ? NameKind.TRANSLITERATION : n.kind)).toList(),
                    p.externalIds.stream().map(x -> new ExternalId(x.scheme, x.value)).toList(),
                    p.citations.stream().map(c -> new Citation(c.sourceId, c.locator, c.quote, c.note)).toList(),
                    List.copyOf(p.tags), p.gender, p.birthDate, p.diedOn, p.region, p.occupation, p.description,
                    p.visibility);
        }
    }

    private static void unite(Person survivor, Absorbed from) {
        for (PersonName name : from.names()) {
            if (survivor.names.stream().noneMatch(n -> n.value.equals(name.value))) {
                survivor.names.add(name);
            }
        }
        for (ExternalId id : from.externalIds()) {
            if (survivor.externalIds.stream().noneMatch(x -> x.scheme.equals(id.scheme) && x.value.equals(id.value))) {
                survivor.externalIds.add(id);
            }
        }
        for (Citation c : from.citations()) {
            if (survivor.citations.stream().noneMatch(s -> sameCitation(s, c))) {
                survivor.citations.add(c);
            }
        }
        from.tags().stream().filter(t -> !survivor.tags.contains(t)).forEach(survivor.tags::add);
        if (survivor.gender == null || survivor.gender == Gender.UNKNOWN) {
            survivor.gender = from.gender();
        }
        survivor.birthDate = moreExact(survivor.birthDate, from.birthDate());
        survivor.diedOn = moreExact(survivor.diedOn, from.diedOn());
        survivor.region = survivor.region != null ? survivor.region : from.region();
        survivor.occupation = survivor.occupation != null ? survivor.occupation : from.occupation();
        survivor.description = survivor.description != null ? survivor.description : from.description();
        if (from.visibility().ordinal() > survivor.visibility.ordinal()) {
            survivor.visibility = from.visibility();
        }
    }

    /** The survivor's date, unless it has none or the other is a more exact reading of the same date. */
    static PartialDate moreExact(PartialDate mine, PartialDate theirs) {
        if (mine == null) {
            return theirs;
        }
        boolean within = theirs != null && !theirs.earliest().isBefore(mine.earliest()) && !theirs.latest().isAfter(mine.latest());
        return within && theirs.precision().compareTo(mine.precision()) > 0 ? theirs : mine;
    }

    private static boolean sameCitation(Citation a, Citation b) {
        return a.sourceId.equals(b.sourceId) && Objects.equals(a.locator, b.locator)
                && Objects.equals(a.quote, b.quote) && Objects.equals(a.note, b.note);
    }
}
