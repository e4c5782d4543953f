package org.kartoteka.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Visibility;
import org.kartoteka.person.Gender;

/**
 * Reads {@link PersonProfile}s in bulk: one statement per kind of fact, for a list of persons (a
 * person's candidates) or for every person of some visibilities (the scan of the register).
 */
@ApplicationScoped
class ProfileLoader {

    private static final String BY_IDS = "select id from person where id = any(cast(string_to_array(?1, ',') as uuid[]))";
    private static final String BY_VISIBILITY = "select id from person where visibility = any(string_to_array(?1, ','))";

    @Inject
    EntityManager em;

    Map<UUID, PersonProfile> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return load(BY_IDS, ids.stream().map(UUID::toString).collect(Collectors.joining(",")), true);
    }

    /**
     * The persons' names, gender, birth date and region only, in two statements: enough to rank a
     * pool by what decides most of a score, before the few best are read in full ({@link #byIds}).
     */
    Map<UUID, PersonProfile> namesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return load(BY_IDS, ids.stream().map(UUID::toString).collect(Collectors.joining(",")), false);
    }

    Map<UUID, PersonProfile> visible(Set<Visibility> visible) {
        return load(BY_VISIBILITY, visible.stream().map(Enum::name).collect(Collectors.joining(",")), true);
    }

    private Map<UUID, PersonProfile> load(String chosen, String parameter, boolean full) {
        Map<UUID, Builder> builders = new LinkedHashMap<>();
        for (Object[] row : rows(chosen, parameter, "select p.id, p.visibility, p.display_name, p.gender, p.birth_date,"
                + " p.region from person p join chosen c on c.id = p.id order by p.id")) {
            builders.put((UUID) row[0], new Builder(row));
        }
        for (Object[] row : rows(chosen, parameter, "select n.person_id, n.value from person_name n"
                + " join chosen c on c.id = n.person_id order by n.person_id, n.position")) {
            builders.get((UUID) row[0]).names.add((String) row[1]);
        }
        if (!full) {
            return build(builders);
        }
        for (Object[] row : rows(chosen, parameter, "select x.person_id, x.scheme, x.value from person_external_id x"
                + " join chosen c on c.id = x.person_id")) {
            builders.get((UUID) row[0]).externalIds.putIfAbsent((String) row[1], (String) row[2]);
        }
        for (Object[] row : rows(chosen, parameter, "select f.person_id, lower(trim(f.reference)),"
                + " lower(trim(f.group_name)) from case_file f join chosen c on c.id = f.person_id")) {
            Builder b = builders.get((UUID) row[0]);
            addIfPresent(b.caseReferences, (String) row[1]);
            addIfPresent(b.groupNames, (String) row[2]);
        }
        for (Object[] row : rows(chosen, parameter, """
                select d.person_id, d.id, d.facility, d.started_latest, d.ended_earliest
                from detention d join chosen c on c.id = d.person_id
                where not d.end_unknown and (d.ended_on is null or d.started_latest < d.ended_earliest)""")) {
            builders.get((UUID) row[0]).detentions.add(new PersonProfile.DetentionSpan((UUID) row[1],
                    (String) row[2], date(row[3]), date(row[4])));
        }
        for (Object[] row : rows(chosen, parameter, """
                select x.person_id, x.source_id from person_citation x join chosen c on c.id = x.person_id
                union select f.person_id, x.source_id from case_file f join chosen c on c.id = f.person_id
                    join case_file_citation x on x.case_file_id = f.id
                union select d.person_id, x.source_id from detention d join chosen c on c.id = d.person_id
                    join detention_citation x on x.detention_id = d.id
                union select r.person_id, x.source_id from recognition r join chosen c on c.id = r.person_id
                    join recognition_citation x on x.recognition_id = r.id""")) {
            builders.get((UUID) row[0]).sources.add((UUID) row[1]);
        }
        return build(builders);
    }

    private static Map<UUID, PersonProfile> build(Map<UUID, Builder> builders) {
        return builders.values().parallelStream().map(Builder::build)
                .collect(Collectors.toMap(PersonProfile::id, Function.identity(), (x, y) -> x, LinkedHashMap::new));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String chosen, String parameter, String select) {
        return em.createNativeQuery("with chosen as (" + chosen + ") " + select, Object[].class)
                .setParameter(1, parameter).getResultList();
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isEmpty()) {
            set.add(value);
        }
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static final class Builder {
        final UUID id;
        final Visibility visibility;
        final String displayName;
        final Gender gender;
        final PartialDate birthDate;
        final String region;
        final List<String> names = new ArrayList<>();
        final Map<String, String> externalIds = new HashMap<>();
        final Set<String> caseReferences = new HashSet<>();
        final Set<String> groupNames = new HashSet<>();
        final Set<UUID> sources = new HashSet<>();
        final List<PersonProfile.DetentionSpan> detentions = new ArrayList<>();

        Builder(Object[] row) {
            id = (UUID) row[0];
            visibility = Visibility.valueOf((String) row[1]);
            displayName = (String) row[2];
            gender = Gender.valueOf((String) row[3]);
            birthDate = PartialDate.parse((String) row[4]);
            region = (String) row[5];
        }

        PersonProfile build() {
            return new PersonProfile(id, visibility, displayName, PersonProfile.spell(names), gender, birthDate, region,
                    externalIds, caseReferences, groupNames, sources, detentions);
        }
    }
}
