package org.kartoteka.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** What every stored record has: a UUID, an optimistic-lock version and its creation and update times. */
@MappedSuperclass
public abstract class RecordEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Version
    public long version;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    /** The strong entity tag of this version, as sent in {@code ETag} and expected in {@code If-Match}. */
    public String etag() {
        return ETags.of(version);
    }
}
