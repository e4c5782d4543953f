package org.kartoteka.importing;

import static org.awaitility.Awaitility.await;
import static org.kartoteka.Auth.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.kartoteka.security.Role;

/** Sends files to the import endpoint and waits for their jobs, through the real HTTP API. */
final class Imports {

    static final String HEADER = "external_id,name,name_be,gender,birthday,region,occupation,status,arrested,"
            + "release_date,prison,articles/0,articles/1,court,judge,verdict_date,decision,penalty,recognized_on,tags\n";

    private Imports() {}

    /** Posts the body and answers the job's id; the job is queued. */
    static String submit(Role role, String contentType, String body, Map<String, ?> params) {
        return as(role)
                .contentType(contentType)
                .queryParams(params)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/imports")
                .then()
                .statusCode(202)
                .extract().path("id");
    }

    /** Waits (up to two minutes, polling) until the job is DONE or FAILED, and answers it. */
    static JsonPath finished(Role role, String jobId) {
        JsonPath[] job = new JsonPath[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> {
            job[0] = as(role).when().get("/api/v1/imports/" + jobId).then().statusCode(200).extract().jsonPath();
            String status = job[0].getString("status");
            return status.equals("DONE") || status.equals("FAILED");
        });
        return job[0];
    }

    static JsonPath run(Role role, String csv, Map<String, ?> params) {
        return finished(role, submit(role, "text/csv", csv, params));
    }

    static JsonPath rows(Role role, String jobId, String outcome) {
        return as(role).queryParam("outcome", outcome == null ? "" : outcome).queryParam("limit", 500)
                .when().get("/api/v1/imports/" + jobId + "/rows").then().statusCode(200).extract().jsonPath();
    }
}
