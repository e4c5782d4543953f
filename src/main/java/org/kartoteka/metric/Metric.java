package org.kartoteka.metric;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;
import org.kartoteka.common.RecordEntity;

/** A named series, e.g. {@code political-prisoners}; its labels are what the widget shows. */
@Entity
@Table(name = "metric")
public class Metric extends RecordEntity {

    public String key;

    public String label;

    public String labelEn;

    public String labelBe;

    public String labelRu;

    public String definition;

    @Enumerated(EnumType.STRING)
    public MetricKind kind;

    public String unit;

    public boolean computed;

    @Enumerated(EnumType.STRING)
    public PublicFigure publicFigure;

    /** For a REPORTED public figure: only observations of this publisher count (null: any publisher). */
    public String publisher;

    public static Optional<Metric> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
