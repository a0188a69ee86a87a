package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

class ConfigurationMetadataTest {
    /** Every property of the starter: a property added without metadata, or metadata without a property, fails. */
    static final List<String> PROPERTIES = List.of("complaintkit.enabled", "complaintkit.zone",
            "complaintkit.store.type", "complaintkit.store.migrate", "complaintkit.calendar.shipped",
            "complaintkit.calendar.file", "complaintkit.calendar.files", "complaintkit.calendar.warning-days",
            "complaintkit.sla.presets", "complaintkit.sweep.enabled", "complaintkit.sweep.interval",
            "complaintkit.notifications.enabled", "complaintkit.notifications.staff-sender",
            "complaintkit.notifications.customer-senders", "complaintkit.dispatch.enabled",
            "complaintkit.dispatch.interval", "complaintkit.dispatch.timeout", "complaintkit.dispatch.lease",
            "complaintkit.dispatch.batch", "complaintkit.shutdown.await", "complaintkit.health.dead-letter-threshold");

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the annotation processor wrote the metadata").isNotNull();
            return JsonParserFactory.getJsonParser().parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> properties() throws IOException {
        return (List<Map<String, Object>>) metadata().get("properties");
    }

    @Test
    void theMetadataNamesEveryPropertyOfTheStarterWithADescription() throws IOException {
        List<Map<String, Object>> properties = properties();
        assertThat(properties).extracting(p -> (String) p.get("name")).containsExactlyInAnyOrderElementsOf(PROPERTIES);
        for (Map<String, Object> property : properties) {
            assertThat((String) property.get("description")).as(property.get("name") + "'s description")
                    .isNotBlank();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMetadataOffersEveryPresetAndTheShippedCalendarAsValues() throws IOException {
        List<Map<String, Object>> hints = (List<Map<String, Object>>) metadata().get("hints");
        Map<String, Object> presets = hints.stream().filter(h -> h.get("name").equals("complaintkit.sla.presets"))
                .findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) presets.get("values")).extracting(v -> (String) v.get("value"))
                .containsExactlyElementsOf(SlaPresets.ids());
        Map<String, Object> shipped = hints.stream().filter(h -> h.get("name").equals("complaintkit.calendar.shipped"))
                .findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) shipped.get("values")).extracting(v -> (String) v.get("value"))
                .containsExactly(ComplaintKitAutoConfiguration.MAINLAND_CHINA);
    }
}
