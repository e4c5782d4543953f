package org.kartoteka.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.Visibility;
import org.kartoteka.person.Gender;
import org.kartoteka.person.PersonInput;
import org.kartoteka.person.PersonService;
import org.kartoteka.source.Reliability;
import org.kartoteka.source.SourceInput;
import org.kartoteka.source.SourceKind;
import org.kartoteka.source.SourceService;

/** The five seed documents and the persons they name ({@code shared/data/seed-facts.md}). */
@ApplicationScoped
public class FactsSeed implements SeedSet {

    @Inject
    SourceService sources;

    @Inject
    PersonService persons;

    @Override
    public String name() {
        return "seed-facts-sources-persons";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public int load(SeedLoader loader) {
        Data data = SeedLoader.read("seed-facts.json", Data.class);
        for (SeedSource s : data.sources()) {
            SourceInput input = new SourceInput(s.title(), s.publisher(), s.kind(), null, null,
                    PartialDate.parse(s.publishedOn()), s.language(), s.reliability(), s.notes(), s.visibility());
            loader.remember("source:" + s.key(), sources.create(loader.valid(input, s.key())).id);
        }
        for (SeedPerson p : data.persons()) {
            PersonInput input = new PersonInput(p.names(), p.gender(), null, null, p.region(), p.occupation(),
                    p.tags(), p.description(), List.of(), p.visibility(), citations(loader, p.citations()));
            loader.remember("person:" + p.key(), persons.create(loader.valid(input, p.key())).id);
        }
        return data.sources().size() + data.persons().size();
    }

    /** Seed citations name their source by key ({@code S1}); this resolves the keys to ids. */
    static List<CitationInput> citations(SeedLoader loader, List<SeedCitation> citations) {
        return citations.stream()
                .map(c -> new CitationInput(loader.idOf("source:" + c.source()), c.locator(), c.quote(), c.note()))
                .toList();
    }

    record Data(List<SeedSource> sources, List<SeedPerson> persons) {}

    record SeedSource(String key, String title, String publisher, SourceKind kind, String publishedOn,
            String language, Reliability reliability, Visibility visibility, String notes) {}

    record SeedPerson(String key, List<PersonInput.NameInput> names, Gender gender, String region,
            String occupation, List<String> tags, String description, Visibility visibility,
            List<SeedCitation> citations) {}

    /** A citation in the seed files: the source by its key. */
    public record SeedCitation(String source, String locator, String quote, String note) {}
}
