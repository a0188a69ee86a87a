package org.complaintkit.spring.boot;

import org.complaintkit.core.engine.ComplaintEngine;

/**
 * Changes the engine builder after the starter has configured it from the properties and beans, before it builds:
 * a bean of this type sets what the properties do not cover (a sealer key, a classifier, an approval matrix, an
 * access policy). Customizers run in their {@code @Order}.
 */
@FunctionalInterface
public interface ComplaintEngineCustomizer {

    /**
     * Changes the builder.
     *
     * @param builder the builder the starter configured
     */
    void customize(ComplaintEngine.Builder builder);
}
