package org.complaintkit.sample;

import com.fasterxml.jackson.databind.Module;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the sample adds to the starter: JSON writes the library's one-text values as strings, and the OpenAPI
 * document shows each command's body. ({@code If-Match} needs nothing here: the controller hands the version to
 * the engine's {@code execute(command, ExpectedVersion)}.)
 */
@Configuration(proxyBeanMethods = false)
class SampleServiceConfiguration {

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
