package org.complaintkit.spi.organisation;

/**
 * Makes an {@link OrganisationDirectory} discoverable with {@link java.util.ServiceLoader}. The engine
 * builder uses a discovered provider only when no directory is set explicitly, and refuses to guess
 * between several.
 *
 * <pre>{@code
 * public final class HrDirectoryProvider implements OrganisationProvider {
 *     public String name() { return "hr"; }
 *     public OrganisationDirectory create() { return new HrDirectory(HrClient.connect()); }
 * }
 * }</pre>
 */
public interface OrganisationProvider {

    /**
     * Returns a short name for messages.
     *
     * @return the name
     */
    String name();

    /**
     * Creates the directory.
     *
     * @return a ready directory
     */
    OrganisationDirectory create();
}
