package org.kartoteka.seed;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.kartoteka.casefile.CaseInput;
import org.kartoteka.casefile.CaseService;
import org.kartoteka.casefile.CaseStatus;
import org.kartoteka.casefile.ChargeInput;
import org.kartoteka.casefile.ChargeModifier;
import org.kartoteka.casefile.ChargeOutcome;
import org.kartoteka.casefile.ChargeService;
import org.kartoteka.casefile.SentenceInput;
import org.kartoteka.casefile.TrialInput;
import org.kartoteka.casefile.TrialService;
import org.kartoteka.casefile.Verdict;
import org.kartoteka.common.PartialDate;
import org.kartoteka.detention.DetentionInput;
import org.kartoteka.detention.DetentionKind;
import org.kartoteka.detention.DetentionService;
import org.kartoteka.detention.EndReason;
import org.kartoteka.recognition.RecognitionInput;
import org.kartoteka.recognition.RecognitionService;
import org.kartoteka.seed.FactsSeed.SeedCitation;

/**
 * The cases, charges, trials, detentions and recognitions the seed documents report
 * ({@code seed/seed-facts-case-records.json}); persons and sources are named by their keys in
 * the earlier set {@code seed-facts-sources-persons}. Each citation's note says what the source
 * leaves open; nothing the source does not say is recorded.
 */
@ApplicationScoped
public class CaseRecordsSeed implements SeedSet {

    @Inject
    CaseService cases;

    @Inject
    ChargeService charges;

    @Inject
    TrialService trials;

    @Inject
    DetentionService detentions;

    @Inject
    RecognitionService recognitions;

    @Override
    public String name() {
        return "seed-facts-case-records";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public int load(SeedLoader loader) {
        Data data = SeedLoader.read("seed-facts-case-records.json", Data.class);
        data.cases().forEach(c -> loader.remember("case:" + c.key(), cases.create(loader.valid(new CaseInput(
                loader.idOf("person:" + c.person()), c.reference(), c.groupName(), date(c.openedOn()), c.authority(),
                c.status(), FactsSeed.citations(loader, c.citations())), c.key())).id));
        data.charges().forEach(c -> loader.remember("charge:" + c.key(), charges.create(loader.valid(new ChargeInput(
                loader.idOf("case:" + c.caseKey()), c.article(), c.modifier(), date(c.chargedOn()), c.outcome(),
                FactsSeed.citations(loader, c.citations())), c.key())).id));
        data.trials().forEach(t -> loader.remember("trial:" + t.key(), trials.create(loader.valid(new TrialInput(
                loader.idOf("case:" + t.caseKey()), t.court(), t.judges(), t.prosecutors(), date(t.startedOn()),
                date(t.verdictOn()), t.verdict(), null, null, t.sentence(), date(t.appealOn()), t.appealOutcome(),
                FactsSeed.citations(loader, t.citations())), t.key())).id));
        data.detentions().forEach(d -> loader.remember("detention:" + d.key(), detentions.create(loader.valid(
                new DetentionInput(loader.idOf("person:" + d.person()),
                        d.caseKey() == null ? null : loader.idOf("case:" + d.caseKey()), d.kind(), date(d.startedOn()),
                        date(d.endedOn()), d.endUnknown(), d.endReason(), d.facility(), d.region(),
                        FactsSeed.citations(loader, d.citations())), d.key())).id));
        data.recognitions().forEach(r -> loader.remember("recognition:" + r.key(), recognitions.create(loader.valid(
                new RecognitionInput(loader.idOf("person:" + r.person()), r.recognizedBy(), date(r.recognizedOn()),
                        r.grounds(), date(r.revokedOn()), FactsSeed.citations(loader, r.citations())), r.key())).id));
        return data.cases().size() + data.charges().size() + data.trials().size() + data.detentions().size()
                + data.recognitions().size();
    }

    private static PartialDate date(String text) {
        return PartialDate.parse(text);
    }

    record Data(List<SeedCase> cases, List<SeedCharge> charges, List<SeedTrial> trials,
            List<SeedDetention> detentions, List<SeedRecognition> recognitions) {}

    record SeedCase(String key, String person, String reference, String groupName, String openedOn, String authority,
            CaseStatus status, List<SeedCitation> citations) {}

    record SeedCharge(String key, @JsonProperty("case") String caseKey,
            ChargeInput.ArticleRef article, ChargeModifier modifier, String chargedOn, ChargeOutcome outcome,
            List<SeedCitation> citations) {}

    record SeedTrial(String key, @JsonProperty("case") String caseKey, String court,
            List<String> judges, List<String> prosecutors, String startedOn, String verdictOn, Verdict verdict,
            SentenceInput sentence, String appealOn, String appealOutcome, List<SeedCitation> citations) {}

    record SeedDetention(String key, String person, @JsonProperty("case") String caseKey,
            DetentionKind kind, String startedOn, String endedOn, Boolean endUnknown, EndReason endReason, String facility, String region,
            List<SeedCitation> citations) {}

    record SeedRecognition(String key, String person, String recognizedBy, String recognizedOn, List<String> grounds,
            String revokedOn, List<SeedCitation> citations) {}
}
