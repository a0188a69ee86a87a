package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.complaintkit.api.organisation.UnitId;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FingerprintsTest {
    static final UnitId OUTLET = UnitId.of("GD-SZ-FT-001");

    static String fingerprint(String text, UnitId unit) {
        return Fingerprints.of(RuleClassifier.standard().classify(ClassifierFixtures.input(text)), "seed.matter",
                List.of("PAYROLL"), unit);
    }

    @Test
    void complaints_worded_differently_about_the_same_problem_at_one_unit_share_a_fingerprint() {
        String a = fingerprint("系统升级后工资一直没到账，急死人了", OUTLET);
        String b = fingerprint("我們公司代發的工資還沒到賬！", OUTLET);
        assertEquals(a, b, a + " / " + b);
        assertEquals("seed.matter:transaction-delay|PAYROLL|GD-SZ-FT-001|matter.delay", a);
    }

    @Test
    void the_same_problem_at_another_unit_or_of_another_matter_is_another_fingerprint() {
        assertNotEquals(fingerprint("工资没到账", OUTLET), fingerprint("工资没到账", UnitId.of("GD-SZ-NS-002")));
        assertNotEquals(fingerprint("工资没到账", OUTLET), fingerprint("柜员态度恶劣", OUTLET));
    }
}
