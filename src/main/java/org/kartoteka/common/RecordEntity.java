package org.kartoteka.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;

/** What every stored record has: a UUID, an optimistic-lock version and its creation and update times. */
@MappedSuperclass
public abstract class RecordEntity extends PanacheEntityBase {

    /**
     * Time-ordered (UUID version 7): new records' index entries land on the last pages of the
     * indexes their ids are keys of, instead of on a random page each (docs/search.md, "At a
     * million persons": the import there).
     */
    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
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
