package org.kartoteka.observation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kartoteka.common.Citation;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.RecordEntity;
import org.kartoteka.metric.Metric;

/**
 * A figure a source published for a metric: a level {@link #asOf} a date (STOCK) or a number over
 * {@link #periodStart}..{@link #periodEnd} (FLOW). Never overwritten by computed figures.
 */
@Entity
@Table(name = "observation")
public class Observation extends RecordEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "metric_id")
    public Metric metric;

    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;

    public PartialDate asOf;

    public PartialDate periodStart;

    public PartialDate periodEnd;

    /** First day the figure may speak about (asOf or periodStart, earliest bound). */
    @Column(insertable = false, updatable = false)
    public LocalDate coversEarliest;

    /** Last day the figure may speak about (asOf or periodEnd, latest bound). */
    @Column(insertable = false, updatable = false)
    public LocalDate coversLatest;

    public String scope;

    public String publisher;

    @ElementCollection
    @CollectionTable(name = "observation_citation", joinColumns = @JoinColumn(name = "observation_id"))
    @OrderColumn(name = "position")
    public List<Citation> citations = new ArrayList<>();
}
