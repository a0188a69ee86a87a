package org.complaintkit.evidence.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintkit.api.casework.EvidenceCheck;
import org.complaintkit.api.casework.EvidenceStatus;
import org.complaintkit.api.command.AttachEvidence;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.core.casework.DocumentDigest;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.evidence.EvidenceReceipt;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FileSystemEvidenceStoreTest {
    @TempDir
    Path root;

    static final byte[] RECORDING = "录音转写：客户称转账未到账。".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_document_written_through_the_engine_verifies_until_its_file_is_tampered_with_and_then_deleted() throws IOException {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(root);
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).evidence(store).build();
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        EvidenceReceipt receipt = store.put(id, RECORDING);
        engine.execute(AttachEvidence.of(id, Fixtures.TELLER, Fixtures.key(), Sensitive.of("录音.txt"), "text/plain",
                receipt, Sensitive.of("通话录音转写")));
        assertEquals(List.of(EvidenceStatus.MATCHES), statuses(engine, id));

        Path file = store.fileOf(receipt.storageKey());
        assertEquals(root.resolve(receipt.sha256().substring(0, 2)).resolve(receipt.sha256().substring(2, 4))
                .resolve(receipt.sha256()), file, "laid out by content hash");
        Files.write(file, "录音转写：客户无异议。".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(EvidenceStatus.ALTERED), statuses(engine, id), "the file was edited on disk");
        Files.delete(file);
        assertEquals(List.of(EvidenceStatus.MISSING), statuses(engine, id), "the file was deleted");
    }

    @Test
    void the_receipt_gives_the_size_and_sha_256_of_the_bytes_and_opening_the_key_gives_them_back() throws IOException {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(root);
        EvidenceReceipt receipt = store.put(ComplaintId.of("C-1"), RECORDING);
        assertEquals(RECORDING.length, receipt.size());
        assertEquals(DocumentDigest.of(RECORDING).sha256(), receipt.sha256());
        try (InputStream in = store.open(receipt.storageKey()).orElseThrow()) {
            assertArrayEquals(RECORDING, in.readAllBytes());
        }
        assertEquals(receipt, store.put(ComplaintId.of("C-2"), RECORDING), "the same bytes are stored once");
        try (var leftovers = Files.list(root.resolve("tmp"))) {
            assertEquals(0, leftovers.count(), "the temporary files were moved into place");
        }
        assertTrue(store.open("0".repeat(64)).isEmpty(), "an unknown key is empty, not an error");
    }

    @Test
    void a_key_that_would_leave_the_root_or_is_not_a_hash_is_refused_before_any_file_is_touched() throws IOException {
        Files.writeString(root.resolve("secret.txt"), "x");
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(root.resolve("store"));
        for (String key : new String[] {"../secret.txt", "../../etc/passwd", "/etc/passwd", "", "AB" + "0".repeat(62),
                "aa/../../secret.txt", "0".repeat(63) + "/"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.open(key), key);
            assertEquals(ErrorCode.INVALID_EVIDENCE_KEY, e.code());
            assertThrows(InvalidInputException.class, () -> store.fileOf(key));
        }
    }

    private static List<EvidenceStatus> statuses(ComplaintEngine engine, ComplaintId id) {
        return engine.verifyEvidence(id, Fixtures.TELLER).stream().map(EvidenceCheck::status).toList();
    }
}
