package org.complaintkit.core.sla.preset;

import static org.complaintkit.api.command.CommandType.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.ResumeHandling;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.PolicyFacts;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the foreign presets, each on a test calendar of the jurisdiction's 2025 public
 * holidays and computed by hand from the rule's text.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ForeignPresetExamplesTest {

    @Nested
    class UkDispRules {
        final PresetBench bench = new PresetBench("Europe/London", UkDisp.policy(),
                UkDisp.paymentServicesPolicy("PAYMENT-ACCOUNT"));

        @Test
        void disp_1_5_a_summary_resolution_is_due_by_close_of_the_3rd_business_day_after_easter() {
            ComplaintId id = bench.now("2025-04-17T15:00").register("GB");
            assertEquals(bench.at("2025-04-24T17:00"), bench.deadline(id, UkDisp.SUMMARY_RESOLUTION),
                    "Good Friday and Easter Monday are not business days: 22, 23, 24 April");
        }

        @Test
        void disp_1_6_2R_the_final_response_is_due_eight_weeks_after_receipt_at_local_midnight_across_the_clock_change() {
            ComplaintId id = bench.now("2025-03-03T10:00").register("GB");
            assertEquals(bench.at("2025-04-29T00:00"), bench.deadline(id, UkDisp.FINAL_RESPONSE),
                    "56 days after 3 March end with 28 April, in British Summer Time");
        }

        @Test
        void disp_app_5_a_regulator_ordered_pause_of_the_whole_class_stops_the_eight_weeks() {
            ComplaintId id = bench.now("2025-03-03T10:00").register("GB");
            bench.run(id, ACCEPT, ASSIGN, START_INVESTIGATION);
            bench.now("2025-03-10T10:00").run(new PauseHandling(id, Fixtures.HANDLER, Fixtures.key(),
                    PauseReason.REGULATOR_ORDERED, null));
            bench.now("2025-03-24T10:00").run(new ResumeHandling(id, Fixtures.HANDLER, Fixtures.key()));
            assertEquals(bench.at("2025-04-29T00:00").plus(java.time.Duration.ofDays(14)),
                    bench.deadline(id, UkDisp.FINAL_RESPONSE), "14 days of pause, measured in elapsed time");
        }

        @Test
        void disp_1_6_2AR_payment_services_get_15_business_days_and_35_after_a_holding_reply() {
            ComplaintId id = bench.now("2025-05-19T11:00").register("GB", "PAYMENT-ACCOUNT", null);
            assertEquals(bench.at("2025-06-10T17:00"), bench.deadline(id, UkDisp.PAYMENT_SERVICES),
                    "26 May is a bank holiday");
            assertEquals(ErrorCode.EXTENSION_NOTICE_REQUIRED, assertThrows(CommandRefusedException.class,
                    () -> bench.run(new ExtendDeadline(id, Fixtures.HANDLER, Fixtures.key(), UkDisp.PAYMENT_SERVICES,
                            "exceptional", PresetBench.reason(), null))).code(), "the holding reply is mandatory");
            bench.run(new ExtendDeadline(id, Fixtures.HANDLER, Fixtures.key(), UkDisp.PAYMENT_SERVICES, "exceptional",
                    PresetBench.reason(), ContactMethod.EMAIL));
            assertEquals(bench.at("2025-07-08T17:00"), bench.deadline(id, UkDisp.PAYMENT_SERVICES));
            ComplaintId mortgage = bench.register("GB", "MORTGAGE", null);
            assertFalse(bench.clockIds(mortgage).contains(UkDisp.PAYMENT_SERVICES));
        }
    }

    @Nested
    class Psd2Rules {
        final PresetBench bench = new PresetBench("Europe/Dublin", EuPsd2.policy());

        @Test
        void art_101_a_reply_is_due_in_15_business_days_and_35_with_a_holding_reply() {
            ComplaintId id = bench.now("2025-03-14T10:00").register("IE");
            assertEquals(bench.at("2025-04-07T17:00"), bench.deadline(id, EuPsd2.REPLY),
                    "St Patrick's Day is not counted");
            bench.run(new ExtendDeadline(id, Fixtures.HANDLER, Fixtures.key(), EuPsd2.REPLY, "beyond-control",
                    PresetBench.reason(), ContactMethod.POST));
            assertEquals(bench.at("2025-05-07T17:00"), bench.deadline(id, EuPsd2.REPLY),
                    "Easter Monday and the May bank holiday are not counted");
        }
    }

    @Nested
    class UsRules {
        final PresetBench bench = new PresetBench("America/New_York", UsRegulations.regEPolicy("DEBIT-CARD"),
                UsRegulations.cfpbPortalPolicy());

        @Test
        void reg_e_1005_11_c_1_an_error_is_decided_within_10_business_days_or_45_days_with_provisional_credit() {
            ComplaintId id = bench.now("2025-05-22T10:00").register("US", "DEBIT-CARD", null);
            assertEquals(bench.at("2025-06-06T17:00"), bench.deadline(id, UsRegulations.REG_E_INVESTIGATION),
                    "Memorial Day is not a business day");
            bench.run(new ExtendDeadline(id, Fixtures.HANDLER, Fixtures.key(), UsRegulations.REG_E_INVESTIGATION,
                    "provisional-credit", PresetBench.reason(), ContactMethod.EMAIL));
            assertEquals(bench.at("2025-07-07T00:00"), bench.deadline(id, UsRegulations.REG_E_INVESTIGATION),
                    "45 days after 22 May end with 6 July");
        }

        @Test
        void reg_e_1005_11_c_3_a_new_account_gets_20_business_days_and_90_days_with_provisional_credit() {
            PresetBench newAccounts = new PresetBench("America/New_York", new org.complaintkit.api.sla.SlaPolicy(
                    "us.reg-e.new", "new accounts", org.complaintkit.api.sla.PolicyCondition.always(),
                    java.util.List.of(UsRegulations.regENewAccount())));
            ComplaintId id = newAccounts.now("2025-05-22T10:00").register("US");
            assertEquals(newAccounts.at("2025-06-23T17:00"), newAccounts.deadline(id, UsRegulations.REG_E_NEW_ACCOUNT),
                    "Memorial Day and Juneteenth are not business days");
            newAccounts.run(new ExtendDeadline(id, Fixtures.HANDLER, Fixtures.key(), UsRegulations.REG_E_NEW_ACCOUNT,
                    "provisional-credit", PresetBench.reason(), ContactMethod.EMAIL));
            assertEquals(newAccounts.at("2025-08-21T00:00"), newAccounts.deadline(id, UsRegulations.REG_E_NEW_ACCOUNT));
        }

        @Test
        void reg_e_1005_11_c_2_iv_the_result_is_reported_within_3_business_days_after_the_investigation() {
            ComplaintId id = bench.now("2025-07-01T10:00").register("US", "DEBIT-CARD", null);
            bench.now("2025-07-03T15:00").decide(id);
            assertEquals(bench.at("2025-07-09T17:00"), bench.deadline(id, UsRegulations.REG_E_REPORT),
                    "Independence Day is not a business day: 7, 8, 9 July");
        }

        @Test
        void the_cfpb_portal_expects_a_response_in_15_days_and_a_final_one_in_60_for_forwarded_complaints_only() {
            ComplaintId id = bench.now("2025-03-01T10:00").register("US", "CREDIT-CARD",
                    new Forwarding(ForwardingSource.REGULATOR, "CFPB-250301-1234567"));
            assertEquals(bench.at("2025-03-17T00:00"), bench.deadline(id, UsRegulations.CFPB_RESPONSE),
                    "local midnight after the change to daylight time on 9 March");
            bench.run(new ExtendDeadline(id, Fixtures.HANDLER, Fixtures.key(), UsRegulations.CFPB_RESPONSE,
                    "in-progress", PresetBench.reason(), ContactMethod.EMAIL));
            assertEquals(bench.at("2025-05-01T00:00"), bench.deadline(id, UsRegulations.CFPB_RESPONSE));
            assertEquals(java.util.List.of(), bench.clockIds(bench.register("US", "CREDIT-CARD", null)),
                    "a direct complaint about a non-EFT product runs none of these clocks");
        }
    }

    @Nested
    class AustralianRules {
        final PresetBench bench = new PresetBench("Australia/Sydney", AuRg271.policy(),
                AuRg271.hardshipPolicy("cls.hardship"));

        @Test
        void rg_271_acknowledge_within_one_business_day_respond_within_30_days_and_no_letter_if_resolved_in_5_business_days() {
            ComplaintId id = bench.now("2025-04-24T16:00").register("AU");
            assertEquals(bench.at("2025-04-28T17:00"), bench.deadline(id, AuRg271.ACKNOWLEDGE), "Anzac Day is a holiday");
            assertEquals(bench.at("2025-05-25T00:00"), bench.deadline(id, AuRg271.RESPONSE));
            assertEquals(bench.at("2025-05-02T17:00"), bench.deadline(id, AuRg271.NO_WRITTEN_RESPONSE));
        }

        @Test
        void rg_271_hardship_complaints_are_chosen_by_class_and_get_21_days() {
            PolicyFacts hardship = new PolicyFacts(Channel.PHONE, Set.of("cls.hardship"), Set.of(), "AU",
                    CustomerSegment.ORDINARY, null);
            PolicyFacts other = new PolicyFacts(Channel.PHONE, Set.of("cls.fees"), Set.of(), "AU",
                    CustomerSegment.ORDINARY, null);
            var setup = PresetBench.setup(AuRg271.policy(), AuRg271.hardshipPolicy("cls.hardship"));
            assertTrue(setup.clocksFor(hardship).stream().anyMatch(c -> c.id().equals(AuRg271.HARDSHIP)));
            assertFalse(setup.clocksFor(other).stream().anyMatch(c -> c.id().equals(AuRg271.HARDSHIP)));
            assertEquals(new org.complaintkit.api.sla.ClockTarget.CalendarDays(21), AuRg271.hardship().target());
        }
    }

    @Nested
    class SingaporeRules {
        final PresetBench bench = new PresetBench("Asia/Singapore", SgFinancialAdvisers.policy());

        @Test
        void acknowledge_within_2_business_days_and_respond_within_20_around_chinese_new_year() {
            ComplaintId id = bench.now("2025-01-27T10:00").register("SG");
            assertEquals(bench.at("2025-01-31T17:00"), bench.deadline(id, SgFinancialAdvisers.ACKNOWLEDGE),
                    "28 January, then 31 January after the two days of Chinese New Year");
            assertEquals(bench.at("2025-02-26T17:00"), bench.deadline(id, SgFinancialAdvisers.FINAL_RESPONSE));
        }
    }
}
