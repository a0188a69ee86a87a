package org.complaintkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.testkit.PostgresPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample service started on a random port against a PostgreSQL server started from the embedded binaries (as
 * the starter's PostgresStarterTest starts it), driven over real HTTP with {@link HttpClient}.
 */
class SampleServiceHttpTest {
    static final String CUSTOMER_NAME = "张小明";
    static final String CUSTOMER_PHONE = "13812345678";
    static final String CUSTOMER_NUMBER = "CIF88776655";
    static final Map<String, String> TELLER = actor("S-1001", "GD-SZ-FT-001", "receiver");
    static final Map<String, String> HANDLER = actor("S-2001", "GD-SZ", "handler");
    static final Map<String, String> APPROVER = actor("S-3001", "GD-SZ", "approver");
    static final Map<String, String> MANAGER = actor("S-5001", "GD-SZ", "complaint-manager,handler");

    static EmbeddedPostgres server;
    static ConfigurableApplicationContext service;
    static URI base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        // skipped with the reason where no binaries exist for this machine, failed where the build left them out
        PostgresPlatform.assumeBinaries();
        server = EmbeddedPostgres.builder().start();
        service = new SpringApplicationBuilder(SampleServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                // keep statement parameters (complaint text) out of the driver's exception messages and so out of logs
                "--spring.datasource.hikari.data-source-properties.logServerErrorDetail=false",
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--complaintkit.sweep.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        base = URI.create("http://localhost:" + port);
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

    @Test
    void aComplaintGoesFromRegistrationToClosedOverHttpAndItsCaseFileTellsTheStory() throws Exception {
        Answer registered = post("/complaints", TELLER, UUID.randomUUID().toString(), registration(CUSTOMER_NAME));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("complaintId").asText();
        assertThat(registered.header("Location")).isEqualTo("/complaints/" + id);
        assertThat(registered.json().get("status").asText()).isEqualTo("REGISTERED");
        assertThat(registered.body()).doesNotContain(CUSTOMER_NAME, CUSTOMER_PHONE, CUSTOMER_NUMBER);

        Answer view = get("/complaints/" + id, MANAGER, "application/json");
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.json().get("id").asText()).isEqualTo(id);
        assertThat(view.json().get("receivingUnit").asText()).isEqualTo("GD-SZ-FT-001");
        assertThat(view.header("ETag")).isEqualTo(registered.header("ETag"));

        act(id, "accept", HANDLER, "{}", "ACCEPTED");
        act(id, "assign", MANAGER, "{\"firstResponsible\":{\"unit\":\"GD-SZ\"},\"coHandlers\":[],"
                + "\"handler\":\"S-2001\"}", "ASSIGNED");
        act(id, "start-investigation", HANDLER, "", "INVESTIGATING");
        act(id, "propose-resolution", HANDLER, "{\"summary\":\"柜员道歉，当日办理取现\",\"outcome\":\"UPHELD\"}",
                "AWAITING_APPROVAL");
        act(id, "approve-resolution", APPROVER, "{}", "RESOLVED");
        act(id, "respond", HANDLER, "{\"result\":\"已致歉并办理取现\",\"basis\":\"《商业银行法》\",\"via\":\"PHONE\"}",
                "RESPONDED");
        Answer closed = act(id, "close", HANDLER, "{\"liability\":\"LIABLE\",\"rootCause\":\"排队规则执行过严\"}",
                "CLOSED");
        assertThat(closed.header("ETag")).isEqualTo("\"" + closed.json().get("version").asLong() + "\"");

        Answer caseFile = get("/complaints/" + id + "/case-file", MANAGER, "text/plain");
        assertThat(caseFile.status()).isEqualTo(200);
        assertThat(caseFile.header("Content-Type")).startsWith("text/plain");
        assertThat(caseFile.body()).contains(id, "S-3001");

        Answer clocks = get("/complaints/" + id + "/clocks", HANDLER, "application/json");
        assertThat(clocks.status()).isEqualTo(200);
        assertThat(clocks.json().isArray()).isTrue();
        assertThat(clocks.json().size()).isPositive();
        String clockId = clocks.json().get(0).get("id").asText();
        Answer explanation = get("/complaints/" + id + "/clocks/" + clockId + "/explanation", HANDLER, "text/plain");
        assertThat(explanation.status()).as(explanation.body()).isEqualTo(200);
        assertThat(explanation.body()).isNotBlank();

        Answer report = get("/reports/daily-incidents.csv?scheme=seed.matter&day="
                + Instant.now().minus(1, ChronoUnit.HOURS).atZone(service.getBean(ComplaintEngine.class).clock()
                .getZone()).toLocalDate(), MANAGER, "text/csv");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("text/csv");
        assertThat(report.body()).doesNotContain(CUSTOMER_NAME, CUSTOMER_PHONE, CUSTOMER_NUMBER);
    }

    @Test
    void theQueueListsOpenComplaintsWithoutTheCustomersPersonalData() throws Exception {
        Answer registered = post("/complaints", TELLER, UUID.randomUUID().toString(), registration(CUSTOMER_NAME));
        String id = registered.json().get("complaintId").asText();
        Answer queue = get("/queue?status=REGISTERED&limit=1000", MANAGER, "application/json");
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        queue.json().get("items").forEach(item -> ids.add(item.get("complaintId").asText()));
        assertThat(ids).contains(id);
        assertThat(queue.body()).doesNotContain(CUSTOMER_NAME, CUSTOMER_PHONE, CUSTOMER_NUMBER);

        Answer tooMany = get("/queue?limit=5000", MANAGER, "application/json");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.header("Content-Type")).startsWith("application/problem+json");
        assertThat(violations(tooMany)).containsExactly("limit CMP-1005");
    }

    @Test
    void badInputIsAProblemDetailListingEveryViolationWithItsCode() throws Exception {
        Answer noCaller = post("/complaints", Map.of(), null, registration(CUSTOMER_NAME));
        assertThat(noCaller.status()).isEqualTo(400);
        assertThat(noCaller.header("Content-Type")).startsWith("application/problem+json");
        assertThat(noCaller.json().get("code").asText()).isEqualTo("CMP-1001");
        assertThat(violations(noCaller)).containsExactlyInAnyOrder("header X-Staff-Id CMP-1001",
                "header X-Unit-Id CMP-1001", "header X-Roles CMP-1001", "header Idempotency-Key CMP-1001");

        // well-formed JSON that breaks several rules: the engine lists every violation at once
        String bad = registration(CUSTOMER_NAME).replace("\"channel\":\"COUNTER\",", "")
                .replace("\"subjects\":[{\"kind\":\"PRODUCT\",\"reference\":\"CASH-WITHDRAWAL\"}]", "\"subjects\":[]")
                .replace("\"jurisdiction\":\"CN\"", "\"jurisdiction\":\"china\"");
        Answer invalid = post("/complaints", TELLER, UUID.randomUUID().toString(), bad);
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(violations(invalid)).contains("channel CMP-1001", "subjects CMP-1005", "jurisdiction CMP-1004");
        assertThat(invalid.body()).doesNotContain(CUSTOMER_NAME, CUSTOMER_PHONE, CUSTOMER_NUMBER);

        // a value of the wrong form is refused with its place, never echoed
        Answer wrongForm = post("/complaints", TELLER, UUID.randomUUID().toString(),
                registration(CUSTOMER_NAME).replace("\"channel\":\"COUNTER\"", "\"channel\":\"" + CUSTOMER_PHONE + "\""));
        assertThat(wrongForm.status()).isEqualTo(400);
        assertThat(violations(wrongForm)).containsExactly("channel CMP-1004");
        assertThat(wrongForm.body()).doesNotContain(CUSTOMER_PHONE);

        Answer unknownCommand = post("/complaints/C-1/commands/teleport", HANDLER, UUID.randomUUID().toString(), "{}");
        assertThat(unknownCommand.status()).isEqualTo(400);
        assertThat(violations(unknownCommand)).containsExactly("type CMP-1006");
    }

    @Test
    void aCommandOnAVersionSomeoneElseChangedIsAConflictAndStoresNothing() throws Exception {
        Answer registered = post("/complaints", TELLER, UUID.randomUUID().toString(), registration(CUSTOMER_NAME));
        String id = registered.json().get("complaintId").asText();
        String readVersion = registered.header("ETag");
        // someone else accepts it first
        act(id, "accept", HANDLER, "{}", "ACCEPTED");
        long before = history(id).size();

        Answer stale = send(HttpRequest.newBuilder(base.resolve("/complaints/" + id + "/commands/add-case-note"))
                .header("If-Match", readVersion), HANDLER, UUID.randomUUID().toString(),
                "{\"kind\":\"INTERVIEW\",\"text\":\"与客户面谈\"}");
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("code").asText()).isEqualTo("CMP-3006");
        assertThat(history(id)).hasSize((int) before);

        Answer unknown = send(HttpRequest.newBuilder(base.resolve("/complaints/C-none/commands/accept")), HANDLER,
                UUID.randomUUID().toString(), "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("CMP-3003");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameResponseAndRecordsOneEvent() throws Exception {
        String registrationKey = UUID.randomUUID().toString();
        String body = registration(CUSTOMER_NAME);
        Answer first = post("/complaints", TELLER, registrationKey, body);
        Answer retry = post("/complaints", TELLER, registrationKey, body);
        assertThat(retry.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        String id = first.json().get("complaintId").asText();

        String acceptKey = UUID.randomUUID().toString();
        Answer accepted = send(HttpRequest.newBuilder(base.resolve("/complaints/" + id + "/commands/accept"))
                .header("If-Match", first.header("ETag")), HANDLER, acceptKey, "{}");
        // the retry still names the version read before the first try: it is answered as the first was
        Answer acceptedAgain = send(HttpRequest.newBuilder(base.resolve("/complaints/" + id + "/commands/accept"))
                .header("If-Match", first.header("ETag")), HANDLER, acceptKey, "{}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(acceptedAgain.status()).as(acceptedAgain.body()).isEqualTo(200);
        assertThat(acceptedAgain.json()).isEqualTo(accepted.json());
        assertThat(history(id).stream().filter(e -> e instanceof ComplaintAccepted)).hasSize(1);

        Answer otherCommandSameKey = post("/complaints/" + id + "/commands/start-investigation", HANDLER, acceptKey,
                "{}");
        assertThat(otherCommandSameKey.status()).isEqualTo(422);
        assertThat(otherCommandSameKey.json().get("code").asText()).startsWith("CMP-300");

        // the same key with other content is not a retry: refused, nothing stored
        Answer changed = post("/complaints", TELLER, registrationKey, body.replace("COUNTER", "PHONE"));
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.json().get("code").asText()).isEqualTo("CMP-3005");
    }

    @Test
    void theOpenApiDocumentDescribesTheDeskWithEachCommandsOwnBody() throws Exception {
        Answer document = get("/v3/api-docs", Map.of(), "application/json");
        assertThat(document.status()).isEqualTo(200);
        JsonNode paths = document.json().get("paths");
        assertThat(paths.has("/complaints")).isTrue();
        assertThat(paths.has("/complaints/{id}/case-file")).isTrue();
        assertThat(paths.has("/reports/daily-incidents.csv")).isTrue();
        assertThat(paths.has("/reports/accountability.csv")).isTrue();
        assertThat(paths.has("/reports/handling-times.csv")).isTrue();
        assertThat(paths.has("/complaints/{id}/commands/{type}")).as("one operation per command instead").isFalse();
        for (CommandType type : CommandType.values()) {
            if (type != CommandType.REGISTER) {
                String path = "/complaints/{id}/commands/" + CommandBinder.segment(type);
                assertThat(paths.has(path)).as(path).isTrue();
                assertThat(paths.get(path).get("post").at("/requestBody/content/application~1json/schema/$ref")
                        .asText()).isEqualTo("#/components/schemas/" + type.label() + "Body");
            }
        }
        JsonNode schemas = document.json().at("/components/schemas");
        JsonNode propose = schemas.get("ProposeResolutionBody").get("properties");
        assertThat(propose.has("summary")).isTrue();
        assertThat(propose.has("outcome")).isTrue();
        assertThat(propose.has("actor") || propose.has("complaintId") || propose.has("idempotencyKey")).isFalse();
        assertThat(paths.get("/complaints").get("post").at("/requestBody/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/RegisterComplaintBody");
        assertThat(schemas.get("RegisterComplaintBody").get("properties").has("complainant")).isTrue();
        assertThat(schemas.at("/AssignComplaintBody/properties/handler").toString()).contains("string");
    }

    @Test
    void aCallerTheAccessPolicyRefusesIsAForbiddenProblemDetailWithTheLibrarysCode() throws Exception {
        Answer registered = post("/complaints", TELLER, UUID.randomUUID().toString(), registration(CUSTOMER_NAME));
        String id = registered.json().get("complaintId").asText();
        // the system role is the engine's own: a caller claiming it is refused, whatever it asks
        Map<String, String> impostor = actor("S-2001", "GD-SZ", "handler,system");
        Answer read = get("/complaints/" + id + "/case-file", impostor, "text/plain, application/problem+json");
        assertThat(read.status()).as(read.body()).isEqualTo(403);
        assertThat(read.header("Content-Type")).startsWith("application/problem+json");
        assertThat(read.json().get("code").asText()).isEqualTo("CMP-2119");
        assertThat(read.body()).doesNotContain(CUSTOMER_NAME, CUSTOMER_PHONE, CUSTOMER_NUMBER);
        Answer accept = post("/complaints/" + id + "/commands/accept", impostor, UUID.randomUUID().toString(), "{}");
        assertThat(accept.status()).as(accept.body()).isEqualTo(403);
        assertThat(violations(accept)).containsExactly("actor CMP-2119");
        assertThat(history(id)).noneMatch(e -> e instanceof ComplaintAccepted);
    }

    @Test
    void theReportsTheLibraryTabulatesAreServedAsCsv() throws Exception {
        int year = Instant.now().atZone(service.getBean(ComplaintEngine.class).clock().getZone()).getYear();
        Answer accountability = get("/reports/accountability.csv?year=" + year, MANAGER, "text/csv");
        assertThat(accountability.status()).as(accountability.body()).isEqualTo(200);
        assertThat(accountability.header("Content-Type")).startsWith("text/csv");
        assertThat(accountability.body()).isNotBlank();
        Answer times = get("/reports/handling-times.csv?from=" + year + "-01-01&to=" + (year + 1)
                + "-01-01&by=channel,month-received", MANAGER, "text/csv");
        assertThat(times.status()).as(times.body()).isEqualTo(200);
        assertThat(times.body().lines().findFirst().orElseThrow()).containsIgnoringCase("channel");
        assertThat(times.body()).doesNotContain(CUSTOMER_NAME, CUSTOMER_PHONE, CUSTOMER_NUMBER);
        Answer bad = get("/reports/handling-times.csv?from=" + year + "-01-01&to=" + (year + 1)
                + "-01-01&by=colour", MANAGER, "text/csv, application/problem+json");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(violations(bad)).containsExactly("by[0] CMP-1006");
    }

    private static List<ComplaintEvent> history(String id) {
        return service.getBean(ComplaintEngine.class).hostReads().history(ComplaintId.of(id));
    }

    private static List<String> violations(Answer answer) {
        List<String> found = new ArrayList<>();
        answer.json().get("violations").forEach(v -> found.add(v.get("field").asText() + " " + v.get("code").asText()));
        return found;
    }

    static String registration(String name) {
        return """
                {"complainant":{"customer":"%s","name":"%s","segment":"ORDINARY","vulnerabilities":[],
                 "contact":{"method":"PHONE","address":"%s"}},
                 "channel":"COUNTER","receivedAt":"%s","receivingUnit":"GD-SZ-FT-001",
                 "subjects":[{"kind":"PRODUCT","reference":"CASH-WITHDRAWAL"}],
                 "content":"柜员拒绝办理大额取现","request":"要求道歉并办理取现","jurisdiction":"CN"}
                """.formatted(CUSTOMER_NUMBER, name, CUSTOMER_PHONE, Instant.now().minus(1, ChronoUnit.HOURS));
    }

    private static Answer act(String id, String command, Map<String, String> actor, String body, String status)
            throws Exception {
        Answer answer = post("/complaints/" + id + "/commands/" + command, actor, UUID.randomUUID().toString(), body);
        assertThat(answer.status()).as(command + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).as(command).isEqualTo(status);
        return answer;
    }

    private static Answer post(String path, Map<String, String> actor, String key, String body) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)), actor, key, body);
    }

    private static Answer send(HttpRequest.Builder request, Map<String, String> actor, String key, String body)
            throws Exception {
        actor.forEach(request::header);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        request.header("Content-Type", "application/json");
        request.POST(HttpRequest.BodyPublishers.ofString(body));
        return Answer.of(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Answer get(String path, Map<String, String> actor, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET();
        actor.forEach(request::header);
        return Answer.of(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Map<String, String> actor(String staff, String unit, String roles) {
        return Map.of("X-Staff-Id", staff, "X-Unit-Id", unit, "X-Roles", roles);
    }

    /** A response, read. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
