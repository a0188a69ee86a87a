package org.complaintkit.notify.email;

import static org.junit.jupiter.api.Assertions.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.notification.SendOutcome;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Against a real SMTP server in the test (GreenMail on loopback), and small SMTP stubs for the failures. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmailSenderTest {
    static final String CUSTOMER_MAIL = "zhang.xiaoming@example.cn";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    static EmailSender sender(int port, Duration timeout) {
        return EmailSender.smtp("127.0.0.1", port, timeout).from("complaints@bank.example")
                .staffAddresses(key -> key.equals("staff:S-1001") ? Optional.of("teller.1001@bank.example") : Optional.empty())
                .build();
    }

    static Notification notice(String key, Recipient to) {
        return new Notification(ComplaintId.of("C-1"), "decision", List.of(to), "decision", Map.of("facts", "x"),
                Locale.forLanguageTag("zh-CN"), key, "投诉处理结果告知（编号 C-1）", "尊敬的张小明：\n经核实，……");
    }

    static Recipient customer() {
        return Recipient.customer("C-1", ContactPoint.of(ContactMethod.EMAIL, CUSTOMER_MAIL));
    }

    @Test
    void a_notice_arrives_as_utf8_mail_with_its_dedupe_key_and_a_message_id_that_is_the_proof() throws Exception {
        SendOutcome outcome = sender(SMTP.getSmtp().getPort(), Duration.ofSeconds(5)).send(notice("C-1/9/decision/customer",
                customer()));
        assertTrue(outcome.delivered(), String.valueOf(outcome.failureReason()));
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals("投诉处理结果告知（编号 C-1）", mail.getSubject());
        assertEquals(CUSTOMER_MAIL, mail.getAllRecipients()[0].toString());
        assertTrue(((String) mail.getContent()).contains("尊敬的张小明"));
        assertEquals("C-1/9/decision/customer", mail.getHeader(EmailSender.DEDUPE_HEADER)[0]);
        assertEquals(EmailSender.messageId("C-1/9/decision/customer"), mail.getMessageID());
        assertEquals(mail.getMessageID(), outcome.providerReference());
    }

    @Test
    void a_reply_to_the_forwarding_body_goes_to_the_address_the_reply_names() throws Exception {
        SendOutcome outcome = sender(SMTP.getSmtp().getPort(), Duration.ofSeconds(5)).send(notice(
                "C-1/12/forwarding-reply-regulator/forwarding_body:REGULATOR",
                Recipient.forwardingBody("REGULATOR", ContactPoint.of(ContactMethod.EMAIL, "xfb@szbirc.example"))));
        assertTrue(outcome.delivered(), String.valueOf(outcome.failureReason()));
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals("xfb@szbirc.example", received[received.length - 1].getAllRecipients()[0].toString());
    }

    @Test
    void staff_notices_go_to_the_address_the_host_looks_up_and_fail_without_one() {
        EmailSender mail = sender(SMTP.getSmtp().getPort(), Duration.ofSeconds(5));
        assertTrue(mail.send(notice("k1", Recipient.staff(StaffId.of("S-1001")))).delivered());
        SendOutcome unknown = mail.send(notice("k2", Recipient.staff(StaffId.of("S-9999"))));
        assertEquals("no e-mail address for staff recipient", unknown.failureReason());
        SendOutcome sms = mail.send(notice("k3", Recipient.customer("C-1", ContactPoint.of(ContactMethod.SMS, "13812345678"))));
        assertFalse(sms.delivered());
    }

    @Test
    void a_server_that_is_down_is_a_failed_attempt() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        SendOutcome outcome = sender(closed, Duration.ofSeconds(2)).send(notice("k", customer()));
        assertFalse(outcome.delivered());
        assertEquals("SMTP failure: java.net.ConnectException", outcome.failureReason());
    }

    @Test
    void a_5xx_rejection_is_a_failed_attempt_reported_by_its_code_without_the_servers_text() throws Exception {
        try (SmtpStub stub = SmtpStub.rejectingRecipients()) {
            SendOutcome outcome = sender(stub.port(), Duration.ofSeconds(5)).send(notice("k", customer()));
            assertFalse(outcome.delivered());
            assertEquals("SMTP 554", outcome.failureReason());
            assertFalse(outcome.failureReason().contains(CUSTOMER_MAIL));
        }
    }

    @Test
    void a_server_that_never_answers_times_out_as_a_failed_attempt() throws Exception {
        try (SmtpStub stub = SmtpStub.silent()) {
            long start = System.nanoTime();
            SendOutcome outcome = sender(stub.port(), Duration.ofMillis(500)).send(notice("k", customer()));
            assertFalse(outcome.delivered());
            assertEquals("SMTP failure: java.net.SocketTimeoutException", outcome.failureReason());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        }
    }

    @Test
    void the_engine_acknowledges_a_complaint_by_mail_and_keeps_the_message_id_in_the_ledger() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .notifications(NotificationSetup.standard()).build();
        Actor teller = Actor.staff(StaffId.of("S-1001"), UnitId.of("GD-SZ-FT-001"), Role.RECEIVER);
        Complainant complainant = new Complainant(CustomerRef.of("CIF1"), Sensitive.of("张小明"), CustomerSegment.ORDINARY,
                Set.of(), ContactPoint.of(ContactMethod.EMAIL, CUSTOMER_MAIL));
        ComplaintId id = engine.execute(new RegisterComplaint(teller, IdempotencyKey.of("r1"), complainant, Channel.EMAIL,
                clock.instant(), UnitId.of("GD-SZ-FT-001"), List.of(ComplaintSubject.product("CARD")),
                Sensitive.of("信用卡年费被重复扣收"), Sensitive.of("退还"), null)).complaintId();
        engine.execute(new AcceptComplaint(id, Actor.staff(StaffId.of("S-2001"), UnitId.of("GD-SZ"), Role.HANDLER),
                IdempotencyKey.of("a1")));
        EmailSender mail = sender(SMTP.getSmtp().getPort(), Duration.ofSeconds(5));
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(engine)
                .customerSender(ContactMethod.EMAIL, mail).staffSender(mail).build()) {
            assertEquals(1, dispatcher.dispatchDue().delivered());
        }
        NoticeDelivered proof = engine.hostReads().ledger(id).get(0);
        assertEquals("smtp", proof.channel());
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals(received.getMessageID(), proof.providerReference());
        assertTrue(received.getSubject().contains(id.value()));
    }

    /** A minimal SMTP server on loopback: one that rejects every recipient with 554, or one that never speaks. */
    static final class SmtpStub implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        private SmtpStub(boolean speaks) throws Exception {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> serve(speaks), "smtp-stub");
            thread.setDaemon(true);
            thread.start();
        }

        static SmtpStub rejectingRecipients() throws Exception {
            return new SmtpStub(true);
        }

        static SmtpStub silent() throws Exception {
            return new SmtpStub(false);
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(boolean speaks) {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    if (!speaks) {
                        Thread.sleep(10_000);
                        continue;
                    }
                    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
                    reply(out, "220 stub ESMTP");
                    for (String line; (line = in.readLine()) != null; ) {
                        String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                        switch (verb) {
                            case "EHLO", "HELO" -> reply(out, "250 stub");
                            case "MAIL" -> reply(out, "250 ok");
                            case "RCPT" -> reply(out, "554 5.7.1 <" + line + "> rejected by policy");
                            case "QUIT" -> {
                                reply(out, "221 bye");
                                return;
                            }
                            default -> reply(out, "554 5.5.1 no");
                        }
                    }
                } catch (Exception e) {
                    return;
                }
            }
        }

        private static void reply(Writer out, String line) throws java.io.IOException {
            out.write(line + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.interrupt();
        }
    }
}
