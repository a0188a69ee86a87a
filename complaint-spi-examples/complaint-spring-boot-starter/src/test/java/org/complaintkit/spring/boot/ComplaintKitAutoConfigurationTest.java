package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.CalendarHealth;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.sla.preset.EuPsd2;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.notification.SendOutcome;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.store.jdbc.JdbcComplaintStore;
import org.complaintkit.testkit.Fixtures;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ComplaintKitAutoConfigurationTest {
    /** The mainland calendar on the in-memory store, sweeps off: the smallest configuration that starts. */
    static final String[] TRIAL = {"complaintkit.calendar.shipped=cn-mainland", "complaintkit.store.type=in-memory",
            "complaintkit.sweep.enabled=false"};

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ComplaintKitAutoConfiguration.class));

    static List<String> policyIds(SlaSetup setup) {
        return setup.policies().stream().map(SlaPolicy::id).toList();
    }

    @Test
    void anEngineIsBuiltFromTheShippedCalendarAndThePresetsNamedOnTheInMemoryStoreAskedFor() {
        runner.withPropertyValues(TRIAL).withPropertyValues("complaintkit.sla.presets=cn.cbirc-2020-3,bank.procedures")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ComplaintEngine.class)
                            .hasSingleBean(ComplaintKitScheduler.class).doesNotHaveBean(NotificationDispatcher.class);
                    assertThat(context.getBean(ComplaintStore.class)).isInstanceOf(InMemoryComplaintStore.class);
                    ComplaintEngine engine = context.getBean(ComplaintEngine.class);
                    assertThat(policyIds(engine.sla())).containsExactly("cn.cbirc-2020-3", "bank.procedures");
                    assertThat(engine.clock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
                    assertThat(engine.calendarHealth()).extracting(CalendarHealth::registeredAs)
                            .containsExactly("default");
                    var registered = engine.execute(Fixtures.registration(engine.clock().instant()));
                    assertThat(registered.state().status()).isEqualTo(ComplaintStatus.REGISTERED);
                    assertThat(engine.hostReads().clocks(registered.complaintId())).isNotEmpty();
                });
    }

    @Test
    void everyPresetTheStarterNamesIsThePolicyOfThatId() {
        for (String id : SlaPresets.ids()) {
            assertThat(SlaPresets.named(List.of(id))).extracting(SlaPolicy::id).containsExactly(id);
        }
    }

    @Test
    void withoutACalendarStartUpFailsWithCmp4100() {
        runner.withPropertyValues("complaintkit.store.type=in-memory").run(context ->
                assertThat(Failures.violations(context)).containsExactly("CMP-4100 complaintkit.calendar"));
    }

    @Test
    void anUnknownPresetFailsStartUpWithCmp4101NamingItsPlaceInTheList() {
        runner.withPropertyValues(TRIAL).withPropertyValues("complaintkit.sla.presets=cn.cbirc-2020-3,cn-cbirc")
                .run(context -> {
                    assertThat(Failures.violations(context)).containsExactly("CMP-4101 complaintkit.sla.presets[1]");
                    assertThat(Failures.of(context).getMessage()).contains("cn.cbirc-2020-3");
                });
    }

    @Test
    void withoutADataSourceOrAStoreTypeStartUpFailsWithCmp4102() {
        runner.withPropertyValues("complaintkit.calendar.shipped=cn-mainland").run(context ->
                assertThat(Failures.violations(context)).containsExactly("CMP-4102 complaintkit.store.type"));
        runner.withPropertyValues("complaintkit.calendar.shipped=cn-mainland", "complaintkit.store.type=jdbc")
                .run(context -> assertThat(Failures.violations(context))
                        .containsExactly("CMP-4102 complaintkit.store.type"));
    }

    @Test
    void everyPropertyOutOfRangeIsReportedAtOnceWithCmp4103() {
        runner.withPropertyValues(TRIAL).withPropertyValues("complaintkit.sweep.interval=0s",
                "complaintkit.dispatch.batch=0", "complaintkit.dispatch.lease=-1s",
                "complaintkit.calendar.warning-days=-1", "complaintkit.health.dead-letter-threshold=-1")
                .run(context -> assertThat(Failures.violations(context)).containsExactlyInAnyOrder(
                        "CMP-4103 complaintkit.sweep.interval", "CMP-4103 complaintkit.dispatch.batch",
                        "CMP-4103 complaintkit.dispatch.lease", "CMP-4103 complaintkit.calendar.warning-days",
                        "CMP-4103 complaintkit.health.dead-letter-threshold"));
    }

    @Test
    void calendarsThatCannotBeHadFailStartUpWithTheirOwnCodes(@TempDir Path dir) {
        runner.withPropertyValues("complaintkit.store.type=in-memory", "complaintkit.calendar.shipped=cn-hk")
                .run(context -> assertThat(Failures.violations(context))
                        .containsExactly("CMP-4105 complaintkit.calendar.shipped"));
        runner.withPropertyValues(TRIAL).withPropertyValues("complaintkit.calendar.file=" + dir.resolve("x.calendar"))
                .run(context -> assertThat(Failures.violations(context))
                        .containsExactly("CMP-4106 complaintkit.calendar.file"));
        runner.withPropertyValues("complaintkit.store.type=in-memory",
                "complaintkit.calendar.file=" + dir.resolve("missing.calendar"),
                "complaintkit.calendar.files.hk=" + dir.resolve("hk.calendar"))
                .run(context -> assertThat(Failures.violations(context)).containsExactly(
                        "CMP-4107 complaintkit.calendar.file", "CMP-4107 complaintkit.calendar.files.hk"));
    }

    static Path mainlandCalendarFile(Path dir) throws IOException {
        try (InputStream in = CalendarFile.class.getResourceAsStream("cn-mainland-2024-2026.calendar")) {
            Path file = dir.resolve("cn-mainland.calendar");
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return file;
        }
    }

    @Test
    void calendarsAreReadFromFilesAsTheDefaultAndByIdAndTheZoneIsTheDefaultCalendars(@TempDir Path dir)
            throws IOException {
        Path file = mainlandCalendarFile(dir);
        runner.withPropertyValues("complaintkit.store.type=in-memory", "complaintkit.sweep.enabled=false",
                "complaintkit.calendar.file=" + file, "complaintkit.calendar.files.cn-sz=" + file).run(context -> {
                    ComplaintEngine engine = context.getBean(ComplaintEngine.class);
                    assertThat(engine.sla().calendars()).containsOnlyKeys("cn-sz");
                    assertThat(engine.sla().defaultCalendar()).isPresent();
                    assertThat(engine.clock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
                });
        runner.withPropertyValues(TRIAL).withPropertyValues("complaintkit.zone=Europe/London").run(context ->
                assertThat(context.getBean(ComplaintEngine.class).clock().getZone())
                        .isEqualTo(ZoneId.of("Europe/London")));
    }

    @Test
    void aDataSourceBecomesTheMigratedJdbcStore() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:starter-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        runner.withPropertyValues("complaintkit.calendar.shipped=cn-mainland", "complaintkit.sweep.enabled=false")
                .withBean(DataSource.class, () -> h2).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(ComplaintStore.class)).isInstanceOf(JdbcComplaintStore.class);
                    ComplaintEngine engine = context.getBean(ComplaintEngine.class);
                    var id = engine.execute(Fixtures.registration(engine.clock().instant())).complaintId();
                    assertThat(engine.hostReads().find(id)).isPresent();
                });
    }

    @Test
    void withMigrationOffAnUnmigratedDatabaseIsNotTouched() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:unmigrated-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        runner.withPropertyValues("complaintkit.calendar.shipped=cn-mainland", "complaintkit.sweep.enabled=false",
                "complaintkit.store.migrate=false").withBean(DataSource.class, () -> h2).run(context -> {
                    ComplaintEngine engine = context.getBean(ComplaintEngine.class);
                    assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                            engine.execute(Fixtures.registration(engine.clock().instant())))).isNotNull();
                });
    }

    @Test
    void slaPolicyBeansAreAddedAfterThePresets() {
        runner.withPropertyValues(TRIAL).withPropertyValues("complaintkit.sla.presets=cn.cbirc-2020-3")
                .withBean(SlaPolicy.class, EuPsd2::policy).run(context ->
                        assertThat(policyIds(context.getBean(ComplaintEngine.class).sla()))
                                .containsExactly("cn.cbirc-2020-3", "eu.psd2"));
    }

    @Test
    void eachBeanOfTheApplicationReplacesTheStartersOwn() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        ComplaintEngine engine = ComplaintEngine.inMemory();
        runner.withPropertyValues(TRIAL).withBean(ComplaintStore.class, () -> store).run(context ->
                assertThat(context.getBean(ComplaintStore.class)).isSameAs(store));
        runner.withPropertyValues("complaintkit.store.type=in-memory", "complaintkit.sweep.enabled=false")
                .withBean(SlaSetup.class, () -> SlaSetup.builder()
                        .defaultCalendar(org.complaintkit.core.calendar.CalendarVersions.of(CalendarFile.mainlandChina()))
                        .policies(EuPsd2.policy()).build())
                .run(context -> assertThat(policyIds(context.getBean(ComplaintEngine.class).sla()))
                        .containsExactly("eu.psd2"));
        runner.withPropertyValues(TRIAL).withBean(ComplaintEngine.class, () -> engine).run(context ->
                assertThat(context.getBean(ComplaintEngine.class)).isSameAs(engine));
        ComplaintKitScheduler scheduler = new ComplaintKitScheduler(engine, null, null, null, java.time.Duration.ZERO);
        runner.withPropertyValues(TRIAL).withBean(ComplaintKitScheduler.class, () -> scheduler).run(context ->
                assertThat(context.getBean(ComplaintKitScheduler.class)).isSameAs(scheduler));
        Clock fixed = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        runner.withPropertyValues(TRIAL).withBean(Clock.class, () -> fixed).run(context ->
                assertThat(context.getBean(ComplaintEngine.class).clock()).isSameAs(fixed));
        runner.withPropertyValues(TRIAL).withBean(ComplaintEngineCustomizer.class,
                () -> builder -> builder.horizonWarningDays(400)).run(context ->
                assertThat(context.getBean(ComplaintEngine.class).calendarHealth().get(0).thresholdDays())
                        .isEqualTo(400));
    }

    @Test
    void turnedOffTheStarterBuildsNothing() {
        runner.withPropertyValues("complaintkit.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(ComplaintEngine.class)
                        .doesNotHaveBean(ComplaintStore.class));
    }

    static NotificationSender sender(String channel) {
        return new NotificationSender() {
            @Override
            public SendOutcome send(org.complaintkit.spi.notification.Notification notification) {
                return SendOutcome.delivered(channel + "-ref");
            }

            @Override
            public String channel() {
                return channel;
            }
        };
    }

    @Test
    void notificationsOnNeedSenderBeansThatCanBeToldApart() {
        ApplicationContextRunner on = runner.withPropertyValues(TRIAL)
                .withPropertyValues("complaintkit.notifications.enabled=true");
        on.run(context -> assertThat(Failures.violations(context))
                .containsExactly("CMP-4104 complaintkit.notifications.enabled"));
        on.withBean("sms", NotificationSender.class, () -> sender("sms"))
                .withBean("mail", NotificationSender.class, () -> sender("mail"))
                .run(context -> assertThat(Failures.violations(context))
                        .containsExactly("CMP-4104 complaintkit.notifications.staff-sender"));
        on.withBean("sms", NotificationSender.class, () -> sender("sms"))
                .withBean("mail", NotificationSender.class, () -> sender("mail"))
                .withPropertyValues("complaintkit.notifications.staff-sender=mail",
                        "complaintkit.notifications.customer-senders.PHONE=sms",
                        "complaintkit.notifications.customer-senders.SMS=fax")
                .run(context -> assertThat(Failures.violations(context))
                        .containsExactly("CMP-4104 complaintkit.notifications.customer-senders.SMS"));
        on.withBean("sms", NotificationSender.class, () -> sender("sms"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(NotificationDispatcher.class));
    }
}
