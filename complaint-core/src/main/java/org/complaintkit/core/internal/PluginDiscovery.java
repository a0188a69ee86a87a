package org.complaintkit.core.internal;

import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds at most one provider of an SPI with {@link ServiceLoader}. Several providers without an
 * explicit choice is a configuration error, never a silent pick.
 *
 * <p>A discovered provider becomes the engine's store, directory or classifier and sees every complaint, so
 * discovery is never silent either: each provider found is logged at WARN with its SPI, its class and the jar
 * or folder it was loaded from, whether it is then used or refused as ambiguous. The engine discovers only
 * when the host asks for it ({@code ComplaintEngine.Builder.discoverPlugins(true)}).
 */
public final class PluginDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(PluginDiscovery.class);
    /** The longest provider name or location logged. */
    private static final int MAX_LOGGED = 300;

    private PluginDiscovery() {
    }

    /**
     * Finds the single provider of a service.
     *
     * @param <P> the provider type
     * @param service the provider interface
     * @param loader the class loader to search
     * @param name how to name a provider in messages
     * @return the provider, or empty if none is registered
     * @throws ConfigurationException coded {@link ErrorCode#AMBIGUOUS_PLUGINS} if several are registered
     */
    public static <P> Optional<P> single(Class<P> service, ClassLoader loader, Function<P, String> name) {
        List<P> found = new ArrayList<>();
        ServiceLoader.load(service, loader).forEach(found::add);
        for (P provider : found) {
            LOG.warn("plug-in discovery found a {}: {} (named {}) from {}", service.getSimpleName(),
                    provider.getClass().getName(), Violation.printable(String.valueOf(name.apply(provider)), MAX_LOGGED),
                    Violation.printable(location(provider.getClass()), MAX_LOGGED));
        }
        if (found.size() > 1) {
            throw ConfigurationException.of(ErrorCode.AMBIGUOUS_PLUGINS, service.getSimpleName(),
                    "found " + found.stream().map(name).sorted().collect(Collectors.joining(", "))
                            + "; set one explicitly on the engine builder");
        }
        return found.stream().findFirst();
    }

    /** Where a class was loaded from: its jar or folder, or "an unknown location" if the platform does not say. */
    static String location(Class<?> type) {
        ProtectionDomain domain = type.getProtectionDomain();
        CodeSource source = domain == null ? null : domain.getCodeSource();
        URL url = source == null ? null : source.getLocation();
        return url == null ? "an unknown location" : url.toString();
    }
}
