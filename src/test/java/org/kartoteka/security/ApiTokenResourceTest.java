package org.kartoteka.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.kartoteka.Auth.anonymously;
import static org.kartoteka.Auth.asAdmin;
import static org.kartoteka.Auth.asEditor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kartoteka.Auth;

@QuarkusTest
class ApiTokenResourceTest {

    @Inject
    EntityManager em;

    private static Response issue(String name, String role, Object expiresAt) {
        Map<String, Object> body = expiresAt == null ? Map.of("name", name, "role", role)
                : Map.of("name", name, "role", role, "expiresAt", expiresAt.toString());
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/tokens");
    }

    @Test
    void theBootstrapTokenIsAnAdminToken() {
        asAdmin()
                .when()
                .get("/api/v1/tokens")
                .then()
                .statusCode(200)
                .body("items.name", hasItem(BootstrapAdminToken.NAME));
    }

    @Test
    void issuingShowsTheSecretOnceAndTheTokenWorks() {
        Response issued = issue("issued once", "researcher", Instant.now().plus(7, ChronoUnit.DAYS));
        issued.then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("Cache-Control", containsString("no-store"))
                .body("secret", startsWith("kt_"))
                .body("role", equalTo("researcher"))
                .body("name", equalTo("issued once"))
                .body("createdAt", notNullValue());
        String secret = issued.path("secret");
        anonymously()
                .header("Authorization", "Bearer " + secret)
                .when()
                .get("/api/v1/sources")
                .then()
                .statusCode(200);
    }

    @Test
    void theListNeverShowsSecretsOrHashes() {
        String secret = issue("listed", "auditor", null).then().statusCode(201).extract().path("secret");
        String list = asAdmin()
                .queryParam("limit", 500)
                .when()
                .get("/api/v1/tokens")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("listed"))
                .extract().asString();
        assertFalse(list.contains(secret), "the list shows a secret");
        assertFalse(list.contains(secret.substring(3, 20)), "the list shows part of a secret");
        assertFalse(list.contains("secret"), "the list has a secret or secretHash field");
        assertFalse(list.contains(TokenSecrets.hex(TokenSecrets.hash(secret))), "the list shows a hash");
    }

    @Test
    void theDefaultLifetimeIsNinetyDays() {
        String expiresAt = issue("default lifetime", "auditor", null).then().statusCode(201).extract().path("expiresAt");
        long days = ChronoUnit.DAYS.between(Instant.now(), Instant.parse(expiresAt));
        assertEquals(89, days, 1);
    }

    @Test
    void onlyTheHashIsStored() {
        Response issued = issue("hash only", "editor", null);
        String secret = issued.path("secret");
        UUID id = UUID.fromString(issued.path("id"));
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em
                .createNativeQuery("select secret_hash from api_token where id = :id")
                .setParameter("id", id).getSingleResult());
        assertArrayEquals(TokenSecrets.hash(secret), stored);
        Long containing = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from api_token t where position(convert_to(:s, 'UTF8') in t.secret_hash) > 0"
                        + " or t.name like '%' || :s || '%'")
                .setParameter("s", secret).getSingleResult()).longValue());
        assertEquals(0L, containing);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(secret));
    }

    @Test
    void aRevokedTokenIs401OnItsNextRequest() {
        Response issued = issue("to revoke", "editor", null);
        String secret = issued.path("secret");
        String id = issued.path("id");
        anonymously().header("Authorization", "Bearer " + secret).when().get("/api/v1/sources")
                .then().statusCode(200);
        asAdmin().when().delete("/api/v1/tokens/{id}", id).then().statusCode(204);
        anonymously()
                .header("Authorization", "Bearer " + secret)
                .when()
                .get("/api/v1/sources")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        asAdmin().queryParam("limit", 500).when().get("/api/v1/tokens")
                .then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("REVOKED"));
    }

    @Test
    void anExpiredTokenIs401() {
        String secret = Auth.issue("expiring", Role.EDITOR, Instant.now().plusSeconds(60));
        String id = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("update api_token set expires_at = now() - interval '1 second'"
                        + " where secret_hash = :h returning cast(id as text)")
                .setParameter("h", TokenSecrets.hash(secret)).getSingleResult().toString());
        assertFalse(id.isBlank());
        // The cache may still hold the entry, but expiry is checked on every request.
        anonymously()
                .header("Authorization", "Bearer " + secret)
                .when()
                .get("/api/v1/sources")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aWrongTokenIs401EvenOnAPublicPath() {
        for (String header : List.of("Bearer kt_wrong", "Bearer not-a-kartoteka-token", "Basic YWRtaW46YWRtaW4=",
                "Bearer ", "Bearer " + Auth.BOOTSTRAP_ADMIN_TOKEN + "x")) {
            anonymously()
                    .header("Authorization", header)
                    .when()
                    .get("/api/v1/sources")
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .contentType("application/problem+json")
                    .body("title", equalTo("Authentication required"));
        }
    }

    @Test
    void aMissingTokenOnAProtectedPathIs401AndAWeakRoleIs403() {
        anonymously().when().get("/api/v1/tokens").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        asEditor().when().get("/api/v1/tokens").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void expiryMustBeInTheFutureAndWithinAYear() {
        issue("past", "editor", Instant.now().minusSeconds(5)).then().statusCode(422)
                .body("errors.field", hasItem("expiresAt"));
        issue("far", "editor", Instant.now().plus(400, ChronoUnit.DAYS)).then().statusCode(422)
                .body("errors.field", hasItem("expiresAt"));
    }

    @Test
    void aTokenRoleMustBeKnownAndNotAnonymous() {
        issue("odd", "anonymous", null).then().statusCode(422).body("errors.field", hasItem("role"));
        issue("odd", "superuser", null).then().statusCode(422).body("errors.field", hasItem("role"));
        issue("upper", "EDITOR", null).then().statusCode(201).body("role", equalTo("editor"));
    }

    @Test
    void revokingAnUnknownTokenIs404() {
        asAdmin().when().delete("/api/v1/tokens/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
