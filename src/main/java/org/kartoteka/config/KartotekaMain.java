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
        try {
            EmbeddedDatabase.startUnlessConfigured();
        } catch (DataFolderLock.InUseException e) {
            // One line that says what is wrong and what to do, not a stack trace; straight to stderr,
            // since the log handlers only start with Quarkus, which this process never reaches.
            System.err.println("ERROR " + e.getMessage());
            System.exit(1);
        }
        // The embedded database, if any, stops in its shutdown hook after Quarkus has stopped.
        Quarkus.run(args);
    }
}
