package org.kartoteka.config;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Kartoteka. With no datasource URL configured, first starts the embedded PostgreSQL
 * whose data lives under the working directory, so that a first run needs no setup at all and
 * a restart loses nothing. A configured URL always wins.
 */
@QuarkusMain
public class KartotekaMain {

    public static void main(String... args) {
        EmbeddedDatabase embedded = EmbeddedDatabase.startUnlessConfigured();
        try {
            Quarkus.run(args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
