package org.kartoteka.person;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kartoteka.common.Citation;
import org.kartoteka.common.PartialDate;
import org.kartoteka.common.RecordEntity;
import org.kartoteka.common.Visibility;

/** A person persecuted for political reasons, with every spelling of their name. */
@Entity
@Table(name = "person")
public class Person extends RecordEntity {

    /** The first PRIMARY name, or the first name when none is marked primary. */
    public String displayName;

    @ElementCollection
    @CollectionTable(name = "person_name", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<PersonName> names = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public PartialDate birthDate;

    @Column(insertable = false, updatable = false)
    public LocalDate birthEarliest;

    @Column(insertable = false, updatable = false)
    public LocalDate birthLatest;

    public PartialDate diedOn;

    public String region;

    public String occupation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    public String description;

    @ElementCollection
    @CollectionTable(name = "person_external_id", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<ExternalId> externalIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    @ElementCollection
    @CollectionTable(name = "person_citation", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Citation> citations = new ArrayList<>();
}
