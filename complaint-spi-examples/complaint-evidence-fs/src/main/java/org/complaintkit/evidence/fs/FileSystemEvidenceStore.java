package org.complaintkit.evidence.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.spi.evidence.EvidenceReceipt;
import org.complaintkit.spi.evidence.EvidenceStore;

/**
 * An {@link EvidenceStore} that keeps each document as a file under a root directory, laid out by content hash:
 * the bytes whose SHA-256 is {@code ab12…} live at {@code <root>/ab/12/ab12…}, and the key is the hash itself.
 * Identical bytes are stored once, whichever complaint attaches them, and a key names one content for good.
 *
 * <p>A document is written to a temporary file in {@code <root>/tmp} while it is hashed, then moved into place
 * atomically, so a reader never sees half a document and a crash leaves only a stray temporary file. A key that is
 * not 64 lower-case hex digits is refused ({@code CMP-1120}) before any path is built from it, so no key reaches
 * outside the root. A failure of the file system is thrown as a {@link StoreException} coded {@code CMP-3120},
 * with the file's path left out of the message.
 *
 * <p>Thread-safe: writers of the same bytes race only to move identical content into place.
 */
public final class FileSystemEvidenceStore implements EvidenceStore {
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path temporary;

    /**
     * Opens a store under a root directory, creating it and its {@code tmp} directory if needed.
     *
     * @param root the directory the documents live under
     * @throws StoreException coded {@code CMP-3120} if the directories cannot be created
     */
    public FileSystemEvidenceStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.temporary = this.root.resolve("tmp");
        try {
            Files.createDirectories(temporary);
        } catch (IOException e) {
            throw failure("the evidence root could not be created", e);
        }
    }

    @Override
    public EvidenceReceipt put(ComplaintId complaintId, InputStream content) {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(content, "content");
        Path written = null;
        try {
            written = Files.createTempFile(temporary, "put-", ".part");
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(written), sha)) {
                size = content.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(hash);
            Files.createDirectories(target.getParent());
            try {
                Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw failure("the evidence root's file system cannot move files atomically", e);
            }
            written = null;
            return new EvidenceReceipt(hash, size, hash);
        } catch (IOException e) {
            throw failure("the document could not be written", e);
        } finally {
            if (written != null) {
                try {
                    Files.deleteIfExists(written);
                } catch (IOException ignored) {
                    // The stray temporary file is harmless; the failure that got here is the one thrown.
                }
            }
        }
    }

    @Override
    public Optional<InputStream> open(String storageKey) {
        Path file = pathOf(checked(storageKey));
        try {
            return Optional.of(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw failure("the document could not be opened", e);
        }
    }

    /**
     * Returns the file a key's document is kept in, for the host's own housekeeping and backups.
     *
     * @param storageKey a key from a receipt
     * @return the path, which may not exist
     * @throws InvalidInputException coded {@code CMP-1120} if the key is not one this store hands out
     */
    public Path fileOf(String storageKey) {
        return pathOf(checked(storageKey));
    }

    private static String checked(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw InvalidInputException.of(ErrorCode.INVALID_EVIDENCE_KEY, "storageKey",
                    "a key of this store is the document's SHA-256 in 64 lower-case hex digits");
        }
        return storageKey;
    }

    private Path pathOf(String hash) {
        Path file = root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash).normalize();
        if (!file.startsWith(root)) {
            throw InvalidInputException.of(ErrorCode.INVALID_EVIDENCE_KEY, "storageKey", "the key leaves the root");
        }
        return file;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static StoreException failure(String message, IOException cause) {
        return StoreException.of(List.of(new Violation(ErrorCode.EVIDENCE_STORE_FAILURE, "evidence", message)), cause);
    }
}
