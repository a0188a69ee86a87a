package org.complaintkit.core.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.spi.organisation.UnitLevel;

/** Amount bands in an approval matrix: every amount falls in exactly the band whose bounds enclose it. */
class ApprovalBandProperties {

    @Property(tries = 500)
    void an_amount_falls_in_the_band_that_encloses_it(@ForAll @IntRange(min = 1, max = 100_000) int low,
                                                       @ForAll @IntRange(min = 1, max = 100_000) int width,
                                                       @ForAll @BigRange(min = "0", max = "300000") BigDecimal amount) {
        Money lower = Money.of(BigDecimal.valueOf(low), Currency.getInstance("CNY"));
        Money upper = Money.of(BigDecimal.valueOf((long) low + width), Currency.getInstance("CNY"));
        ApprovalMatrix matrix = ApprovalMatrix.builder()
                .row(r -> r.compensationBelow(lower), Role.of("small"), UnitLevel.BRANCH)
                .row(r -> r.compensationAtLeast(lower).compensationBelow(upper), Role.of("middle"), UnitLevel.BRANCH)
                .row(r -> r.compensationAtLeast(upper), Role.of("large"), UnitLevel.HEAD_OFFICE)
                .build();
        BigDecimal scaled = amount.setScale(2, RoundingMode.DOWN);
        ApprovalFacts facts = new ApprovalFacts(Outcome.UPHELD,
                Money.of(scaled, Currency.getInstance("CNY")), Set.of(), Set.of(), UnitLevel.OUTLET);
        String expected = scaled.compareTo(lower.amount()) < 0 ? "small"
                : scaled.compareTo(upper.amount()) < 0 ? "middle" : "large";
        assertEquals(expected, matrix.rowFor(facts).orElseThrow().authority().role().code());
        assertEquals(1, matrix.rows().stream().filter(row -> row.covers(facts)).count());
    }
}
