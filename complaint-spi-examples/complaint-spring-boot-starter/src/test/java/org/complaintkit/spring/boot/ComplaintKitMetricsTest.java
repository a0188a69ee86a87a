package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.notification.SendOutcome;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.ScriptedReceiver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ComplaintKitMetricsTest {
    final MutableClock clock = MutableClock.at("2026-03-02T01:00:00Z");

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ComplaintKitAutoConfiguration.class,
                    ComplaintKitMetricsAutoConfiguration.class))
            .withPropertyValues(ComplaintKitAutoConfigurationTest.TRIAL)
            .withPropertyValues("complaintkit.sla.presets=cn.cbirc-2020-3", "complaintkit.notifications.enabled=true",
                    "complaintkit.dispatch.enabled=false")
            .withBean(java.time.Clock.class, () -> clock)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    /** Registers, accepts, is refused once, sweeps after the deadline and delivers one notice and dead-letters one. */
    static ComplaintId drive(ComplaintEngine engine, MutableClock clock, NotificationDispatcher dispatcher) {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        catchThrowable(() -> engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER)));
        clock.advance(Duration.ofMinutes(5));
        dispatcher.dispatchDue();
        clock.advance(Duration.ofDays(20));
        engine.tick();
        return id;
    }

    static List<String> meters(MeterRegistry registry) {
        List<String> out = new ArrayList<>();
        for (Meter meter : registry.getMeters()) {
            out.add(meter.getId().getName() + meter.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue())
                    .toList());
        }
        return out;
    }

    @Test
    void everythingTheEngineReportsBecomesAMeterTaggedOnlyWithTypesOutcomesCodesAndIds() {
        runner.withBean(NotificationSender.class, ScriptedReceiver::reliable).run(context -> {
            ComplaintEngine engine = context.getBean(ComplaintEngine.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            drive(engine, clock, context.getBean(NotificationDispatcher.class));
            assertThat(registry.get("complaintkit.commands").tags("type", "register", "outcome", "accepted").timer()
                    .count()).isEqualTo(1);
            assertThat(registry.get("complaintkit.commands").tags("type", "accept", "outcome", "refused").timer()
                    .count()).isEqualTo(1);
            assertThat(registry.get("complaintkit.refusals").tags("type", "accept").counter().count()).isEqualTo(1);
            assertThat(registry.get("complaintkit.refusals").counter().getId().getTag("code")).startsWith("CMP-2");
            assertThat(registry.get("complaintkit.clocks").tags("clock", "cbirc.decision", "change", "overdue")
                    .counter().count()).isEqualTo(1);
            assertThat(registry.get("complaintkit.clocks").tags("clock", "cbirc.decision", "change", "warned")
                    .counters()).isNotEmpty();
            assertThat(registry.get("complaintkit.sweeps").timer().count()).isEqualTo(1);
            assertThat(registry.get("complaintkit.sweep.complaints").summary().totalAmount()).isEqualTo(1);
            assertThat(registry.get("complaintkit.notices.delivery").tags("channel", "scripted").timer()
                    .totalTime(java.util.concurrent.TimeUnit.MINUTES)).isEqualTo(5);
            assertThat(registry.get("complaintkit.outbox.pending").gauge().value()).isZero();
            assertThat(registry.get("complaintkit.outbox.dead").gauge().value()).isZero();
            assertThat(registry.get("complaintkit.calendar.days.left").tags("calendar", "default").gauge().value())
                    .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2026, 3, 22),
                            java.time.LocalDate.of(2026, 12, 31)));
        });
    }

    @Test
    void noMeterTagCarriesTheComplaintOrAnyoneInIt() {
        runner.withBean(NotificationSender.class, ScriptedReceiver::down).run(context -> {
            ComplaintEngine engine = context.getBean(ComplaintEngine.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            ComplaintId id = drive(engine, clock, context.getBean(NotificationDispatcher.class));
            List<String> personal = List.of(id.value(), Fixtures.NAME, Fixtures.PHONE, Fixtures.CUSTOMER_NUMBER,
                    Fixtures.CONTENT, Fixtures.TELLER_ID.value(), Fixtures.HANDLER_ID.value(), Fixtures.OUTLET.value(),
                    Fixtures.BRANCH.value(), "要求道歉并办理取现");
            assertThat(registry.getMeters()).hasSizeGreaterThan(8);
            for (Meter meter : registry.getMeters()) {
                for (Tag tag : meter.getId().getTags()) {
                    for (String value : personal) {
                        assertThat(tag.getValue()).as(meter.getId().getName() + " tag " + tag.getKey())
                                .doesNotContain(value);
                    }
                }
            }
        });
    }

    @Test
    void withoutAMeterRegistryTheEngineIsBuiltWithoutTheBinding() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ComplaintKitAutoConfiguration.class,
                        ComplaintKitMetricsAutoConfiguration.class))
                .withPropertyValues(ComplaintKitAutoConfigurationTest.TRIAL)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(ComplaintEngine.class)
                        .doesNotHaveBean(MicrometerEngineObserver.class));
    }

    @Test
    void anObserverBeanOfTheApplicationReplacesTheBinding() {
        MicrometerEngineObserver own = new MicrometerEngineObserver(new SimpleMeterRegistry());
        runner.withBean(NotificationSender.class, ScriptedReceiver::reliable)
                .withBean(MicrometerEngineObserver.class, () -> own).run(context -> {
                    assertThat(context.getBean(MicrometerEngineObserver.class)).isSameAs(own);
                    ComplaintEngine engine = context.getBean(ComplaintEngine.class);
                    engine.execute(Fixtures.registration(clock.instant()));
                    assertThat(context.getBean(MeterRegistry.class).find("complaintkit.commands").timer()).isNull();
                });
    }

    @Test
    void aSenderGivenAsALambdaIsTaggedWithItsBeanNameNeverWithASyntheticName() {
        runner.withBean("smsGateway", NotificationSender.class,
                        () -> notification -> SendOutcome.delivered("sms-" + notification.dedupeKey()))
                .run(context -> {
                    drive(context.getBean(ComplaintEngine.class), clock, context.getBean(NotificationDispatcher.class));
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.find("complaintkit.notices.delivery").timers())
                            .extracting(t -> t.getId().getTag("channel")).containsExactly("smsGateway");
                });
    }
}
