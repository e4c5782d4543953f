package org.kartoteka.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every manifest in {@code deploy/kubernetes/} against the schemas of the Kubernetes API and of
 * CloudNativePG's {@code Cluster}, offline: the schemas are committed under
 * {@code src/test/resources/kubernetes-schemas/} (ORIGIN.md there says where from). Strict, like
 * {@code kubeconform -strict}: a misspelt field fails as well as a wrong type.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("deploy", "kubernetes");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = factory();
    private static final ObjectNode KUBERNETES = strict(read("kubernetes-definitions.json", JSON));
    private static final Map<String, Schema> COMPILED = new HashMap<>();

    @Test
    void everyManifestIsValidAgainstItsSchema() throws IOException {
        List<String> problems = new ArrayList<>();
        int documents = 0;
        for (Path file : manifestFiles()) {
            for (JsonNode document : documents(file)) {
                documents++;
                for (String message : validate(document)) {
                    problems.add(file.getFileName() + " " + kindOf(document) + " " + name(document) + ": " + message);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(documents >= 9, "documents checked: " + documents);
    }

    @Test
    void kustomizationListsEveryManifestAndNothingElse() throws IOException {
        JsonNode kustomization = YAML.readTree(MANIFESTS.resolve("kustomization.yaml").toFile());
        Set<String> listed = new TreeSet<>();
        kustomization.get("resources").forEach(r -> listed.add(r.asText()));
        Set<String> files = new TreeSet<>();
        manifestFiles().forEach(f -> files.add(f.getFileName().toString()));
        assertEquals(files, listed);
    }

    @Test
    void theScaleOutPiecesAreThere() throws IOException {
        Map<String, JsonNode> byKind = new HashMap<>();
        for (Path file : manifestFiles()) {
            documents(file).forEach(d -> byKind.putIfAbsent(kindOf(d), d));
        }
        JsonNode deployment = byKind.get("apps/v1 Deployment");
        assertFalse(deployment.path("spec").has("replicas"), "the HorizontalPodAutoscaler owns the count");
        assertEquals(0, deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(-1));
        assertEquals("/q/health/ready",
                deployment.at("/spec/template/spec/containers/0/readinessProbe/httpGet/path").asText());
        JsonNode autoscaler = byKind.get("autoscaling/v2 HorizontalPodAutoscaler");
        assertEquals("kartoteka", autoscaler.at("/spec/scaleTargetRef/name").asText());
        assertTrue(autoscaler.at("/spec/minReplicas").asInt() >= 2);
        assertNotNull(byKind.get("policy/v1 PodDisruptionBudget"));
        assertTrue(byKind.get("postgresql.cnpg.io/v1 Cluster").at("/spec/instances").asInt() >= 2);
        JsonNode config = byKind.get("v1 ConfigMap").path("data");
        assertTrue(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText().contains("kartoteka-db-rw"));
        assertTrue(config.path("KARTOTEKA_READ_JDBC_URL").asText().contains("kartoteka-db-ro"));
    }

    /** The check would catch the mistakes it is there for: an unknown field, a wrong type, an unknown kind. */
    @Test
    void misspeltFieldsWrongTypesAndUnknownKindsFail() throws IOException {
        JsonNode deployment = YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                  selector: {matchLabels: {a: b}}
                  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: x, image: x}]}}
                """);
        assertFalse(validate(deployment).isEmpty(), "replica (for replicas) is refused");
        JsonNode autoscaler = YAML.readTree("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: x}
                spec: {scaleTargetRef: {kind: Deployment, name: x}, minReplicas: two, maxReplicas: 3}
                """);
        assertFalse(validate(autoscaler).isEmpty(), "minReplicas: two is refused");
        JsonNode cluster = YAML.readTree("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: x}
                spec: {instances: 3, storage: {size: 1Gi}, replicas: 2}
                """);
        assertFalse(validate(cluster).isEmpty(), "Cluster has no spec.replicas");
        assertFalse(validate(YAML.readTree("{apiVersion: v9, kind: Nothing, metadata: {name: x}}")).isEmpty());
    }

    /** Draft 4, as the schemas are, knowing the Kubernetes extensions as annotations that validate nothing. */
    private static SchemaRegistry factory() {
        Dialect.Builder meta = Dialect.builder(Dialects.getDraft4());
        for (String keyword : List.of("x-kubernetes-list-type", "x-kubernetes-map-type", "x-kubernetes-list-map-keys",
                "x-kubernetes-patch-merge-key", "x-kubernetes-patch-strategy", "x-kubernetes-group-version-kind",
                "x-kubernetes-unions", "x-kubernetes-validations", "x-kubernetes-int-or-string",
                "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource")) {
            meta.keyword(new NonValidationKeyword(keyword));
        }
        return SchemaRegistry.withDialect(meta.build());
    }

    private static List<Path> manifestFiles() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .toList();
        }
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(d -> {
                if (d != null && !d.isMissingNode() && !d.isNull()) {
                    documents.add(d);
                }
            });
            return documents;
        }
    }

    private static List<String> validate(JsonNode document) {
        Schema schema = schemaOf(kindOf(document));
        if (schema == null) {
            return List.of("no schema for " + kindOf(document));
        }
        return schema.validate(document).stream().map(Error::getMessage).toList();
    }

    private static synchronized Schema schemaOf(String kind) {
        return COMPILED.computeIfAbsent(kind, k -> {
            if (k.equals("postgresql.cnpg.io/v1 Cluster")) {
                return SCHEMAS.getSchema(cnpgCluster());
            }
            String definition = kubernetesDefinition(k);
            if (!KUBERNETES.path("definitions").has(definition)) {
                return null;
            }
            ObjectNode root = KUBERNETES.deepCopy();
            root.put("$ref", "#/definitions/" + definition);
            return SCHEMAS.getSchema(root);
        });
    }

    /** "apps/v1 Deployment" is io.k8s.api.apps.v1.Deployment; "v1 Service" is io.k8s.api.core.v1.Service. */
    private static String kubernetesDefinition(String kind) {
        String[] apiVersionAndKind = kind.split(" ");
        String[] groupAndVersion = apiVersionAndKind[0].split("/");
        String group = groupAndVersion.length == 1 ? "core" : groupAndVersion[0];
        String version = groupAndVersion[groupAndVersion.length - 1];
        return "io.k8s.api." + group + "." + version + "." + apiVersionAndKind[1];
    }

    private static JsonNode cnpgCluster() {
        JsonNode crd = read("postgresql.cnpg.io_clusters.yaml", YAML);
        for (JsonNode version : crd.at("/spec/versions")) {
            if (version.path("name").asText().equals("v1")) {
                ObjectNode schema = strict((ObjectNode) version.at("/schema/openAPIV3Schema").deepCopy());
                // The CRD's own schema leaves metadata open; the API server checks it as ObjectMeta.
                schema.set("definitions", KUBERNETES.get("definitions"));
                ((ObjectNode) schema.path("properties")).putObject("metadata")
                        .put("$ref", "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
                return schema;
            }
        }
        throw new IllegalStateException("the Cluster CRD has no version v1");
    }

    /** additionalProperties: false wherever an object lists its properties and says nothing of others. */
    private static ObjectNode strict(ObjectNode schema) {
        schema.forEach(child -> {
            if (child.isObject()) {
                strict((ObjectNode) child);
            } else if (child.isArray()) {
                child.forEach(item -> {
                    if (item.isObject()) {
                        strict((ObjectNode) item);
                    }
                });
            }
        });
        if (schema.has("properties") && schema.get("properties").isObject() && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }

    private static String kindOf(JsonNode document) {
        return document.path("apiVersion").asText() + " " + document.path("kind").asText();
    }

    private static String name(JsonNode document) {
        return document.at("/metadata/name").asText();
    }

    private static <T extends JsonNode> T read(String resource, ObjectMapper mapper) {
        try (InputStream in = KubernetesManifestsTest.class.getResourceAsStream("/kubernetes-schemas/" + resource)) {
            @SuppressWarnings("unchecked")
            T tree = (T) mapper.readTree(in);
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
