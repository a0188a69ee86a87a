package org.complaintkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample service on its in-memory profile (no database, so it runs on every machine), driven over real HTTP:
 * the refusals of the service's own parameters and headers, and the health groups the docs name.
 */
class SampleServiceInMemoryTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static ConfigurableApplicationContext service;
    static URI base;

    @BeforeAll
    static void start() {
        service = new SpringApplicationBuilder(SampleServiceApplication.class).profiles("in-memory").run(
                "--server.port=0", "--complaintkit.sweep.enabled=false", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
        base = URI.create("http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aMissingReportParameterIsAProblemDetailWithTheLibrarysCode() throws Exception {
        HttpResponse<String> missing = get("/reports/daily-incidents.csv?day=2026-03-02", "complaint-manager");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(missing.body()).get("code").asText()).isEqualTo("CMP-1001");
        assertThat(violations(missing)).containsExactly("scheme CMP-1001");
        HttpResponse<String> malformed = get("/reports/daily-incidents.csv?day=tuesday&scheme=seed.matter",
                "complaint-manager");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(violations(malformed)).containsExactly("day CMP-1004");
    }

    @Test
    void reportDimensionsAreReadAndListedInKebabCase() throws Exception {
        HttpResponse<String> good = get("/reports/handling-times.csv?from=2026-01-01&to=2026-02-01"
                + "&by=receiving-unit,month-received", "complaint-manager");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        HttpResponse<String> bad = get("/reports/handling-times.csv?from=2026-01-01&to=2026-02-01&by=colour",
                "complaint-manager");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(violations(bad)).containsExactly("by[0] CMP-1006");
        assertThat(JSON.readTree(bad.body()).get("violations").get(0).get("message").asText())
                .contains("channel, receiving-unit, handling-unit").doesNotContain("RECEIVING_UNIT");
    }

    @Test
    void anUnknownRoleIsRefusedWithACodeNotTakenAsAPlainReader() throws Exception {
        HttpResponse<String> answer = get("/queue", "handler,auditor");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(violations(answer)).containsExactly("header X-Roles CMP-1006");
        assertThat(JSON.readTree(answer.body()).get("violations").get(0).get("message").asText())
                .contains("receiver, handler, approver, complaint-manager");
        assertThat(get("/queue", "handler").statusCode()).isEqualTo(200);
    }

    @Test
    void healthShowsTheIndicatorsDetailsAndTheProbesExist() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "handler");
        JsonNode components = JSON.readTree(health.body()).get("components");
        assertThat(components).as(health.body()).isNotNull();
        assertThat(components.get("complaintCalendars").get("details").get("default").get("officialHorizon"))
                .isNotNull();
        for (String probe : List.of("liveness", "readiness")) {
            HttpResponse<String> answer = get("/actuator/health/" + probe, "handler");
            assertThat(answer.statusCode()).as(probe + ": " + answer.body()).isEqualTo(200);
            assertThat(JSON.readTree(answer.body()).get("status").asText()).isEqualTo("UP");
            assertThat(answer.body()).doesNotContain("complaintCalendars");
        }
    }

    private static HttpResponse<String> get(String path, String roles) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("X-Staff-Id", "S-5001")
                .header("X-Unit-Id", "GD-SZ").header("X-Roles", roles).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> violations(HttpResponse<String> answer) throws Exception {
        List<String> found = new ArrayList<>();
        JsonNode violations = JSON.readTree(answer.body()).get("violations");
        assertThat(violations).as(answer.body()).isNotNull();
        violations.forEach(v -> found.add(v.get("field").asText() + " " + v.get("code").asText()));
        return found;
    }
}
