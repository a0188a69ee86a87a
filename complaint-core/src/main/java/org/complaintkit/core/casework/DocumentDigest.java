package org.complaintkit.core.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The size and SHA-256 of a document's bytes, as an evidence store reports them and the engine checks them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size the size in bytes
 * @param sha256 the SHA-256, 64 lower-case hex digits
 */
public record DocumentDigest(long size, String sha256) {

    /**
     * Checks the components.
     *
     * @param size the size in bytes
     * @param sha256 the SHA-256
     */
    public DocumentDigest {
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Reads a stream to its end and digests it; the caller closes it.
     *
     * @param content the bytes
     * @return their size and SHA-256
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static DocumentDigest of(InputStream content) {
        MessageDigest sha = newSha256();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                sha.update(buffer, 0, read);
                size += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocumentDigest(size, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * Digests bytes held in memory.
     *
     * @param content the bytes
     * @return their size and SHA-256
     */
    public static DocumentDigest of(byte[] content) {
        return new DocumentDigest(content.length, HexFormat.of().formatHex(newSha256().digest(content)));
    }

    /**
     * A fresh SHA-256 digest.
     *
     * @return the digest
     */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
