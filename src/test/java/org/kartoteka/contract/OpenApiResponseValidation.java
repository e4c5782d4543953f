package org.kartoteka.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks every answer any test receives through REST Assured against the committed
 * {@code openapi/openapi.yaml}: the status must be documented for the operation, and a JSON body
 * must match the schema the document gives for that status and media type (JSON Schema 2020-12).
 * A violation fails the test that received the answer. Registered for every test class by JUnit's
 * extension auto-detection (META-INF/services, junit-platform.properties), so tests written later
 * are checked too. Paths the document does not list outside /api/ (health, metrics, Swagger UI) are
 * not checked; an /api/ path it does not list is a violation.
 */
public class OpenApiResponseValidation implements BeforeAllCallback, Filter {

    static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static volatile boolean registered;

    private static JsonNode document;
    private static List<Template> templates;
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(Dialects.getDraft202012());
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern) {}

    /** On unless {@code -Dkartoteka.contract.validate=false}. */
    static final boolean ENABLED = !"false".equalsIgnoreCase(System.getProperty("kartoteka.contract.validate"));

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!ENABLED) {
            return;
        }
        // A @QuarkusTest runs in Quarkus' class loader, with a RestAssured of its own: register there.
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        if (loader != OpenApiResponseValidation.class.getClassLoader()) {
            try {
                Class.forName(OpenApiResponseValidation.class.getName(), true, loader).getMethod("register").invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot register the response validation in " + loader, e);
            }
            return;
        }
        register();
    }

    /** Adds the validation to REST Assured's filters of this class loader, once. */
    public static void register() {
        synchronized (OpenApiResponseValidation.class) {
            if (!registered) {
                load();
                RestAssured.filters(new OpenApiResponseValidation());
                registered = true;
            }
        }
    }

    private static void load() {
        try {
            document = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(DOCUMENT));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + DOCUMENT, e);
        }
        templates = new ArrayList<>();
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
            String path = it.next();
            String regex = Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            templates.add(new Template(path, Pattern.compile(regex)));
        }
        // Literal paths before templated ones (/persons/{id} must not swallow a literal sibling).
        templates.sort((a, b) -> Long.compare(a.path().chars().filter(c -> c == '{').count(),
                b.path().chars().filter(c -> c == '{').count()));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        List<String> violations = violations(request.getMethod(), request.getURI(), response);
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer breaks openapi/openapi.yaml: " + request.getMethod() + " "
                    + request.getURI() + " -> " + response.statusCode() + "\n  " + String.join("\n  ", violations));
        }
        return response;
    }

    static List<String> violations(String method, String uri, Response response) {
        String raw = URI.create(uri.replace(" ", "%20").replace("|", "%7C")).getRawPath();
        String path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        // Matched on the raw path: an id with an encoded slash (..%2F..%2Fetc) is still one segment.
        String template = templates.stream().filter(t -> t.pattern().matcher(raw).matches()).map(Template::path)
                .findFirst().orElse(null);
        List<String> violations = new ArrayList<>();
        if (template == null) {
            if (path.startsWith("/api/") && response.statusCode() != 404 && response.statusCode() != 405) {
                violations.add("no path of the document matches " + path);
            }
            return violations;
        }
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode() || !METHODS.contains(method.toLowerCase(Locale.ROOT))) {
            if (response.statusCode() != 405 && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
                violations.add(method + " " + template + " is not in the document");
            }
            return violations;
        }
        String status = String.valueOf(response.statusCode());
        JsonNode documented = operation.path("responses").path(status);
        if (documented.isMissingNode()) {
            documented = operation.path("responses").path("default");
        }
        if (documented.isMissingNode()) {
            violations.add("status " + status + " is not documented for " + method + " " + template);
            return violations;
        }
        String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].strip();
        if (response.asByteArray().length == 0) {
            return violations;
        }
        JsonNode media = documented.path("content").path(contentType);
        if (!contentType.endsWith("json")) {
            // CSV, SVG, Atom, HTML, JavaScript: no schema to check the body against, but the media type
            // must be one the document names, or a generated client cannot read the answer.
            if (media.isMissingNode() && documented.has("content")) {
                violations.add("status " + status + " of " + method + " " + template + " documents no " + contentType
                        + " body");
            }
            return violations;
        }
        if (media.isMissingNode()) {
            violations.add("status " + status + " of " + method + " " + template + " documents no " + contentType
                    + " body");
            return violations;
        }
        String key = template + " " + method + " " + status + " " + contentType;
        Schema schema = SCHEMAS.computeIfAbsent(key, k -> compile(media.path("schema")));
        try {
            JsonNode body = new ObjectMapper().readTree(response.asByteArray());
            for (Error error : schema.validate(body)) {
                violations.add(error.getInstanceLocation() + ": " + error.getMessage());
            }
        } catch (IOException e) {
            violations.add("the body is not JSON: " + e.getMessage());
        }
        return violations.size() > 20 ? violations.subList(0, 20) : violations;
    }

    /** The schema as a document of its own that carries the components its $refs point into. */
    private static Schema compile(JsonNode schema) {
        ObjectNode root = schema.isObject() ? ((ObjectNode) schema).deepCopy() : new ObjectMapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components"));
        return REGISTRY.getSchema(root);
    }
}
