package org.kartoteka.operations;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kartoteka.Auth;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;
import org.kartoteka.StatsFixtures;
import org.kartoteka.security.Role;

/**
 * Backups that restore (issue 12, point 8), done as docs/operations.md says: a database with every
 * kind of record is dumped with {@code pg_dump -Fc}, restored with {@code pg_restore} into a fresh
 * database on another server whose roles deploy/create-roles.sql made, and a service started on it
 * exports the same bundle: every file byte for byte, the same manifest checksums.
 */
class BackupRestoreIT {

    private static final String OWNER = "backup_owner";
    private static final String APP = "backup_app";

    @Test
    void aDumpRestoredIntoAFreshDatabaseExportsTheSameBundle(@TempDir Path work) throws IOException {
        Path dump = work.resolve("kartoteka.dump");
        Map<String, byte[]> original;
        try (PrivateCluster source = PrivateCluster.start()) {
            source.createKartotekaDatabase("kartoteka", OWNER, APP);
            try (KartotekaJar jar = startOn(source, work.resolve("original.log"))) {
                writeRecordsOfEveryKind(jar);
                original = exportBundle(jar);
            }
            source.client("pg_dump", "--format=custom", "--dbname=kartoteka", "--file=" + dump);
        }
        assertEveryFileHasRows(original);

        try (PrivateCluster target = PrivateCluster.start()) {
            target.createKartotekaDatabase("kartoteka", OWNER, APP);
            target.client("pg_restore", "--exit-on-error", "--dbname=kartoteka", dump.toString());
            try (KartotekaJar jar = startOn(target, work.resolve("restored.log"))) {
                Map<String, byte[]> restored = exportBundle(jar);
                assertThat(restored.keySet(), equalTo(original.keySet()));
                original.forEach((name, bytes) -> {
                    if (!name.equals("manifest.json")) {
                        assertArrayEquals(bytes, restored.get(name), name + " differs after the restore");
                    }
                });
                assertThat(manifestFiles(restored), equalTo(manifestFiles(original)));
            }
        }
    }

    private static KartotekaJar startOn(PrivateCluster cluster, Path log) {
        Map<String, String> env = new HashMap<>(cluster.serviceEnvironment("kartoteka", OWNER, APP));
        env.put("KARTOTEKA_SEED_ENABLED", "true");
        return KartotekaJar.start(env, log).awaitReady(Duration.ofMinutes(3));
    }

    /** The seed data and, through the API, one more record of each collection, a history and tokens. */
    private static void writeRecordsOfEveryKind(KartotekaJar jar) {
        RestAssured.port = jar.port();
        try {
            String person = RecordFixtures.create("persons", """
                    {"names": [{"value": "Backup Person", "lang": "en", "script": "Latn"}], "gender": "UNKNOWN",
                     "externalIds": [{"scheme": "backup", "value": "%s"}], "visibility": "PUBLIC",
                     "citations": %s}""".formatted(java.util.UUID.randomUUID(), RecordFixtures.citations("backup")));
            String caseId = RecordFixtures.caseOf(person, "backup");
            RecordFixtures.create("charges", """
                    {"caseId": "%s", "article": {"code": "BY-CC", "number": "342", "part": null}, "modifier": "NONE",
                     "chargedOn": "2021-04", "outcome": "CONVICTED", "citations": %s}"""
                    .formatted(caseId, RecordFixtures.citations("backup charge")));
            RecordFixtures.create("trials", """
                    {"caseId": "%s", "court": "Minsk City Court", "judges": ["A. Judge"], "prosecutors": [],
                     "startedOn": "2021-05", "verdictOn": "2021-06-01", "verdict": "CONVICTED", "closedSession": false,
                     "sentence": {"type": "PENAL_COLONY", "regime": "general", "termDays": 730}, "citations": %s}"""
                    .formatted(caseId, RecordFixtures.citations("backup trial")));
            RecordFixtures.detention(person, "PRETRIAL", "2021-03-01", "2021-06");
            RecordFixtures.create("recognitions", """
                    {"personId": "%s", "recognizedBy": "Viasna", "recognizedOn": "2021-04",
                     "grounds": ["PACE Resolution 1900 (2012), 1(a)"], "citations": %s}"""
                    .formatted(person, RecordFixtures.citations("backup recognition")));
            String metric = StatsFixtures.stockMetric("backup");
            StatsFixtures.observation(metric, 42, "EXACT", "2022-01-10", Fixtures.source("Backup figures"));
            Auth.issue("backup auditor", Role.AUDITOR, Instant.now().plus(30, ChronoUnit.DAYS));
        } finally {
            RestAssured.reset();
        }
    }

    /** Every entry of GET /api/v1/export by name. */
    private static Map<String, byte[]> exportBundle(KartotekaJar jar) throws IOException {
        byte[] zip = jar.asAdmin().when().get("/api/v1/export").then().statusCode(200).extract().asByteArray();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonNode manifestFiles(Map<String, byte[]> bundle) throws IOException {
        return new ObjectMapper().readTree(bundle.get("manifest.json")).get("files");
    }

    private static void assertEveryFileHasRows(Map<String, byte[]> bundle) throws IOException {
        for (JsonNode file : manifestFiles(bundle)) {
            assertThat(file.get("name").asText() + " is empty: not every kind of record was written",
                    file.get("rows").asLong(), greaterThan(0L));
        }
    }
}
