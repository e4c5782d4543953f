package org.kartoteka.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kartoteka.common.Citation;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.RecordEntity;
import org.kartoteka.legalarticle.LegalArticle;

/** An article of a legal code that a case charges; the article is a catalogue entry, so it cannot vanish under it. */
@Entity
@Table(name = "charge")
public class Charge extends RecordEntity {

    public UUID caseId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "article_id")
    public LegalArticle article;

    /**
     * The part of the article the charge names when the catalogue entry does not say it (an entry
     * without a part stands for every part); null when the charge names none or the entry's own part.
     */
    public String part;

    @Enumerated(EnumType.STRING)
    public ChargeModifier modifier;

    public PartialDate chargedOn;

    @Column(insertable = false, updatable = false)
    public LocalDate chargedEarliest;

    @Column(insertable = false, updatable = false)
    public LocalDate chargedLatest;

    @Enumerated(EnumType.STRING)
    public ChargeOutcome outcome;

    @ElementCollection
    @CollectionTable(name = "charge_citation", joinColumns = @JoinColumn(name = "charge_id"))
    @OrderColumn(name = "position")
    public List<Citation> citations = new ArrayList<>();
}
