package org.kartoteka.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kartoteka.common.StoredText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kartoteka.security.Caller;

/**
 * Loads the seed data sets on start: each set once, in one transaction, through the same services
 * as the API so that every rule holds for them. A set already loaded (table {@code seed_run}) is
 * skipped, so a restart loads nothing twice and an upgrade loads only the sets it adds.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    /** Serialises seed loading between several instances starting at once on one database. */
    private static final long ADVISORY_LOCK = 0x4b617274L;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Caller caller;

    @Inject
    SeedSets sets;

    @ConfigProperty(name = "kartoteka.seed.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loadAll();
        }
    }

    @ActivateRequestContext
    void loadAll() {
        caller.actAsSystem();
        for (SeedSet set : sets.inOrder()) {
            QuarkusTransaction.requiringNew().run(() -> loadOnce(set));
        }
    }

    private void loadOnce(SeedSet set) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, ADVISORY_LOCK).getSingleResult();
        boolean loaded = !em.createNativeQuery("select 1 from seed_run where name = ?1")
                .setParameter(1, set.name()).getResultList().isEmpty();
        if (loaded) {
            return;
        }
        int count = set.load(this);
        em.createNativeQuery("insert into seed_run (name, loaded_at) values (?1, ?2)")
                .setParameter(1, set.name()).setParameter(2, Instant.now()).executeUpdate();
        LOG.infof("Loaded seed data set %s (%d records)", set.name(), count);
    }

    /** Checks an input with the API's Bean Validation rules; a seed record that breaks one is a bug. */
    public <T> T valid(T input, String what) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Seed record " + what + " is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        }
        return input;
    }

    /** Remembers the id a seed record got, under its key, for later sets to refer to. */
    public void remember(String key, UUID id) {
        em.createNativeQuery("insert into seed_record (key, entity_id) values (?1, ?2)")
                .setParameter(1, key).setParameter(2, id).executeUpdate();
    }

    /** The id of the seed record with this key. */
    public UUID idOf(String key) {
        var rows = em.createNativeQuery("select entity_id from seed_record where key = ?1", UUID.class)
                .setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No seed record has the key " + key);
        }
        return (UUID) rows.get(0);
    }

    /** Reads a JSON resource of the seed folder into a type. */
    public static <T> T read(String resource, Class<T> type) {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().registerModule(StoredText.jacksonModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = SeedLoader.class.getResourceAsStream("/seed/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed resource /seed/" + resource + " is missing");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed resource /seed/" + resource + " cannot be read", e);
        }
    }
}
