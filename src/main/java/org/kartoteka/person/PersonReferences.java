package org.kartoteka.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.Visibility;
import org.kartoteka.security.Caller;

/**
 * How facts of a person (cases, detentions, recognitions and, through their case, charges and
 * trials) see their person: a fact inherits the person's visibility, and a fact may only name a
 * person the caller may see. A person the caller may not see is answered exactly like a missing one.
 */
@ApplicationScoped
public class PersonReferences {

    /** HQL condition over a fact with a {@code personId}, alias {@code e}: its person is visible. */
    public static final String VISIBLE_PERSON =
            "e.personId in (select vp.id from Person vp where vp.visibility in :visible)";

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    /**
     * The person a fact names, checked for the field {@code field}.
     *
     * @throws ProblemException 422 "no person has the id …" when it is missing or hidden from the caller;
     *     403 when the caller may see the person but not write their facts (a researcher and a
     *     CONFIDENTIAL person)
     */
    public Person require(String field, UUID personId) {
        Person person = Person.findById(personId);
        if (person == null || !caller.maySee(person.visibility)) {
            throw ProblemException.invalid(field, "no person has the id " + personId);
        }
        caller.requireMayWrite(person.visibility);
        return person;
    }

    /** Throws a 403 problem unless the caller may write facts of the person with this id. */
    public void requireMayWrite(UUID personId) {
        Person person = Person.findById(personId);
        if (person != null) {
            caller.requireMayWrite(person.visibility);
        }
    }

    /** True when the caller may see the person with this id (false when there is none). */
    public boolean visible(UUID personId) {
        Person person = Person.findById(personId);
        return person != null && caller.maySee(person.visibility);
    }

    /**
     * True when the caller may see the person with this id by their visibility today, which is what
     * decides about a record as it stood at an earlier instant; a person deleted (or merged) since
     * by the visibility they had last.
     */
    public boolean visibleToday(UUID personId) {
        Person person = Person.findById(personId);
        if (person != null) {
            return caller.maySee(person.visibility);
        }
        List<?> last = em.createNativeQuery("select coalesce(a.after, a.before) ->> 'visibility' from audit_event a"
                + " where a.entity = 'person' and a.entity_id = ?1 and a.action <> 'MERGE' order by a.id desc limit 1")
                .setParameter(1, personId).getResultList();
        return !last.isEmpty() && last.get(0) != null && caller.maySee(Visibility.valueOf((String) last.get(0)));
    }

    public java.util.Set<org.kartoteka.common.Visibility> visibilities() {
        return caller.visiblePersons();
    }
}
