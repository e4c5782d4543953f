package org.kartoteka.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.RecordEntity;
import org.kartoteka.common.Visibility;

/** A document facts come from: a report, an article, a court record, an interview. */
@Entity
@Table(name = "source")
public class Source extends RecordEntity {

    public String title;

    public String publisher;

    @Enumerated(EnumType.STRING)
    public SourceKind kind;

    public String url;

    @Column(name = "archive_url")
    public String archiveUrl;

    @Column(name = "published_on")
    public PartialDate publishedOn;

    @Column(name = "published_earliest", insertable = false, updatable = false)
    public LocalDate publishedEarliest;

    @Column(name = "published_latest", insertable = false, updatable = false)
    public LocalDate publishedLatest;

    public String language;

    @Enumerated(EnumType.STRING)
    public Reliability reliability;

    public String notes;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;
}
