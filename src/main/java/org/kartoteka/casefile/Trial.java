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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kartoteka.common.Citation;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.RecordEntity;

/** A court proceeding of a case, its verdict, sentence and appeal. The sentence is stored flat, as sentence_*. */
@Entity
@Table(name = "trial")
public class Trial extends RecordEntity {

    public UUID caseId;

    public String court;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> judges = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> prosecutors = new ArrayList<>();

    public PartialDate startedOn;

    @Column(insertable = false, updatable = false)
    public LocalDate startedEarliest;

    @Column(insertable = false, updatable = false)
    public LocalDate startedLatest;

    public PartialDate verdictOn;

    @Column(insertable = false, updatable = false)
    public LocalDate verdictEarliest;

    @Column(insertable = false, updatable = false)
    public LocalDate verdictLatest;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public boolean closedSession;

    public boolean inAbsentia;

    @Enumerated(EnumType.STRING)
    public SentenceType sentenceType;

    public String sentenceRegime;

    public Integer sentenceTermDays;

    @Column(precision = 14, scale = 2)
    public BigDecimal sentenceFineAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String sentenceCurrency;

    public PartialDate appealOn;

    @Column(insertable = false, updatable = false)
    public LocalDate appealEarliest;

    @Column(insertable = false, updatable = false)
    public LocalDate appealLatest;

    public String appealOutcome;

    @ElementCollection
    @CollectionTable(name = "trial_citation", joinColumns = @JoinColumn(name = "trial_id"))
    @OrderColumn(name = "position")
    public List<Citation> citations = new ArrayList<>();
}
