package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.CohortOrderRecord;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Who issues and lifts a regulator's cohort pause order: the complaint-management function (the rule
 * {@code issued and lifted by the complaint-management function}, {@code CMP-2225}), by the directory's roles.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CohortOrderRoleTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();

    private ComplaintEngine engine() {
        return CohortPauseTest.engine(clock, store, 50);
    }

    private ComplaintEngine withDirectory() {
        return CohortPauseTest.builder(clock, store, 50).organisation(FixedHistory.DIRECTORY).build();
    }

    private static Violation onlyViolation(CommandRefusedException e) {
        assertEquals(1, e.violations().size(), e.violations()::toString);
        return e.violations().get(0);
    }

    @Test
    void a_handlers_order_is_refused_naming_the_complaint_manager_role_and_nothing_is_stored() {
        ComplaintEngine engine = engine();
        CommandRefusedException e = assertThrows(CommandRefusedException.class,
                () -> engine.cohortPauses().issue(CohortPauseTest.order(), Fixtures.HANDLER));
        Violation v = onlyViolation(e);
        assertEquals("CMP-2225", v.code().code());
        assertEquals("actor", v.path());
        assertTrue(v.message().contains("complaint-manager"), v.message());
        assertTrue(v.message().contains("issued and lifted by the complaint-management function"), v.message());
        assertTrue(store.cohortOrder(CohortPauseTest.ORDER).isEmpty());
        assertEquals(List.of(), store.standingCohortOrders());
    }

    @Test
    void a_complaint_managers_order_is_accepted_and_stands() {
        ComplaintEngine engine = engine();
        CohortOrderRecord issued = engine.cohortPauses().issue(CohortPauseTest.order(), CohortPauseTest.MANAGER);
        assertEquals(CohortPauseTest.MANAGER.staffId(), issued.issuedBy());
        assertEquals(List.of(issued), store.standingCohortOrders());
    }

    @Test
    void lifting_by_a_handler_is_refused_naming_the_role_and_the_order_still_stands_while_a_managers_lifting_is_accepted() {
        ComplaintEngine engine = engine();
        CohortOrderRecord issued = engine.cohortPauses().issue(CohortPauseTest.order(), CohortPauseTest.MANAGER);
        CommandRefusedException e = assertThrows(CommandRefusedException.class,
                () -> engine.cohortPauses().lift(CohortPauseTest.ORDER, Fixtures.HANDLER));
        Violation v = onlyViolation(e);
        assertEquals(ErrorCode.COHORT_ORDER_ROLE_REQUIRED, v.code());
        assertTrue(v.message().contains("to lift") && v.message().contains("complaint-manager"), v.message());
        assertEquals(issued, store.cohortOrder(CohortPauseTest.ORDER).orElseThrow());
        assertEquals(List.of(issued), store.standingCohortOrders());

        CohortOrderRecord lifted = engine.cohortPauses().lift(CohortPauseTest.ORDER, CohortPauseTest.MANAGER);
        assertFalse(lifted.phase().stands());
        assertEquals(List.of(), store.standingCohortOrders());
    }

    @Test
    void the_role_is_read_from_the_directory_not_from_the_claim() {
        ComplaintEngine engine = withDirectory();
        // The directory's complaint manager claiming no role at all: the directory's role counts.
        Actor managerClaimingNothing = new Actor(FixedHistory.MANAGER_ID, FixedHistory.HO, Set.of());
        engine.cohortPauses().issue(CohortPauseTest.order(), managerClaimingNothing);
        assertTrue(store.cohortOrder(CohortPauseTest.ORDER).isPresent());

        // The directory's handler claiming the complaint manager's role: the claim does not count.
        Actor handlerClaimingManager = Actor.staff(Fixtures.HANDLER_ID, Fixtures.BRANCH, Role.COMPLAINT_MANAGER);
        CommandRefusedException claimed = assertThrows(CommandRefusedException.class,
                () -> engine.cohortPauses().lift(CohortPauseTest.ORDER, handlerClaimingManager));
        assertTrue(claimed.has(ErrorCode.ACTOR_MISMATCH), claimed.violations()::toString);
        // The directory's handler as they are: refused by the rule.
        CommandRefusedException handler = assertThrows(CommandRefusedException.class,
                () -> engine.cohortPauses().lift(CohortPauseTest.ORDER, Fixtures.HANDLER));
        assertEquals(ErrorCode.COHORT_ORDER_ROLE_REQUIRED, onlyViolation(handler).code());
        assertTrue(store.cohortOrder(CohortPauseTest.ORDER).orElseThrow().phase().stands());
    }

    @Test
    void an_engine_may_name_other_roles_and_then_only_they_issue_orders() {
        ComplaintEngine engine = CohortPauseTest.builder(clock, store, 50).cohortOrderRoles(Set.of(Role.APPROVER))
                .build();
        assertEquals(Set.of(Role.APPROVER), engine.cohortPauses().roles());
        CommandRefusedException e = assertThrows(CommandRefusedException.class,
                () -> engine.cohortPauses().issue(CohortPauseTest.order(), CohortPauseTest.MANAGER));
        assertTrue(onlyViolation(e).message().contains("approver"), e.getMessage());
        engine.cohortPauses().issue(CohortPauseTest.order(), Fixtures.APPROVER);
        assertTrue(store.cohortOrder(CohortPauseTest.ORDER).isPresent());
    }

    @Test
    void an_engine_naming_no_role_for_cohort_orders_is_refused_at_build() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> CohortPauseTest.builder(clock, store, 50).cohortOrderRoles(Set.of()).build());
        assertTrue(e.has(ErrorCode.COHORT_ORDER_ROLES_EMPTY));
        assertEquals("CMP-4046", ErrorCode.COHORT_ORDER_ROLES_EMPTY.code());
    }

    @Test
    void an_engine_that_sets_no_role_lets_the_complaint_manager_alone_issue_orders() {
        assertEquals(Set.of(Role.COMPLAINT_MANAGER), engine().cohortPauses().roles());
    }
}
