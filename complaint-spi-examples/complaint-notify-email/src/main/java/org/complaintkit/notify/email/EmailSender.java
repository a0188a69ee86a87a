package org.complaintkit.notify.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.notification.SendOutcome;
import java.util.Locale;

/**
 * Sends notices as plain-text UTF-8 e-mail over SMTP with Jakarta Mail.
 *
 * <p>Each message carries the notice's dedupe key twice, so a receiving system can drop repeats of an
 * at-least-once delivery: in an {@code X-ComplaintKit-Dedupe-Key} header and in a {@code Message-ID}
 * derived from it ({@code <sha256-of-key@complaintkit>}), which is also the provider reference the
 * ledger keeps as proof of sending. A failure is reported with the SMTP reply code or the exception's
 * class, never with an address or text, since the reason is recorded on the complaint.
 *
 * <pre>{@code
 * EmailSender mail = EmailSender.smtp("smtp.bank.internal", 25, Duration.ofSeconds(10))
 *         .from("complaints@bank.example")
 *         .staffAddresses(staffId -> directory.email(staffId))
 *         .build();
 * NotificationDispatcher.builder(engine).customerSender(ContactMethod.EMAIL, mail).staffSender(mail).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EmailSender implements NotificationSender {
    /** The header that carries the dedupe key. */
    public static final String DEDUPE_HEADER = "X-ComplaintKit-Dedupe-Key";

    private final Session session;
    private final InternetAddress from;
    private final Function<Recipient, Optional<String>> addresses;

    private EmailSender(Builder builder) {
        this.session = builder.session;
        this.from = builder.from;
        Function<String, Optional<String>> staff = builder.staffAddresses;
        this.addresses = recipient -> {
            if (recipient.contact() != null) {
                // The complainant, or the body that forwarded the complaint: the address the notice names.
                return recipient.contact().method() == ContactMethod.EMAIL && recipient.contact().address() != null
                        ? Optional.of(recipient.contact().address().reveal()) : Optional.empty();
            }
            return staff.apply(recipient.key());
        };
    }

    /**
     * Starts configuring a sender for an SMTP server, with connect, read and write timeouts.
     *
     * @param host the server's host
     * @param port the server's port
     * @param timeout the longest wait for the server at each step
     * @return a builder
     */
    public static Builder smtp(String host, int port, Duration timeout) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", Objects.requireNonNull(host, "host"));
        properties.put("mail.smtp.port", Integer.toString(port));
        String millis = Long.toString(timeout.toMillis());
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        return new Builder(Session.getInstance(properties));
    }

    /**
     * Starts configuring a sender on a mail session the host has set up (TLS, authentication and so on).
     *
     * @param session the session
     * @return a builder
     */
    public static Builder session(Session session) {
        return new Builder(Objects.requireNonNull(session, "session"));
    }

    @Override
    public SendOutcome send(Notification notification) {
        Recipient recipient = notification.recipients().get(0);
        Optional<String> address = addresses.apply(recipient);
        if (address.isEmpty()) {
            return SendOutcome.failed("no e-mail address for " + recipient.kind().name().toLowerCase(Locale.ROOT)
                    + " recipient");
        }
        String messageId = messageId(notification.dedupeKey());
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(address.get(), true));
            message.setSubject(notification.subject(), "UTF-8");
            message.setText(notification.body(), "UTF-8");
            message.setHeader(DEDUPE_HEADER, notification.dedupeKey());
            message.setHeader("Content-Language", notification.locale().toLanguageTag());
            Transport.send(message);
            return SendOutcome.delivered(messageId);
        } catch (AddressException e) {
            return SendOutcome.failed("the recipient's e-mail address is malformed");
        } catch (MessagingException e) {
            return SendOutcome.failed(reason(e));
        }
    }

    @Override
    public String channel() {
        return "smtp";
    }

    /** The SMTP reply code if the server gave one, else the class of the failure, without any text of the server's. */
    private static String reason(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Integer code = replyCode(t);
            if (code != null) {
                return "SMTP " + code;
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "SMTP failure: " + root.getClass().getName();
    }

    /** The reply code of Angus Mail's SMTP exceptions, read without a compile-time dependency on the provider. */
    private static Integer replyCode(Throwable t) {
        try {
            Object code = t.getClass().getMethod("getReturnCode").invoke(t);
            return code instanceof Integer i && i > 0 ? i : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /**
     * The Message-ID a notice is sent with: the same on every attempt.
     *
     * @param dedupeKey the notice's dedupe key
     * @return the Message-ID, with angle brackets
     */
    public static String messageId(String dedupeKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupeKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 20) + "@complaintkit>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Configures an {@link EmailSender}. Not thread-safe. */
    public static final class Builder {
        private final Session session;
        private InternetAddress from;
        private Function<String, Optional<String>> staffAddresses = key -> Optional.empty();

        private Builder(Session session) {
            this.session = session;
        }

        /**
         * Sets the sender address.
         *
         * @param address the address, such as {@code complaints@bank.example}
         * @return this builder
         * @throws IllegalArgumentException if the address is malformed
         */
        public Builder from(String address) {
            try {
                this.from = new InternetAddress(Objects.requireNonNull(address, "address"), true);
            } catch (AddressException e) {
                throw new IllegalArgumentException("the sender address is malformed", e);
            }
            return this;
        }

        /**
         * Sets where notices to staff, roles and units go. Default: nowhere (they fail and are retried).
         *
         * @param lookup the address for a recipient key such as {@code staff:S-1001} or {@code unit:GD-SZ}
         * @return this builder
         */
        public Builder staffAddresses(Function<String, Optional<String>> lookup) {
            this.staffAddresses = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /**
         * Builds the sender.
         *
         * @return the sender
         * @throws IllegalStateException if no sender address was set
         */
        public EmailSender build() {
            if (from == null) {
                throw new IllegalStateException("set the sender address with from(..)");
            }
            return new EmailSender(this);
        }
    }
}
