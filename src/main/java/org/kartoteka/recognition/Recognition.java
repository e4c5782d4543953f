package org.kartoteka.recognition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kartoteka.common.Citation;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.RecordEntity;

/** A person declared a political prisoner by an organisation; a revoked recognition no longer holds. */
@Entity
@Table(name = "recognition")
public class Recognition extends RecordEntity {

    public UUID personId;

    /** The organisation, e.g. Viasna. */
    public String recognizedBy;

    public PartialDate recognizedOn;

    @Column(insertable = false, updatable = false)
    public LocalDate recognizedEarliest;

    @Column(insertable = false, updatable = false)
    public LocalDate recognizedLatest;

    /** Free text, e.g. the criteria of PACE Resolution 1900 (2012) the organisation applied. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> grounds = new ArrayList<>();

    public PartialDate revokedOn;

    @Column(insertable = false, updatable = false)
    public LocalDate revokedEarliest;

    @Column(insertable = false, updatable = false)
    public LocalDate revokedLatest;

    @ElementCollection
    @CollectionTable(name = "recognition_citation", joinColumns = @JoinColumn(name = "recognition_id"))
    @OrderColumn(name = "position")
    public List<Citation> citations = new ArrayList<>();
}
