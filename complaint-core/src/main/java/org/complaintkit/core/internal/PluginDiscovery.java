package org.complaintkit.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;

/**
 * Finds at most one provider of an SPI with {@link ServiceLoader}. Several providers without an
 * explicit choice is a configuration error, never a silent pick.
 */
public final class PluginDiscovery {

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
        if (found.size() > 1) {
            throw ConfigurationException.of(ErrorCode.AMBIGUOUS_PLUGINS, service.getSimpleName(),
                    "found " + found.stream().map(name).sorted().collect(Collectors.joining(", "))
                            + "; set one explicitly on the engine builder");
        }
        return found.stream().findFirst();
    }
}
