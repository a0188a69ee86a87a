package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.notification.SendOutcome;
import org.complaintkit.spi.observation.EngineObserver;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

class ComplaintKitSchedulerTest {
    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ComplaintKitAutoConfiguration.class))
            .withPropertyValues("complaintkit.calendar.shipped=cn-mainland", "complaintkit.store.type=in-memory",
                    "complaintkit.sla.presets=cn.cbirc-2020-3");

    /** A sender that takes its time, and says when a send has begun. */
    static final class SlowSender implements NotificationSender {
        final CountDownLatch started = new CountDownLatch(1);
        final Duration takes;

        SlowSender(Duration takes) {
            this.takes = takes;
        }

        @Override
        public SendOutcome send(Notification notification) {
            started.countDown();
            try {
                Thread.sleep(takes.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return SendOutcome.failed("interrupted");
            }
            return SendOutcome.delivered("slow-ref");
        }
    }

    @Test
    void sweepsRunOnTheirIntervalFromStartToStop() {
        AtomicInteger sweeps = new AtomicInteger();
        EngineObserver counting = new EngineObserver() {
            @Override
            public void sweepRan(long durationNanos, int complaintsLeased) {
                sweeps.incrementAndGet();
            }
        };
        runner.withPropertyValues("complaintkit.sweep.interval=20ms").withBean(EngineObserver.class, () -> counting)
                .run(context -> {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (sweeps.get() < 3 && System.nanoTime() < deadline) {
                        Thread.sleep(10);
                    }
                    assertThat(sweeps.get()).isGreaterThanOrEqualTo(3);
                    ComplaintKitScheduler scheduler = context.getBean(ComplaintKitScheduler.class);
                    assertThat(scheduler.isRunning()).isTrue();
                    context.close();
                    assertThat(scheduler.isRunning()).isFalse();
                    int after = sweeps.get();
                    Thread.sleep(100);
                    assertThat(sweeps.get()).as("no sweep after stop").isEqualTo(after);
                });
    }

    static ComplaintId acceptedWithANotice(ComplaintEngine engine) {
        ComplaintId id = engine.execute(Fixtures.registration(engine.clock().instant())).complaintId();
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        return id;
    }

    @Test
    void stoppingLetsADeliveryInFlightFinishAndRecordIt() {
        SlowSender sender = new SlowSender(Duration.ofMillis(400));
        runner.withPropertyValues("complaintkit.notifications.enabled=true", "complaintkit.dispatch.interval=20ms",
                "complaintkit.sweep.enabled=false").withBean(NotificationSender.class, () -> sender).run(context -> {
                    ComplaintEngine engine = context.getBean(ComplaintEngine.class);
                    ComplaintId id = acceptedWithANotice(engine);
                    assertThat(sender.started.await(10, TimeUnit.SECONDS)).isTrue();
                    ((ConfigurableApplicationContext) context.getSourceApplicationContext()).close();
                    assertThat(engine.hostReads().outbox(id)).extracting(OutboxEntry::status)
                            .contains(OutboxStatus.DELIVERED);
                    assertThat(engine.hostReads().ledger(id)).hasSize(1);
                });
    }

    @Test
    void aDeliveryThatOutlastsTheWaitIsInterruptedAndLeftPendingForALaterRun() {
        SlowSender sender = new SlowSender(Duration.ofSeconds(5));
        runner.withPropertyValues("complaintkit.notifications.enabled=true", "complaintkit.dispatch.interval=20ms",
                "complaintkit.sweep.enabled=false", "complaintkit.shutdown.await=100ms")
                .withBean(NotificationSender.class, () -> sender).run(context -> {
                    ComplaintEngine engine = context.getBean(ComplaintEngine.class);
                    ComplaintId id = acceptedWithANotice(engine);
                    assertThat(sender.started.await(10, TimeUnit.SECONDS)).isTrue();
                    long start = System.nanoTime();
                    ((ConfigurableApplicationContext) context.getSourceApplicationContext()).close();
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
                    assertThat(engine.hostReads().ledger(id)).isEmpty();
                    assertThat(engine.hostReads().outbox(id)).extracting(OutboxEntry::status)
                            .as("not lost: still to be sent, by this node after a restart or by another")
                            .containsOnly(OutboxStatus.PENDING);
                });
    }
}
