package org.kartoteka.importing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kartoteka.casefile.CaseFile;
import org.kartoteka.casefile.CaseStatus;
import org.kartoteka.casefile.Charge;
import org.kartoteka.casefile.ChargeOutcome;
import org.kartoteka.casefile.Trial;
import org.kartoteka.casefile.Verdict;
import org.kartoteka.common.Citation;
import org.kartoteka.common.PartialDate;
import org.kartoteka.detention.Detention;
import org.kartoteka.detention.DetentionPeriod;
import org.kartoteka.legalarticle.LegalArticle;
import org.kartoteka.person.ExternalId;
import org.kartoteka.person.Gender;
import org.kartoteka.person.Person;
import org.kartoteka.person.PersonInput;
import org.kartoteka.person.PersonName;
import org.kartoteka.recognition.Recognition;
import org.kartoteka.security.Role;
import org.kartoteka.common.Visibility;

/**
 * Writes the records of one row (or, in a dry run, builds them without flushing): a new person
 * with everything the row says, or, for a person an earlier import created, only the changes
 * its cells make to the records that import wrote (docs/import.md, "Re-importing").
 */
final class RowWriter {

    private final EntityManager em;
    private final NewRecords records;
    private final JobContext job;
    private final ExistingRecords existing;
    private final ChunkLinks links;

    RowWriter(EntityManager em, NewRecords records, JobContext job, ExistingRecords existing, ChunkLinks links) {
        this.em = em;
        this.records = records;
        this.job = job;
        this.existing = existing;
        this.links = links;
    }

    RowResult write(RowPlan plan, RowSources sources) {
        Person person = existing.personsByExternalId.get(plan.externalId());
        if (person == null) {
            return create(plan, sources);
        }
        return update(plan, person, sources);
    }

    private RowResult create(RowPlan plan, RowSources sources) {
        Map<String, Object> ids = new LinkedHashMap<>();
        Person person = new Person();
        List<PersonInput.NameInput> names = RowRecords.names(plan);
        names.forEach(n -> person.names.add(new PersonName(n.value(), n.lang(), n.script(), n.kind())));
        person.displayName = names.get(0).value();
        person.gender = plan.gender == null ? Gender.UNKNOWN : plan.gender;
        person.birthDate = plan.birthDate;
        person.region = plan.region;
        person.occupation = plan.occupation;
        person.description = plan.description;
        person.tags.addAll(plan.tags);
        person.externalIds.add(new ExternalId(plan.scheme, plan.externalValue));
        person.visibility = RowRecords.visibility(plan, job.options);
        person.citations.addAll(sources.citations());
        records.add(person);
        links.indexNew(person);
        ids.put("person", person.id);
        CaseFile caseFile = plan.hasCase() ? newCase(plan, person.id, sources, ids) : null;
        for (DetentionFacts period : DetentionFacts.of(plan)) {
            Detention detention = newDetention(period, person.id, caseFile, sources);
            detentionIds(ids).add(detention.id);
            links.link(person.id, period.role(), detention.id);
        }
        if (plan.recognizedOn != null) {
            Recognition recognition = newRecognition(plan, person.id, sources);
            ids.put("recognition", recognition.id);
        }
        return new RowResult(plan.row, plan.externalId(), RowOutcome.CREATED, List.of(), List.copyOf(plan.warnings), ids,
                List.of());
    }

    private RowResult update(RowPlan plan, Person person, RowSources sources) {
        if (job.role == Role.RESEARCHER && person.visibility == Visibility.CONFIDENTIAL) {
            plan.error(null, "the person with id " + plan.externalId() + " is CONFIDENTIAL: the researcher role may not"
                    + " change them; ask an editor to import this row");
            return RowResult.rejected(plan);
        }
        List<DetentionFacts> periods = DetentionFacts.of(plan);
        String overlap = overlap(person.id, periods, plan.status);
        if (overlap != null) {
            plan.error(Column.DETAINED_ON, overlap);
            return RowResult.rejected(plan);
        }
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("person", person.id);
        Changes changes = new Changes();
        PersonChanges.apply(plan, person, job.options, changes);
        cite(person.citations, changes.any(), sources);
        CaseFile caseFile = updateCase(plan, person.id, sources, ids, changes);
        for (DetentionFacts period : periods) {
            updateDetention(plan, period, person.id, caseFile, sources, ids, changes);
        }
        updateRecognition(plan, person.id, sources, ids, changes);
        RowOutcome outcome = changes.any() ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
        if (changes.fields.contains("person.names")) {
            links.reindex(person);
        }
        return new RowResult(plan.row, plan.externalId(), outcome, List.of(), List.copyOf(plan.warnings), ids,
                List.copyOf(changes.fields));
    }

    private CaseFile newCase(RowPlan plan, UUID personId, RowSources sources, Map<String, Object> ids) {
        CaseFile caseFile = new CaseFile();
        caseFile.personId = personId;
        caseFile.reference = plan.caseReference;
        caseFile.groupName = plan.groupName;
        caseFile.status = RowRecords.caseStatus(plan);
        caseFile.citations.addAll(sources.citations());
        records.add(caseFile);
        links.link(personId, "CASE", caseFile.id);
        ids.put("case", caseFile.id);
        for (ArticleMention mention : plan.articles) {
            chargeIds(ids).add(newCharge(plan, mention, caseFile.id, sources).id);
        }
        if (plan.hasTrial()) {
            Trial trial = new Trial();
            trial.caseId = caseFile.id;
            TrialChanges.apply(plan, trial, new Changes());
            trial.citations.addAll(sources.citations());
            records.add(trial);
            links.link(personId, "TRIAL", trial.id);
            ids.put("trial", trial.id);
        }
        return caseFile;
    }

    private Charge newCharge(RowPlan plan, ArticleMention mention, UUID caseId, RowSources sources) {
        Charge charge = new Charge();
        charge.caseId = caseId;
        charge.article = article(mention);
        charge.part = mention.part();
        charge.modifier = mention.modifier();
        charge.outcome = RowRecords.chargeOutcome(plan);
        charge.citations.addAll(sources.citations());
        records.add(charge);
        return charge;
    }

    /** The catalogue entry of a mention; an article known only by its parts gets its whole-article entry now. */
    private LegalArticle article(ArticleMention mention) {
        ArticleCatalogue.Match match = job.catalogue.match(mention);
        if (match.entry() != null) {
            return em.getReference(LegalArticle.class, match.entry().id);
        }
        LegalArticle whole = LegalArticle.wholeArticle(mention.code(), mention.number());
        records.add(whole);
        job.catalogue.add(whole);
        return whole;
    }

    private Detention newDetention(DetentionFacts period, UUID personId, CaseFile caseFile, RowSources sources) {
        Detention detention = new Detention();
        detention.personId = personId;
        detention.caseId = caseFile == null ? null : caseFile.id;
        detention.kind = period.kind();
        detention.startedOn = period.startedOn();
        detention.endedOn = period.endedOn();
        detention.endUnknown = period.endUnknown();
        detention.facility = period.facility();
        detention.citations.addAll(sources.citations());
        records.add(detention);
        return detention;
    }

    private Recognition newRecognition(RowPlan plan, UUID personId, RowSources sources) {
        Recognition recognition = new Recognition();
        recognition.personId = personId;
        recognition.recognizedBy = job.options.recognizedBy();
        recognition.recognizedOn = plan.recognizedOn;
        recognition.citations.addAll(sources.recognitionCitations());
        records.add(recognition);
        links.link(personId, "RECOGNITION", recognition.id);
        return recognition;
    }

    private CaseFile updateCase(RowPlan plan, UUID personId, RowSources sources, Map<String, Object> ids,
            Changes changes) {
        CaseFile caseFile = existing.cases.get(existing.link(personId, "CASE"));
        if (caseFile == null) {
            if (!plan.hasCase()) {
                return null;
            }
            changes.add("case");
            return newCase(plan, personId, sources, ids);
        }
        ids.put("case", caseFile.id);
        int before = changes.size();
        changes.set("case.reference", caseFile.reference, plan.caseReference, v -> caseFile.reference = v);
        changes.set("case.groupName", caseFile.groupName, plan.groupName, v -> caseFile.groupName = v);
        CaseStatus status = RowRecords.caseStatus(plan);
        if (plan.hasCase() && status.ordinal() > caseFile.status.ordinal() && caseFile.status.ordinal() <= CaseStatus.SENTENCED.ordinal()) {
            changes.set("case.status", caseFile.status, status, v -> caseFile.status = v);
        }
        cite(caseFile.citations, changes.size() > before, sources);
        updateCharges(plan, caseFile, sources, ids, changes);
        updateTrial(plan, personId, caseFile, sources, ids, changes);
        return caseFile;
    }

    private void updateCharges(RowPlan plan, CaseFile caseFile, RowSources sources, Map<String, Object> ids,
            Changes changes) {
        List<Charge> stored = existing.chargesByCase.getOrDefault(caseFile.id, List.of());
        ChargeOutcome outcome = RowRecords.chargeOutcome(plan);
        for (ArticleMention mention : plan.articles) {
            ArticleCatalogue.Match match = job.catalogue.match(mention);
            Charge charge = stored.stream().filter(c -> c.article.number.equals(mention.number())
                    && c.article.code.equals(mention.code()) && java.util.Objects.equals(c.part != null ? c.part
                    : c.article.part, mention.part()) && c.modifier == mention.modifier()).findFirst().orElse(null);
            if (charge == null) {
                charge = newCharge(plan, mention, caseFile.id, sources);
                changes.add("charges");
            } else if (outcome == ChargeOutcome.CONVICTED && charge.outcome == ChargeOutcome.PENDING) {
                charge.outcome = outcome;
                changes.add("charge." + mention.number() + ".outcome");
                cite(charge.citations, true, sources);
            }
            chargeIds(ids).add(charge.id);
        }
    }

    private void updateTrial(RowPlan plan, UUID personId, CaseFile caseFile, RowSources sources,
            Map<String, Object> ids, Changes changes) {
        Trial trial = existing.trials.get(existing.link(personId, "TRIAL"));
        if (trial == null) {
            if (!plan.hasTrial()) {
                return;
            }
            trial = new Trial();
            trial.caseId = caseFile.id;
            TrialChanges.apply(plan, trial, new Changes());
            trial.citations.addAll(sources.citations());
            records.add(trial);
            links.link(personId, "TRIAL", trial.id);
            changes.add("trial");
        } else {
            Changes trialChanges = new Changes();
            TrialChanges.apply(plan, trial, trialChanges);
            trialChanges.fields.forEach(f -> changes.add("trial." + f));
            cite(trial.citations, trialChanges.any(), sources);
        }
        ids.put("trial", trial.id);
    }

    private void updateDetention(RowPlan plan, DetentionFacts period, UUID personId, CaseFile caseFile, RowSources sources,
            Map<String, Object> ids, Changes changes) {
        Detention detention = stored(personId, period.role());
        if (detention == null) {
            detention = newDetention(period, personId, caseFile, sources);
            links.link(personId, period.role(), detention.id);
            changes.add("detentions");
        } else {
            Detention d = detention;
            String prefix = "detention." + period.role() + ".";
            int before = changes.size();
            changes.set(prefix + "kind", d.kind, period.kind(), v -> d.kind = v);
            changes.set(prefix + "startedOn", d.startedOn, period.startedOn(), v -> d.startedOn = v);
            if (changes.set(prefix + "endedOn", d.endedOn, period.endedOn(), v -> d.endedOn = v)) {
                d.endUnknown = false;
            }
            if (period.endUnknown() && plan.status == HeldStatus.FORMER && d.endedOn == null && !d.endUnknown) {
                changes.set(prefix + "endUnknown", false, true, v -> d.endUnknown = v);
            }
            changes.set(prefix + "facility", d.facility, period.facility(), v -> d.facility = v);
            if (caseFile != null) {
                changes.set(prefix + "caseId", d.caseId, caseFile.id, v -> d.caseId = v);
            }
            cite(d.citations, changes.size() > before, sources);
        }
        detentionIds(ids).add(detention.id);
    }

    private void updateRecognition(RowPlan plan, UUID personId, RowSources sources, Map<String, Object> ids,
            Changes changes) {
        Recognition recognition = existing.recognitions.get(existing.link(personId, "RECOGNITION"));
        if (recognition == null) {
            if (plan.recognizedOn != null) {
                ids.put("recognition", newRecognition(plan, personId, sources).id);
                changes.add("recognition");
            }
            return;
        }
        Recognition r = recognition;
        boolean changed = changes.set("recognition.recognizedOn", r.recognizedOn, plan.recognizedOn,
                v -> r.recognizedOn = v);
        cite(r.citations, changed, sources);
        ids.put("recognition", r.id);
    }

    private Detention stored(UUID personId, String role) {
        UUID id = existing.link(personId, role);
        return id == null ? null : existing.detentions(personId).stream().filter(d -> d.id.equals(id)).findFirst()
                .orElse(null);
    }

    /**
     * Whether the row's periods, merged with what is stored, would certainly share a day with
     * another detention of the person (one the API wrote, say): the message, or null.
     */
    private String overlap(UUID personId, List<DetentionFacts> periods, HeldStatus status) {
        List<UUID> own = new ArrayList<>();
        List<DetentionPeriod> merged = new ArrayList<>();
        for (DetentionFacts period : periods) {
            Detention stored = stored(personId, period.role());
            if (stored != null) {
                own.add(stored.id);
            }
            PartialDate end = period.endedOn() != null ? period.endedOn() : stored != null ? stored.endedOn : null;
            boolean endUnknown = end == null && (stored == null ? period.endUnknown()
                    : stored.endUnknown || period.endUnknown() && status == HeldStatus.FORMER);
            merged.add(new DetentionPeriod(period.startedOn(), end, endUnknown));
        }
        for (DetentionPeriod period : merged) {
            if (period.endsBeforeStart()) {
                return "the detention would run from " + period.startedOn() + " to " + period.endedOn()
                        + ", ending before it starts; correct the dates";
            }
            for (Detention other : existing.detentions(personId)) {
                if (!own.contains(other.id) && period.certainlyOverlaps(DetentionPeriod.of(other))) {
                    return "the detention " + period + " overlaps detention " + other.id + " of the same person ("
                            + DetentionPeriod.of(other) + "): a person cannot be held twice on one day; correct the"
                            + " dates here or in that record";
                }
            }
        }
        return null;
    }

    static void cite(List<Citation> citations, boolean changed, RowSources sources) {
        if (!changed) {
            return;
        }
        for (Citation citation : sources.citations()) {
            boolean present = citations.stream().anyMatch(c -> c.sourceId.equals(citation.sourceId)
                    && java.util.Objects.equals(c.locator, citation.locator));
            if (!present) {
                citations.add(citation);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> chargeIds(Map<String, Object> ids) {
        return (List<UUID>) ids.computeIfAbsent("charges", k -> new ArrayList<UUID>());
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> detentionIds(Map<String, Object> ids) {
        return (List<UUID>) ids.computeIfAbsent("detentions", k -> new ArrayList<UUID>());
    }
}
