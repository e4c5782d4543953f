package org.kartoteka.export;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.kartoteka.Auth.asAuditor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kartoteka.Fixtures;
import org.kartoteka.RecordFixtures;

/**
 * The bundle's datapackage.json, validated against the Frictionless Data Package and Table Schema
 * JSON Schemas (v2, as published; src/test/resources/frictionless/README.md says where from) with
 * networknt's json-schema-validator, and every CSV checked against its own Table Schema.
 */
@QuarkusTest
class DataPackageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, byte[]> bundle;
    private static JsonNode descriptor;

    /** One export for all tests of the class (an export per test would cost minutes on a loaded machine). */
    @BeforeEach
    void exportWithRecordsOfEveryKind() throws IOException {
        if (bundle != null) {
            return;
        }
        String person = Fixtures.person("Data Package " + java.util.UUID.randomUUID(), "CONFIDENTIAL");
        String caseId = RecordFixtures.caseOf(person, "dp-" + person);
        RecordFixtures.detention(person, "PRETRIAL", "2021-03", "2021-04-05");
        assertThat(caseId.length(), equalTo(36));
        bundle = Zips.unzip(asAuditor().when().get("/api/v1/export").then().statusCode(200).extract().asByteArray());
        descriptor = JSON.readTree(bundle.get("datapackage.json"));
    }

    @Test
    void theDescriptorIsAValidDataPackageWithValidTableSchemas() throws IOException {
        assertThat(errors("datapackage.json", descriptor), empty());
        for (JsonNode resource : descriptor.get("resources")) {
            assertThat(resource.get("name").asText(), errors("tableschema.json", resource.get("schema")), empty());
        }
        assertThat(descriptor.get("$schema").asText(), equalTo("https://datapackage.org/profiles/2.0/datapackage.json"));
    }

    @Test
    void theValidatorRejectsAResourceWithoutPathOrData() throws IOException {
        JsonNode broken = JSON.readTree("{\"resources\": [{\"name\": \"persons\"}]}");

        assertThat(errors("datapackage.json", broken).isEmpty(), equalTo(false));
    }

    @Test
    void everyCsvOfTheBundleIsAResourceWithItsBytesHashAndRows() {
        List<String> paths = new ArrayList<>();
        for (JsonNode resource : descriptor.get("resources")) {
            String path = resource.get("path").asText();
            byte[] bytes = bundle.get(path);
            paths.add(path);
            assertThat(path, resource.get("bytes").asLong(), equalTo((long) bytes.length));
            assertThat(path, resource.get("hash").asText(), equalTo("sha256:" + HexFormat.of().formatHex(sha256(bytes))));
            assertThat(path, resource.get("rows").asLong(), equalTo((long) table(bytes).rows().size()));
        }
        assertThat(paths, equalTo(bundle.keySet().stream().filter(n -> n.endsWith(".csv")).toList()));
    }

    @Test
    void everyCsvSatisfiesItsTableSchemaTypesAndKeysIncluded() {
        Map<String, StrictCsv.Table> tables = new LinkedHashMap<>();
        bundle.forEach((name, bytes) -> {
            if (name.endsWith(".csv")) {
                tables.put(name, table(bytes));
            }
        });

        assertThat(TableSchemaCheck.check(descriptor, tables), empty());
        JsonNode detentions = resource("detentions");
        assertThat(detentions.get("schema").get("primaryKey").get(0).asText(), equalTo("id"));
        assertThat(fieldNames(detentions.get("schema").get("foreignKeys")), hasItem("personId"));
        assertThat(field(detentions, "startedOn").get("type").asText(), equalTo("string"));
        assertThat(field(detentions, "startedOnPrecision").get("constraints").get("enum").size(), equalTo(3));
        assertThat(field(detentions, "createdAt").get("type").asText(), equalTo("datetime"));
        assertThat(field(detentions, "endUnknown").get("type").asText(), equalTo("boolean"));
        assertThat(resource("person-names").get("schema").get("primaryKey").toString(),
                equalTo("[\"personId\",\"position\"]"));
    }

    @Test
    void aCellThatBreaksItsSchemaIsFound() {
        JsonNode detentions = resource("detentions");
        StrictCsv.Table table = table(bundle.get("detentions.csv"));
        Map<String, String> broken = new LinkedHashMap<>(table.rows().get(0));
        broken.put("startedOn", "March 2021");
        broken.put("personId", "00000000-0000-0000-0000-000000000000");
        Map<String, StrictCsv.Table> tables = new LinkedHashMap<>();
        tables.put("detentions.csv", new StrictCsv.Table(table.header(), List.of(broken)));
        tables.put("persons.csv", table(bundle.get("persons.csv")));
        tables.put("cases.csv", table(bundle.get("cases.csv")));
        JsonNode threeFiles = JSON.createObjectNode().set("resources", JSON.createArrayNode()
                .add(detentions).add(resource("persons")).add(resource("cases")));

        List<String> problems = TableSchemaCheck.check(threeFiles, tables);

        assertThat(problems.toString(), problems.size(), equalTo(2));
    }

    private JsonNode resource(String name) {
        for (JsonNode resource : descriptor.get("resources")) {
            if (resource.get("name").asText().equals(name)) {
                return resource;
            }
        }
        throw new AssertionError("no resource " + name);
    }

    private static JsonNode field(JsonNode resource, String name) {
        for (JsonNode field : resource.get("schema").get("fields")) {
            if (field.get("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name);
    }

    private static List<String> fieldNames(JsonNode foreignKeys) {
        List<String> names = new ArrayList<>();
        foreignKeys.forEach(k -> names.add(k.get("fields").get(0).asText()));
        return names;
    }

    private static List<String> errors(String profile, JsonNode instance) throws IOException {
        try (InputStream in = DataPackageTest.class.getResourceAsStream("/frictionless/" + profile)) {
            Schema schema = SchemaRegistry.withDialect(Dialects.getDraft7()).getSchema(in);
            return schema.validate(instance).stream().map(Error::toString).toList();
        }
    }

    private static StrictCsv.Table table(byte[] bytes) {
        return StrictCsv.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
