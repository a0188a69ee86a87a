package org.complaintkit.core.classification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.classification.TaxonomyClass;

/**
 * Builds a classifier's version from what defines it: a SHA-256 over fields fed one by one, each written with its
 * length so that no two sequences of fields give the same bytes. The version is the digest's first 16 hex digits
 * after a prefix naming the kind of classifier, such as {@code rules-3f9c0a51d2e4b781}. It depends only on the
 * fields, never on the machine, the JVM or the order of a hash set: callers feed sets sorted.
 *
 * <p>Not thread-safe: one per digest.
 */
public final class ModelDigest {
    private final String prefix;
    private final MessageDigest sha256;

    private ModelDigest(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        field(prefix);
    }

    /**
     * Starts a digest.
     *
     * @param prefix the kind of classifier, such as {@code rules}, which begins the version
     * @return the digest
     */
    public static ModelDigest of(String prefix) {
        return new ModelDigest(prefix);
    }

    /**
     * Feeds one field.
     *
     * @param value the field; null is fed as a marker distinct from every text
     * @return this digest
     */
    public ModelDigest field(String value) {
        if (value == null) {
            sha256.update((byte) 0);
            return this;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha256.update((byte) 1);
        sha256.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                (byte) (bytes.length >>> 8), (byte) bytes.length});
        sha256.update(bytes);
        return this;
    }

    /**
     * Feeds a list of fields, its size first.
     *
     * @param values the fields, in an order that does not depend on the JVM
     * @return this digest
     */
    public ModelDigest fields(List<String> values) {
        field(Integer.toString(values.size()));
        values.forEach(this::field);
        return this;
    }

    /**
     * Feeds a scheme: its id, version and every class with its parent, in declared order.
     *
     * @param taxonomy the scheme
     * @return this digest
     */
    public ModelDigest taxonomy(Taxonomy taxonomy) {
        field(taxonomy.scheme()).field(taxonomy.version()).field(taxonomy.other().code());
        field(Integer.toString(taxonomy.classes().size()));
        for (TaxonomyClass c : taxonomy.classes()) {
            field(c.code()).field(c.parent());
        }
        return this;
    }

    /**
     * Returns the SHA-256 of a text as 64 hex digits, for feeding a text's digest rather than the text.
     *
     * @param text the text
     * @return the hex digest
     */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Finishes the digest.
     *
     * @return the version: the prefix, a dash and 16 hex digits
     */
    public String version() {
        return prefix + "-" + HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
    }
}
