package org.complaintkit.api.classification;

import java.util.Objects;
import org.complaintkit.api.error.Checks;

/**
 * One coded class of a taxonomy, with its labels in Chinese and English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the class's code, unique in its taxonomy, such as {@code service-attitude} or {@code C01}
 * @param parent the code of the class above it, or null for a top-level class
 * @param labelZh the Chinese label, such as 服务态度
 * @param labelEn the English label, such as Service attitude
 */
public record TaxonomyClass(String code, String parent, String labelZh, String labelEn) {

    /**
     * Checks the components.
     *
     * @param code the class's code
     * @param parent the parent's code, or null
     * @param labelZh the Chinese label
     * @param labelEn the English label
     */
    public TaxonomyClass {
        Checks.identifier(code, "class.code");
        if (parent != null) {
            Checks.identifier(parent, "class.parent");
        }
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
    }
}
