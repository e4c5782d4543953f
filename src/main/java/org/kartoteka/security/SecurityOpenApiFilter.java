package org.kartoteka.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents authentication from {@link AccessPolicy} itself, so that the document cannot drift from
 * what the filter enforces: the {@code bearer} scheme, a security requirement on every operation
 * that needs a token (optional on public reads), and the 401 and 403 answers.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityOpenApiFilter implements OASFilter {

    static final String SCHEME = "bearer";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("An API token (kt_...) issued at /api/v1/tokens, or an OIDC access token where the"
                        + " instance has an issuer configured; see docs/security.md."));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of());
        APIResponses responses = operation.getResponses();
        if (AccessPolicy.requiresToken(method.name(), path)) {
            operation.setSecurity(List.of(bearer));
            addProblem(responses, "401", "no token, or a token that is unknown, expired or revoked");
        } else {
            // Anonymous callers are welcome; a token sent is checked and widens what the answer shows.
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(), bearer));
            addProblem(responses, "401", "the token sent is unknown, expired or revoked");
        }
        if (AccessPolicy.mayForbid(method.name(), path)) {
            addProblem(responses, "403", "the token's role may not do this");
        }
    }

    private static void addProblem(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse()
                    .description(description)
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
        }
    }
}
