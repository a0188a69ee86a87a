package org.complaintkit.sample;

import com.fasterxml.jackson.databind.Module;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spring.boot.ComplaintEngineCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the sample adds to the starter: the engine writes through {@link IfMatchStore}, so that {@code If-Match}
 * holds a command to the version the client read, and JSON writes the library's one-text values as strings.
 */
@Configuration(proxyBeanMethods = false)
class SampleServiceConfiguration {

    /**
     * Lays {@code If-Match} over the store the starter configured (the starter's customizer hook: it runs after the
     * starter has set the store on the builder).
     *
     * @param store the store bean, which the starter gives the engine and its health indicator watches
     * @return the customizer
     */
    @Bean
    ComplaintEngineCustomizer ifMatchStore(ComplaintStore store) {
        return builder -> builder.store(new IfMatchStore(store));
    }

    /**
     * The JSON form of the library's one-text value types.
     *
     * @return the module
     */
    @Bean
    Module complaintKitValueTypes() {
        return new ValueTypesModule();
    }

    /**
     * Each command's body schema in the OpenAPI document, one operation per command type.
     *
     * @return the customizer
     */
    @Bean
    OpenApiCustomizer commandSchemas() {
        return new CommandSchemas();
    }
}
