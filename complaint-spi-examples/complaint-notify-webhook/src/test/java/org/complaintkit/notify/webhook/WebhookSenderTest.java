package org.complaintkit.notify.webhook;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.notification.RetryPolicy;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.notification.SendOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback (the JDK's), which answers as each test scripts it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookSenderTest {
    static final String SECRET = "0123456789abcdef-shared";
    HttpServer server;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final Map<String, Integer> seen = new ConcurrentHashMap<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile int failureStatus = 503;
    volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/notices", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String signature = exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE_HEADER);
        if (signature == null || !signature.equals("sha256=" + WebhookSender.signature(SECRET.getBytes(StandardCharsets.UTF_8), body))) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        if (failuresLeft.getAndDecrement() > 0) {
            exchange.sendResponseHeaders(failureStatus, -1);
            exchange.close();
            return;
        }
        String key = exchange.getRequestHeaders().getFirst(WebhookSender.IDEMPOTENCY_HEADER);
        if (seen.merge(key, 1, Integer::sum) == 1) {
            bodies.add(body);
        }
        exchange.getResponseHeaders().add("X-Message-Id", "gw-" + Math.abs(key.hashCode()));
        exchange.sendResponseHeaders(202, -1);
        exchange.close();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/notices");
    }

    WebhookSender sender(Duration timeout) {
        return WebhookSender.to(endpoint()).timeout(timeout).secret(SECRET).build();
    }

    static Notification notice(String key) {
        return new Notification(ComplaintId.of("C-1"), "extension", List.of(Recipient.customer("C-1",
                ContactPoint.of(ContactMethod.SMS, "13812345678"))), "extension",
                Map.of("reason", "需调取监控\"录像\"", "newDeadline", "2026-04-01"), Locale.forLanguageTag("zh-CN"), key,
                "投诉处理期限延长告知", "尊敬的张小明：\n因需调取监控，处理期限延长至2026-04-01。😀");
    }

    @Test
    void a_notice_is_posted_as_signed_json_with_its_idempotency_key() {
        SendOutcome outcome = sender(Duration.ofSeconds(5)).send(notice("C-1/5/extension/customer"));
        assertTrue(outcome.delivered(), String.valueOf(outcome.failureReason()));
        assertEquals("gw-" + Math.abs("C-1/5/extension/customer".hashCode()), outcome.providerReference());
        String json = bodies.get(0);
        assertTrue(json.contains("\"dedupeKey\":\"C-1/5/extension/customer\""), json);
        assertTrue(json.contains("\"contactMethod\":\"SMS\",\"address\":\"13812345678\""), json);
        assertTrue(json.contains("\"body\":\"尊敬的张小明：\\n因需调取监控，处理期限延长至2026-04-01。😀\""), json);
        assertTrue(json.contains("\"reason\":\"需调取监控\\\"录像\\\"\""), json);
    }

    @Test
    void a_receiver_that_honours_the_idempotency_key_keeps_one_copy_of_a_repeated_delivery() {
        WebhookSender webhook = sender(Duration.ofSeconds(5));
        assertTrue(webhook.send(notice("k")).delivered());
        assertTrue(webhook.send(notice("k")).delivered());
        assertEquals(2, seen.get("k"));
        assertEquals(1, bodies.size());
    }

    @Test
    void a_5xx_answer_is_a_failed_attempt() {
        failuresLeft.set(1);
        assertEquals("HTTP 503", sender(Duration.ofSeconds(5)).send(notice("k")).failureReason());
    }

    @Test
    void an_unsigned_or_wrongly_signed_request_is_refused_by_the_endpoint() {
        SendOutcome unsigned = WebhookSender.to(endpoint()).build().send(notice("k"));
        assertEquals("HTTP 401", unsigned.failureReason());
        SendOutcome wrong = WebhookSender.to(endpoint()).secret("another-secret-of-16").build().send(notice("k"));
        assertEquals("HTTP 401", wrong.failureReason());
    }

    @Test
    void a_server_that_is_down_is_a_failed_attempt() throws IOException {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        SendOutcome outcome = WebhookSender.to(URI.create("http://127.0.0.1:" + closed + "/notices"))
                .timeout(Duration.ofSeconds(2)).build().send(notice("k"));
        assertEquals("connection failed: java.net.ConnectException", outcome.failureReason());
    }

    @Test
    void a_server_that_answers_too_late_times_out_as_a_failed_attempt() {
        delayMillis = 3_000;
        SendOutcome outcome = sender(Duration.ofMillis(300)).send(notice("k"));
        assertEquals("no answer within PT0.3S", outcome.failureReason());
    }

    @Test
    void the_dispatcher_retries_a_failing_endpoint_and_the_ledger_keeps_the_gateways_reference() {
        failuresLeft.set(2);
        failureStatus = 502;
        Clock[] clock = {Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"))};
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return clock[0].getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock[0].instant();
            }
        };
        ComplaintEngine engine = ComplaintEngine.builder().clock(moving).discoverPlugins(false)
                .notifications(NotificationSetup.standard()).build();
        Actor teller = Actor.staff(StaffId.of("S-1001"), UnitId.of("GD-SZ-FT-001"), Role.RECEIVER);
        Complainant complainant = new Complainant(CustomerRef.of("CIF1"), Sensitive.of("张小明"), CustomerSegment.ORDINARY,
                Set.of(), ContactPoint.of(ContactMethod.SMS, "13812345678"));
        ComplaintId id = engine.execute(new RegisterComplaint(teller, IdempotencyKey.of("r1"), complainant, Channel.PHONE,
                moving.instant(), UnitId.of("GD-SZ-FT-001"), List.of(ComplaintSubject.product("CARD")),
                Sensitive.of("短信验证码收不到"), Sensitive.of("处理"), null)).complaintId();
        engine.execute(new AcceptComplaint(id, Actor.staff(StaffId.of("S-2001"), UnitId.of("GD-SZ"), Role.HANDLER),
                IdempotencyKey.of("a1")));
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(engine)
                .customerSender(ContactMethod.SMS, sender(Duration.ofSeconds(5)))
                .retry(new RetryPolicy(5, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(5))).build()) {
            for (int i = 0; i < 3; i++) {
                dispatcher.dispatchDue();
                clock[0] = Clock.offset(clock[0], Duration.ofMinutes(5));
            }
        }
        List<String> failures = engine.hostReads().history(id).stream().filter(NoticeFailed.class::isInstance)
                .map(e -> ((NoticeFailed) e).reason()).toList();
        assertEquals(List.of("HTTP 502", "HTTP 502"), failures);
        NoticeDelivered proof = engine.hostReads().ledger(id).get(0);
        assertEquals("webhook", proof.channel());
        assertTrue(proof.providerReference().startsWith("gw-"));
        assertEquals(3, proof.attempts());
        assertEquals(1, bodies.size());
    }
}
