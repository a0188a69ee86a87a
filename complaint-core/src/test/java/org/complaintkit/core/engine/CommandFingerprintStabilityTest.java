package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Command records keep the fingerprint of their command ({@code CommandRecord.fingerprint}, in every store), and a
 * command resent after an upgrade must still match it. The fingerprints of a command of every type, with a plain
 * and a full payload, were computed by the reflective canonical text before it was compiled per command class
 * (2026-12-04) and are frozen in {@code command-fingerprints.golden}: never regenerate that file to make this pass,
 * since a changed fingerprint would turn every stored command's retry into a refusal ({@code CMP-3005}).
 */
class CommandFingerprintStabilityTest {

    private static final Instant RECEIVED = Instant.parse("2026-06-01T02:00:00Z");

    /** A command of every type, with a plain payload and a full one, by a stable name. */
    static Map<String, ComplaintCommand> samples() {
        ComplaintId id = ComplaintId.of("C-000001");
        IdempotencyKey key = IdempotencyKey.of("k-1");
        Commands.Payload plain = Commands.Payload.plain();
        Commands.Payload full = new Commands.Payload(Money.of("1234.50", "CNY"), Satisfaction.DISSATISFIED,
                Fixtures.APPROVER_ID, ComplaintId.of("C-000002"), "simple", ContactMethod.EMAIL);
        Map<String, ComplaintCommand> samples = new LinkedHashMap<>();
        samples.put("REGISTER plain", Fixtures.registration(RECEIVED));
        for (CommandType type : CommandType.values()) {
            if (type == CommandType.REGISTER) {
                continue;
            }
            samples.put(type + " plain", Commands.of(type, id, Fixtures.HANDLER, key, plain));
            samples.put(type + " full", Commands.of(type, id, Fixtures.APPROVER, key, full));
        }
        return samples;
    }

    static String printed() {
        StringBuilder out = new StringBuilder();
        samples().forEach((name, command) -> out.append(name).append(' ').append(CommandFingerprint.of(command))
                .append('\n'));
        return out.toString();
    }

    @Test
    void everyCommandTypeKeepsTheFingerprintItWasStoredWithBeforeTheCanonicalTextWasCompiled() throws IOException {
        String golden;
        try (InputStream in = getClass().getResourceAsStream("command-fingerprints.golden")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> frozen = new LinkedHashMap<>();
        for (String line : golden.split("\n")) {
            int space = line.lastIndexOf(' ');
            frozen.put(line.substring(0, space), line.substring(space + 1));
        }
        samples().forEach((name, command) -> assertEquals(frozen.get(name), CommandFingerprint.of(command),
                "the fingerprint of " + name + " changed: its stored records would no longer match a resend"));
    }
}
