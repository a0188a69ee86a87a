package org.complaintkit.spi.classification;

/**
 * Supplies a {@link Classifier} through {@link java.util.ServiceLoader}.
 */
public interface ClassifierProvider {

    /**
     * Returns the provider's name, for errors when several are discovered.
     *
     * @return the name
     */
    String name();

    /**
     * Creates the classifier.
     *
     * @return the classifier
     */
    Classifier create();
}
