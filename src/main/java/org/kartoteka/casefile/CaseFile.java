package org.kartoteka.casefile;

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

/** One prosecution of one person, as OVD-Info counts cases; several persons may share a group name. */
@Entity
@Table(name = "case_file")
public class CaseFile extends RecordEntity {

    public UUID personId;

    /** The authorities' case number, when known. */
    public String reference;

    /** A named case several persons share, e.g. "railway partisans". */
    public String groupName;

    public PartialDate openedOn;

    @Column(insertable = false, updatable = false)
    public LocalDate openedEarliest;

    @Column(insertable = false, updatable = false)
    public LocalDate openedLatest;

    public String authority;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @ElementCollection
    @CollectionTable(name = "case_file_citation", joinColumns = @JoinColumn(name = "case_file_id"))
    @OrderColumn(name = "position")
    public List<Citation> citations = new ArrayList<>();
}
