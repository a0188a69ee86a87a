package org.complaintkit.core.classification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.storage.ComplaintIndex;

/**
 * What makes two complaints "the same problem" for group detection: the class in one scheme, the
 * products, the unit, and the key phrases that found the class, taken at the level of the rules that
 * fired (each rule is a family of key phrases). Two complaints about the same failed salary payment at one
 * outlet share a fingerprint however differently the customers worded them ("没到账", "还没到账"), as long
 * as the same rules found them; matching individual phrases instead would split one group by wording.
 *
 * <p>A fingerprint is kept in the index row of each complaint, which holds at most
 * {@value ComplaintIndex#MAX_FINGERPRINT} characters. A registration may name twenty product codes of 64
 * characters each, so a readable fingerprint longer than that is replaced by {@code sha256:} and the SHA-256 of
 * its text in hex (71 characters): equal problems still share it, and every valid registration has one.
 * Fingerprints that fit are kept readable, as they always were, so stored index rows still match.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * Computes a fingerprint.
     *
     * @param result the complaint's classification
     * @param scheme the scheme whose class counts, such as {@code seed.matter}
     * @param products the complaint's product codes
     * @param unit the unit where it was received
     * @return the fingerprint, a stable text of at most {@value ComplaintIndex#MAX_FINGERPRINT} characters
     */
    public static String of(ClassificationResult result, String scheme, Collection<String> products, UnitId unit) {
        return of(result, scheme, products, unit.value());
    }

    /**
     * Computes a fingerprint within an incident scope: the receiving unit's id (as {@link #of(ClassificationResult,
     * String, Collection, UnitId)}), a branch's id, or {@code *} for the whole bank (see {@link GroupScope}).
     *
     * @param result the complaint's classification
     * @param scheme the scheme whose class counts, such as {@code seed.matter}
     * @param products the complaint's product codes
     * @param scope the incident scope's key
     * @return the fingerprint, a stable text of at most {@value ComplaintIndex#MAX_FINGERPRINT} characters
     */
    public static String of(ClassificationResult result, String scheme, Collection<String> products, String scope) {
        ClassAssignment c = result.in(scheme).orElse(null);
        TreeSet<String> rules = new TreeSet<>();
        if (c != null) {
            c.fired().forEach(m -> rules.add(m.ruleId()));
        }
        String readable = (c == null ? scheme + ":?" : c.qualifiedCode()) + "|"
                + String.join(",", new TreeSet<>(products)) + "|" + scope + "|" + String.join(",", rules);
        return readable.length() <= ComplaintIndex.MAX_FINGERPRINT ? readable : hashed(readable);
    }

    private static String hashed(String readable) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(readable.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
