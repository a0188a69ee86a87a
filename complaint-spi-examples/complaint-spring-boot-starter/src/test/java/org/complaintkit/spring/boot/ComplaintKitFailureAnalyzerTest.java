package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;

@ExtendWith(OutputCaptureExtension.class)
class ComplaintKitFailureAnalyzerTest {

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ComplaintKitAutoConfiguration.class)
    static class Desk {
    }

    @Test
    void theAnalysisListsEveryViolationWithItsCodeAndPropertyAndWhatToDoAboutEachCode() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ComplaintKitAutoConfiguration.class))
                .withPropertyValues("complaintkit.store.type=in-memory", "complaintkit.calendar.shipped=cn-mainland",
                        "complaintkit.sla.presets=cn.cbirc-2020-3,cn-cbirc", "complaintkit.dispatch.batch=0")
                .run(context -> {
                    FailureAnalysis analysis = new ComplaintKitFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).startsWith("ComplaintKit cannot start: 2 problems")
                            .contains("CMP-4101 complaintkit.sla.presets[1]: no SLA preset is called 'cn-cbirc'",
                                    "CMP-4103 complaintkit.dispatch.batch: a dispatch run takes 1 to 1000 notices");
                    assertThat(analysis.getAction()).contains("CMP-4101: name presets from the list",
                            "CMP-4103: bring the property within its range", "docs/spring-boot.md");
                });
    }

    @Test
    void aCodeOfTheEnginesOwnChecksIsPointedAtItsMeaningNotAtThePropertiesTable() {
        ConfigurationException shortKey = new ConfigurationException(List.of(new Violation(
                ErrorCode.INVALID_CONFIGURATION, "sealKey", "a seal key must have at least 16 bytes")));
        FailureAnalysis analysis = new ComplaintKitFailureAnalyzer().analyze(new IllegalStateException(shortKey));
        assertThat(analysis.getDescription()).contains("CMP-4003 sealKey: a seal key must have at least 16 bytes");
        assertThat(analysis.getAction()).startsWith("CMP-4003: the engine's own check refuses the configuration ("
                        + ErrorCode.INVALID_CONFIGURATION.meaning() + ")")
                .contains("org.complaintkit.api.error.ErrorCode", "search docs/*.md for the code")
                .doesNotContain("\"Configuring it\"");
    }

    @Test
    void theActionForAnUnknownNameSaysWhatTheMessageGivesForAContactMethodKey() {
        assertThat(ComplaintKitFailureAnalyzer.action(ErrorCode.STARTER_PROPERTY_UNKNOWN))
                .contains("nearest name", "for a key of customer-senders, lists the contact methods");
    }

    @Test
    void springBootFindsTheAnalyzerAndPrintsTheViolationsInsteadOfTheChainOfCauses(CapturedOutput output) {
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(ComplaintKitFailureAnalyzer.class.getName());
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Desk.class)
                .web(WebApplicationType.NONE).run("--complaintkit.store.type=in-memory",
                        "--complaintkit.calendar.shipped=cn-mainland", "--complaintkit.sla.preset=cn.cbirc-2020-3"));
        assertThat(failure).isNotNull();
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "ComplaintKit cannot start",
                "CMP-4110 complaintkit.sla.preset: the starter reads no such property; did you mean "
                        + "complaintkit.sla.presets?");
    }
}
