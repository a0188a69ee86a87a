package org.complaintkit.notify.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.notification.SendOutcome;

/**
 * Posts each notice as a JSON document to an HTTP endpoint, such as the bank's SMS gateway or message
 * bus adapter.
 *
 * <p>The request carries the dedupe key in an {@code Idempotency-Key} header, so the endpoint can drop
 * repeats of an at-least-once delivery, and, when a secret is set, an HMAC-SHA256 of the body in
 * {@code X-ComplaintKit-Signature} ({@code sha256=<hex>}) so the endpoint can tell the bank's own
 * ComplaintKit from anyone else. A 2xx answer is a delivery; the provider reference is the answer's
 * {@code X-Message-Id} header if present, else {@code HTTP <status> <dedupe key>}. Any other status, a
 * refused connection or a timeout is a failed attempt, reported without the endpoint's text.
 *
 * <p>The JSON document: {@code dedupeKey, complaintId, type, locale, recipient {kind, reference,
 * contactMethod, address}, subject, body, parameters}.
 *
 * <pre>{@code
 * WebhookSender sms = WebhookSender.to(URI.create("https://sms-gateway.bank.internal/notices"))
 *         .timeout(Duration.ofSeconds(5)).secret(System.getenv("NOTICE_HMAC_SECRET")).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WebhookSender implements NotificationSender {
    /** The header that carries the dedupe key. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    /** The header that carries the body's HMAC-SHA256. */
    public static final String SIGNATURE_HEADER = "X-ComplaintKit-Signature";

    private final URI endpoint;
    private final HttpClient client;
    private final Duration timeout;
    private final byte[] secret;

    private WebhookSender(Builder builder) {
        this.endpoint = builder.endpoint;
        this.timeout = builder.timeout;
        this.secret = builder.secret;
        this.client = HttpClient.newBuilder().connectTimeout(builder.timeout).build();
    }

    /**
     * Starts configuring a sender that posts to an endpoint.
     *
     * @param endpoint the endpoint's URI
     * @return a builder
     */
    public static Builder to(URI endpoint) {
        return new Builder(endpoint);
    }

    @Override
    public SendOutcome send(Notification notification) {
        String json = json(notification);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(IDEMPOTENCY_HEADER, notification.dedupeKey())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header(SIGNATURE_HEADER, "sha256=" + signature(secret, json));
        }
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status / 100 != 2) {
                return SendOutcome.failed("HTTP " + status);
            }
            return SendOutcome.delivered(response.headers().firstValue("X-Message-Id")
                    .orElse("HTTP " + status + " " + notification.dedupeKey()));
        } catch (HttpTimeoutException e) {
            return SendOutcome.failed("no answer within " + timeout);
        } catch (IOException e) {
            return SendOutcome.failed("connection failed: " + e.getClass().getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.failed("interrupted");
        }
    }

    @Override
    public String channel() {
        return "webhook";
    }

    /**
     * The HMAC-SHA256 of a body under a secret, in hex: what an endpoint compares with the signature header.
     *
     * @param secret the shared secret
     * @param body the request body
     * @return the hex signature
     */
    public static String signature(byte[] secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /**
     * The JSON document a notice is posted as.
     *
     * @param n the notice
     * @return the document
     */
    static String json(Notification n) {
        Recipient to = n.recipients().get(0);
        StringBuilder out = new StringBuilder(256 + n.body().length());
        out.append('{');
        field(out, "dedupeKey", n.dedupeKey()).append(',');
        field(out, "complaintId", n.complaintId().value()).append(',');
        field(out, "type", n.type()).append(',');
        field(out, "locale", n.locale().toLanguageTag()).append(',');
        out.append("\"recipient\":{");
        field(out, "kind", to.kind().name()).append(',');
        field(out, "reference", to.reference());
        if (to.contact() != null) {
            out.append(',');
            field(out, "contactMethod", to.contact().method().name());
            if (to.contact().address() != null) {
                out.append(',');
                field(out, "address", to.contact().address().reveal());
            }
        }
        out.append("},");
        field(out, "subject", n.subject()).append(',');
        field(out, "body", n.body()).append(',');
        out.append("\"parameters\":{");
        boolean first = true;
        for (Map.Entry<String, String> p : new TreeMap<>(n.parameters()).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            field(out, p.getKey(), p.getValue());
        }
        return out.append("}}").toString();
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        return string(string(out, name).append(':'), value);
    }

    private static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean lone = Character.isHighSurrogate(c)
                            ? !(i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)))
                            : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(value.charAt(i - 1)));
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || lone) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** Configures a {@link WebhookSender}. Not thread-safe. */
    public static final class Builder {
        private final URI endpoint;
        private Duration timeout = Duration.ofSeconds(10);
        private byte[] secret;

        private Builder(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
                throw new IllegalArgumentException("the endpoint must be an http or https URI");
            }
        }

        /**
         * Sets the longest wait for a connection and for the answer. Default: 10 seconds.
         *
         * @param limit the timeout, positive
         * @return this builder
         */
        public Builder timeout(Duration limit) {
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive");
            }
            this.timeout = limit;
            return this;
        }

        /**
         * Signs every request body with HMAC-SHA256 under a shared secret. Default: unsigned.
         *
         * @param shared the secret, at least 16 characters
         * @return this builder
         */
        public Builder secret(String shared) {
            if (shared == null || shared.length() < 16) {
                throw new IllegalArgumentException("the secret must have at least 16 characters");
            }
            this.secret = shared.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * Builds the sender.
         *
         * @return the sender
         */
        public WebhookSender build() {
            return new WebhookSender(this);
        }
    }
}
