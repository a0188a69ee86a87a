package org.complaintkit.api.complaint;

import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;

/**
 * A text that may hold personal data: a complainant's name or contact, the complaint's content,
 * a staff member's notes. Its {@link #toString()} never shows the text, so a {@code Sensitive}
 * can appear in log lines, exception messages and records' {@code toString} without leaking.
 * Read the text with {@link #reveal()} where it is really needed: it is the only way to the text, so a
 * search for {@code reveal()} finds every place that reads personal data.
 *
 * <p>Checked on construction (see {@link Checks#text}): not blank, at most 200,000 characters,
 * no control characters but tab and line breaks, no unpaired surrogates.
 *
 * <p>It is a final class rather than a record on purpose: a record's component accessor would hand the text
 * to anyone under another name. Its stored form is unchanged from when it was a record,
 * {@code {"value":"..."}}; the storage codec writes and reads it so.
 *
 * <p>Where the host configures a key store for personal data ({@code PersonalDataKeys}), the engine keeps
 * the text encrypted under the complaint's key: the stored form is then {@code {"enc":"...","k":"..."}}, the
 * ciphertext and the reference of the key, and seals cover that ciphertext. Such a value read back is
 * <em>encrypted</em> ({@link #isEncrypted()}). Once the key is destroyed the text is gone for good: the value is
 * <em>erased</em> ({@link #isErased()}), {@link #reveal()} returns {@value #ERASED_MARKER}, and it still writes
 * the same stored form, so every seal over it still verifies.
 *
 * <p>Immutable and thread-safe. Two plain values are equal when their texts are; two encrypted or erased
 * values are equal when their stored forms (ciphertext and key) are; a plain value never equals an encrypted
 * one.
 */
public final class Sensitive {
    /** What {@link #reveal()} returns for a value whose key was destroyed. */
    public static final String ERASED_MARKER = "[erased]";
    /** What {@link #reveal()} returns for an encrypted value the engine has not decrypted (read with no key). */
    public static final String LOCKED_MARKER = "[encrypted]";
    /** The longest ciphertext an encrypted value may hold, in characters of base64. */
    public static final int MAX_CIPHERTEXT_LENGTH = 1_200_000;

    private final String value;
    private final String ciphertext;
    private final String keyRef;
    private final boolean erased;

    /**
     * Checks and wraps a text; {@link #of(String)} says the same more briefly.
     *
     * @param value the text
     * @throws org.complaintkit.api.error.InvalidInputException if the text breaks a rule
     */
    public Sensitive(String value) {
        Checks.text(value, "text");
        this.value = value;
        this.ciphertext = null;
        this.keyRef = null;
        this.erased = false;
    }

    private Sensitive(String value, String ciphertext, String keyRef, boolean erased) {
        this.value = value;
        this.ciphertext = checkCiphertext(ciphertext);
        this.keyRef = checkKeyRef(keyRef);
        this.erased = erased;
    }

    /**
     * An encrypted value whose text is known: what the engine writes once it has encrypted a text, and what
     * it reads back once it has decrypted one. It writes the stored form {@code {"enc":...,"k":...}}.
     *
     * @param value the text
     * @param ciphertext the text encrypted, in base64
     * @param keyRef the reference of the key it is encrypted under
     * @return the value
     * @throws org.complaintkit.api.error.InvalidInputException if the text, the ciphertext (base64 characters
     *     only, at most {@value #MAX_CIPHERTEXT_LENGTH}) or the key reference (an identifier, see
     *     {@link Checks#identifier}) breaks a rule
     */
    public static Sensitive encrypted(String value, String ciphertext, String keyRef) {
        Checks.text(value, "text");
        return new Sensitive(value, ciphertext, keyRef, false);
    }

    /**
     * An encrypted value as stored, before anyone decrypted it: what the storage codec reads. Its
     * {@link #reveal()} returns {@value #LOCKED_MARKER}; the engine decrypts it, or marks it erased.
     *
     * @param ciphertext the text encrypted, in base64
     * @param keyRef the reference of the key it is encrypted under
     * @return the value
     * @throws org.complaintkit.api.error.InvalidInputException if the ciphertext or the key reference breaks a rule
     */
    public static Sensitive locked(String ciphertext, String keyRef) {
        return new Sensitive(null, ciphertext, keyRef, false);
    }

    /**
     * Returns this encrypted value as erased: its key was destroyed, so its text can never be read again. The
     * stored form is kept, so the value still writes the text its seal covers.
     *
     * @return the erased value
     * @throws IllegalStateException if this value is plain: a plain text cannot be erased by destroying a key
     */
    public Sensitive erased() {
        if (ciphertext == null) {
            throw new IllegalStateException("a plain text has no key to destroy");
        }
        return erased ? this : new Sensitive(null, ciphertext, keyRef, true);
    }

    /**
     * Returns this encrypted value with its text, once decrypted.
     *
     * @param text the text decrypted
     * @return the value with the text known
     * @throws IllegalStateException if this value is plain
     */
    public Sensitive opened(String text) {
        if (ciphertext == null) {
            throw new IllegalStateException("a plain text is open already");
        }
        return encrypted(text, ciphertext, keyRef);
    }

    /**
     * Tells whether the text is kept encrypted (whether it is known, locked or erased).
     *
     * @return true if the value has a ciphertext
     */
    public boolean isEncrypted() {
        return ciphertext != null;
    }

    /**
     * Tells whether the value's key was destroyed, so its text is gone.
     *
     * @return true if erased
     */
    public boolean isErased() {
        return erased;
    }

    /**
     * Tells whether the text can be revealed: a plain value, or an encrypted one decrypted.
     *
     * @return true if {@link #reveal()} gives the text rather than a marker
     */
    public boolean isReadable() {
        return value != null;
    }

    /**
     * Returns the ciphertext in base64, no personal data, for the storage codec and the engine's decryption.
     *
     * @return the ciphertext; empty for a plain value, which has none ({@link #isEncrypted()})
     */
    public Optional<String> ciphertext() {
        return Optional.ofNullable(ciphertext);
    }

    /**
     * Returns the reference of the key the text is encrypted under, for the storage codec and the engine's decryption.
     *
     * @return the key reference; empty for a plain value, which has none ({@link #isEncrypted()})
     */
    public Optional<String> keyRef() {
        return Optional.ofNullable(keyRef);
    }

    private static String checkCiphertext(String ciphertext) {
        if (ciphertext == null || ciphertext.isEmpty() || ciphertext.length() > MAX_CIPHERTEXT_LENGTH) {
            throw InvalidInputException.of(ErrorCode.BAD_FORMAT, "ciphertext",
                    "must be 1 to " + MAX_CIPHERTEXT_LENGTH + " characters");
        }
        for (int i = 0; i < ciphertext.length(); i++) {
            char c = ciphertext.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=')) {
                throw InvalidInputException.of(ErrorCode.BAD_FORMAT, "ciphertext", "must be base64 characters only");
            }
        }
        return ciphertext;
    }

    private static String checkKeyRef(String keyRef) {
        return Checks.identifier(keyRef, "keyRef");
    }

    /**
     * Wraps a text.
     *
     * @param value the text
     * @return the wrapped text
     * @throws org.complaintkit.api.error.InvalidInputException if the text breaks a rule
     */
    public static Sensitive of(String value) {
        return new Sensitive(value);
    }

    /**
     * Returns the text itself. Call it only to show the text to someone entitled to it. An erased value
     * returns {@value #ERASED_MARKER}, an encrypted one nobody decrypted {@value #LOCKED_MARKER}.
     *
     * @return the text, or a marker
     */
    public String reveal() {
        return value != null ? value : erased ? ERASED_MARKER : LOCKED_MARKER;
    }

    /**
     * Tells whether another object is a sensitive text with the same text.
     *
     * @param other the other object
     * @return true if it holds the same text
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Sensitive that)) {
            return false;
        }
        return ciphertext == null ? that.ciphertext == null && value.equals(that.value)
                : ciphertext.equals(that.ciphertext) && keyRef.equals(that.keyRef);
    }

    /**
     * Returns the text's hash code.
     *
     * @return the hash code of the text, or of the ciphertext
     */
    @Override
    public int hashCode() {
        return ciphertext == null ? value.hashCode() : ciphertext.hashCode();
    }

    /**
     * Returns a fixed placeholder, never the text.
     *
     * @return {@code "[redacted]"}
     */
    @Override
    public String toString() {
        return "[redacted]";
    }
}
