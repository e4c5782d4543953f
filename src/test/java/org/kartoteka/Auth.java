package org.kartoteka;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kartoteka.security.Role;

/**
 * Real tokens for tests, through the real HTTP mechanism: the %test profile configures a known
 * bootstrap admin token, and a token of every other role is issued with it once per application.
 * Start a request with {@code asEditor()} etc. where a test would write {@code given()}.
 */
public final class Auth {

    /** The %test value of kartoteka.bootstrap-admin-token. */
    public static final String BOOTSTRAP_ADMIN_TOKEN = "kt_test-bootstrap-admin-token-0123456789abcdef";

    private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

    private Auth() {}

    public static RequestSpecification anonymously() {
        return given();
    }

    public static RequestSpecification asAdmin() {
        return as(Role.ADMIN);
    }

    public static RequestSpecification asEditor() {
        return as(Role.EDITOR);
    }

    public static RequestSpecification asResearcher() {
        return as(Role.RESEARCHER);
    }

    public static RequestSpecification asAuditor() {
        return as(Role.AUDITOR);
    }

    public static RequestSpecification as(Role role) {
        return role == Role.ANONYMOUS ? given() : given().header("Authorization", "Bearer " + token(role));
    }

    /** A secret of this role, issued once per running application (the port tells them apart). */
    public static String token(Role role) {
        if (role == Role.ADMIN) {
            return BOOTSTRAP_ADMIN_TOKEN;
        }
        return ISSUED.computeIfAbsent(role + "@" + RestAssured.port, key -> issue("test " + role.apiName(), role,
                Instant.now().plus(30, ChronoUnit.DAYS)));
    }

    /** Issues a new token with the bootstrap admin token; returns its secret. */
    public static String issue(String name, Role role, Instant expiresAt) {
        return given()
                .header("Authorization", "Bearer " + BOOTSTRAP_ADMIN_TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", role.apiName(), "expiresAt", expiresAt.toString()))
                .when()
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract().path("secret");
    }
}
