package org.complaintkit.spring.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.sla.preset.AuRg271;
import org.complaintkit.core.sla.preset.BankPriority;
import org.complaintkit.core.sla.preset.BankProcedures;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.core.sla.preset.EuPsd2;
import org.complaintkit.core.sla.preset.ForwardingReplies;
import org.complaintkit.core.sla.preset.SgFinancialAdvisers;
import org.complaintkit.core.sla.preset.UkDisp;
import org.complaintkit.core.sla.preset.UsRegulations;
import org.complaintkit.core.sla.preset.VerbalLossReport;

/**
 * The SLA presets {@code complaintkit.sla.presets} names, by their policies' ids: the presets of the core that take no
 * arguments. Those that need the host's product or class codes (Reg E, the FCA's payment services, RG 271's
 * superannuation and hardship) are SlaPolicy beans the host declares.
 */
public final class SlaPresets {
    private static final Map<String, Supplier<SlaPolicy>> BY_ID = new LinkedHashMap<>();

    static {
        BY_ID.put("cn.cbirc-2020-3", ChinaCbirc::policy);
        BY_ID.put("cn.cbirc-2020-3.forwarded", ChinaCbirc::regulatorForwardedPolicy);
        BY_ID.put("bank.procedures", BankProcedures::policy);
        BY_ID.put("bank.priority", BankPriority::policy);
        BY_ID.put("bank.forwarding-reply", ForwardingReplies::policy);
        BY_ID.put("seed.loss-report", VerbalLossReport::policy);
        BY_ID.put("uk.disp-1", UkDisp::policy);
        BY_ID.put("eu.psd2", EuPsd2::policy);
        BY_ID.put("us.cfpb-portal", UsRegulations::cfpbPortalPolicy);
        BY_ID.put("au.rg-271", AuRg271::policy);
        BY_ID.put("sg.fa-complaints-2021", SgFinancialAdvisers::policy);
    }

    private SlaPresets() {
    }

    /**
     * Returns the ids the starter knows, in the order docs/spring-boot.md lists them.
     *
     * @return the ids
     */
    public static Set<String> ids() {
        return BY_ID.keySet();
    }

    /**
     * Returns the policies of the presets named, in the order named.
     *
     * @param ids the presets' ids
     * @return their policies
     * @throws ConfigurationException coded {@code CMP-4101} naming every id the starter does not know
     */
    public static List<SlaPolicy> named(List<String> ids) {
        List<SlaPolicy> out = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i) == null ? "" : ids.get(i).strip();
            Supplier<SlaPolicy> preset = BY_ID.get(id);
            if (preset == null) {
                problems.add(new Violation(ErrorCode.STARTER_UNKNOWN_PRESET, "complaintkit.sla.presets[" + i + "]",
                        "no SLA preset is called '" + id + "'; the starter knows " + String.join(", ", BY_ID.keySet())
                                + "; declare others as SlaPolicy beans"));
            } else {
                out.add(preset.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return out;
    }
}
