package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.notification.SendOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code complaintkit.*} properties checked all together before any bean of the starter is built. */
class ConfigurationCheckTest {
    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ComplaintKitAutoConfiguration.class));

    @Test
    void everyProblemOfEveryPartIsReportedInOneExceptionBeforeAnyBeanIsBuilt() {
        runner.withPropertyValues("complaintkit.calendar.shipped=uk", "complaintkit.dispatch.batch=0",
                        "complaintkit.sweep.interval=-5s", "complaintkit.notifications.enabled=true",
                        "complaintkit.sla.presets=cn.cbirc-2020-3,cn-cbirc")
                .run(context -> {
                    assertThat(Failures.violations(context)).containsExactlyInAnyOrder(
                            "CMP-4103 complaintkit.sweep.interval", "CMP-4103 complaintkit.dispatch.batch",
                            "CMP-4102 complaintkit.store.type", "CMP-4105 complaintkit.calendar.shipped",
                            "CMP-4101 complaintkit.sla.presets[1]", "CMP-4104 complaintkit.notifications.enabled");
                    Throwable failure = context.getStartupFailure();
                    assertThat(failure).isInstanceOf(BeanCreationException.class);
                    assertThat(((BeanCreationException) failure).getBeanName()).isEqualTo("complaintKitProperties");
                });
    }

    @Test
    void theSendersTheyNameAreCheckedWithTheRestByTheNamesOfTheSenderBeans() {
        runner.withPropertyValues(ComplaintKitAutoConfigurationTest.TRIAL)
                .withPropertyValues("complaintkit.notifications.enabled=true", "complaintkit.dispatch.lease=0s",
                        "complaintkit.notifications.staff-sender=inbox",
                        "complaintkit.notifications.customer-senders.SMS=smss")
                .withBean("inbox", NotificationSender.class, () -> n -> SendOutcome.delivered("i"))
                .withBean("sms", NotificationSender.class, () -> n -> SendOutcome.delivered("s"))
                .run(context -> assertThat(Failures.violations(context)).containsExactlyInAnyOrder(
                        "CMP-4103 complaintkit.dispatch.lease",
                        "CMP-4104 complaintkit.notifications.customer-senders.SMS"));
    }

    @Test
    void aDurationWithoutAUnitIsRefusedForEveryDurationPropertyNotReadAsMilliseconds() {
        runner.withPropertyValues(ComplaintKitAutoConfigurationTest.TRIAL)
                .withPropertyValues("complaintkit.sweep.interval=5", "complaintkit.dispatch.interval= 10",
                        "complaintkit.dispatch.timeout=3000", "complaintkit.dispatch.lease=300",
                        "complaintkit.shutdown.await=30")
                .run(context -> {
                    assertThat(Failures.violations(context)).containsExactlyInAnyOrder(
                            "CMP-4109 complaintkit.sweep.interval", "CMP-4109 complaintkit.dispatch.interval",
                            "CMP-4109 complaintkit.dispatch.timeout", "CMP-4109 complaintkit.dispatch.lease",
                            "CMP-4109 complaintkit.shutdown.await");
                    assertThat(Failures.of(context).violations()).extracting(Violation::message)
                            .allMatch(m -> m.contains("give a unit: 30s, 5m or PT30S"));
                });
        runner.withPropertyValues(ComplaintKitAutoConfigurationTest.TRIAL)
                .withPropertyValues("complaintkit.sweep.interval=5s", "complaintkit.dispatch.interval=PT10S",
                        "complaintkit.shutdown.await=500ms")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aBlankPropertyIsAViolationOfItsOwnNotAnUnsetOne() {
        runner.withPropertyValues(ComplaintKitAutoConfigurationTest.TRIAL)
                .withPropertyValues("complaintkit.sla.presets=", "complaintkit.zone= ", "complaintkit.calendar.files=")
                .run(context -> assertThat(Failures.violations(context)).containsExactlyInAnyOrder(
                        "CMP-4108 complaintkit.sla.presets", "CMP-4108 complaintkit.zone",
                        "CMP-4108 complaintkit.calendar.files"));
        runner.withPropertyValues("complaintkit.store.type=in-memory", "complaintkit.calendar.shipped=")
                .run(context -> assertThat(Failures.violations(context))
                        .containsExactly("CMP-4108 complaintkit.calendar.shipped"));
    }

    @Test
    void aMisspeltPropertyIsReportedWithTheNearestOneTheStarterReads() {
        runner.withPropertyValues(ComplaintKitAutoConfigurationTest.TRIAL)
                .withPropertyValues("complaintkit.sla.preset=cn.cbirc-2020-3", "complaintkit.sweep.intervall=5s",
                        "complaintkit.notifications.customer-senders.WECHAT=sms")
                .run(context -> {
                    assertThat(Failures.violations(context)).containsExactlyInAnyOrder(
                            "CMP-4110 complaintkit.sla.preset", "CMP-4110 complaintkit.sweep.intervall",
                            "CMP-4110 complaintkit.notifications.customer-senders.wechat");
                    assertThat(Failures.of(context).violations()).extracting(Violation::message).containsExactly(
                            "the starter reads no such property; did you mean complaintkit.sla.presets?",
                            "the starter reads no such property; did you mean complaintkit.sweep.interval?",
                            "no contact method is called 'wechat'; the methods are "
                                    + java.util.Arrays.toString(org.complaintkit.api.complaint.ContactMethod.values()));
                });
    }

    @Test
    void relaxedNamesOfKnownPropertiesAndTheEntriesOfMapsAndListsAreKnown() {
        runner.withPropertyValues(ComplaintKitAutoConfigurationTest.TRIAL)
                .withPropertyValues("complaintkit.dispatch.BATCH=10", "complaintkit.calendar.warningDays=30",
                        "complaintkit.sla.presets[0]=cn.cbirc-2020-3", "complaintkit.sla.presets[1]=bank.procedures")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aValueThatCannotBeReadAsItsTypeIsCodedAndSaysWhatIsExpected() {
        runner.withPropertyValues("complaintkit.calendar.shipped=cn-mainland", "complaintkit.sweep.interval=soon",
                        "complaintkit.store.type=mongo", "complaintkit.zone=Mars/Olympus",
                        "complaintkit.dispatch.batch=many")
                .run(context -> {
                    ComplaintKitException failure = Failures.of(context);
                    assertThat(Failures.violations(context)).containsExactlyInAnyOrder(
                            "CMP-4109 complaintkit.sweep.interval", "CMP-4109 complaintkit.store.type",
                            "CMP-4109 complaintkit.zone", "CMP-4109 complaintkit.dispatch.batch");
                    assertThat(failure.violations()).extracting(Violation::message).contains(
                            "cannot be read as a duration, such as 30s, 5m or PT30S",
                            "cannot be read as one of jdbc, in-memory",
                            "cannot be read as a time zone id, such as Asia/Shanghai",
                            "cannot be read as a whole number");
                    assertThat(failure.getMessage()).doesNotContain("soon", "mongo", "Mars", "many");
                });
    }

    @Test
    void aFlywayOrValidatorOtherThanTheTestedOneIsWarnedOfWithCmp4111AndHowToPinIt() {
        String flyway = TestedVersions.tested().get("org.flywaydb:flyway-core");
        List<Violation> untested = TestedVersions.untested(artifact -> Optional.of(
                artifact.equals("org.flywaydb:flyway-core") ? "11.7.2"
                        : TestedVersions.tested().get(artifact)));
        assertThat(untested).extracting(Failures::describe).containsExactly("CMP-4111 org.flywaydb:flyway-core");
        assertThat(untested.get(0).message()).contains("11.7.2", "flyway.version=" + flyway);
        assertThat(TestedVersions.untested(artifact -> Optional.empty())).hasSize(2);
    }

    @Test
    void theTestedVersionsAreTheOnesThisBuildRunsWith() {
        assertThat(TestedVersions.tested()).containsOnlyKeys("org.flywaydb:flyway-core",
                "org.hibernate.validator:hibernate-validator");
        assertThat(TestedVersions.tested().values()).allMatch(v -> v.matches("\\d+\\.\\d+\\.\\d+.*"));
        assertThat(TestedVersions.untested(TestedVersions::onClassPath)).isEmpty();
    }

    @Test
    void everyKnownPropertyIsInTheMetadata() {
        assertThat(KnownProperties.NAMES).containsExactlyInAnyOrderElementsOf(ConfigurationMetadataTest.PROPERTIES);
    }
}
