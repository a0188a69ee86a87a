package org.complaintkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.complaintkit.testkit.PostgresPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample service when its PostgreSQL server goes away: a server of its own (SampleServiceHttpTest's stays up),
 * stopped under the running service, which answers over real HTTP with 503 and the library's code.
 */
class SampleServiceOutageTest {
    static EmbeddedPostgres server;
    static ConfigurableApplicationContext service;
    static URI base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        PostgresPlatform.assumeBinaries();
        server = EmbeddedPostgres.builder().start();
        service = new SpringApplicationBuilder(SampleServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.data-source-properties.logServerErrorDetail=false",
                "--spring.datasource.hikari.maximum-pool-size=2",
                // a store that cannot be reached is known within a second rather than the pool's default 30
                "--spring.datasource.hikari.connection-timeout=1000",
                "--complaintkit.sweep.enabled=false", "--logging.level.root=OFF", "--spring.main.banner-mode=off");
        base = URI.create("http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterAll
    static void stop() throws IOException {
        if (service != null) {
            service.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> post(String path, String roles, String staff, String unit, String key, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("X-Staff-Id", staff)
                .header("X-Unit-Id", unit).header("X-Roles", roles).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCommandWhileTheStoreIsDownIsAServiceUnavailableProblemDetailToRetryWithTheSameKey() throws Exception {
        HttpResponse<String> registered = post("/complaints", "receiver", "S-1001", "GD-SZ-FT-001",
                UUID.randomUUID().toString(), SampleServiceHttpTest.registration("张小明"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = new ObjectMapper().readTree(registered.body()).get("complaintId").asText();

        server.close();
        server = null;
        HttpResponse<String> accepted = post("/complaints/" + id + "/commands/accept", "handler", "S-2001", "GD-SZ",
                UUID.randomUUID().toString(), "{}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(503);
        assertThat(accepted.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = new ObjectMapper().readTree(accepted.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("code").asText()).isEqualTo("CMP-3101");
        assertThat(accepted.body()).doesNotContain("张小明", "13812345678", "CIF88776655");
    }
}
