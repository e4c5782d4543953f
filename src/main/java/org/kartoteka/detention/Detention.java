package org.kartoteka.detention;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kartoteka.common.Citation;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.RecordEntity;

/** One period of deprivation of liberty of one person; no end means it is ongoing as far as the records know. */
@Entity
@Table(name = "detention")
public class Detention extends RecordEntity {

    public UUID personId;

    /** The case the detention belongs to, if any; always a case of the same person. */
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public DetentionKind kind;

    public PartialDate startedOn;

    @Column(insertable = false, updatable = false)
    public LocalDate startedEarliest;

    @Column(insertable = false, updatable = false)
    public LocalDate startedLatest;

    public PartialDate endedOn;

    /** Ended, or may have ended, at a date the sources do not give; never with {@link #endedOn}. */
    public boolean endUnknown;

    @Column(insertable = false, updatable = false)
    public LocalDate endedEarliest;

    @Column(insertable = false, updatable = false)
    public LocalDate endedLatest;

    @Enumerated(EnumType.STRING)
    public EndReason endReason;

    public String facility;

    public String region;

    @ElementCollection
    @CollectionTable(name = "detention_citation", joinColumns = @JoinColumn(name = "detention_id"))
    @OrderColumn(name = "position")
    public List<Citation> citations = new ArrayList<>();
}
