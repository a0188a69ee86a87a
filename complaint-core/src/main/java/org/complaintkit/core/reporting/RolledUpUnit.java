package org.complaintkit.core.reporting;

import java.time.ZoneId;
import java.util.Objects;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.UnitLevel;

/** A unit of the complaint rolled up the hierarchy to a level. */
record RolledUpUnit(OrganisationDirectory directory, UnitLevel level, boolean receiving) implements Dimension {
    RolledUpUnit {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(level, "level");
    }

    @Override
    public String name() {
        return (receiving ? "receiving unit at " : "handling unit at ") + level;
    }

    @Override
    public String of(ComplaintFacts facts, ZoneId zone) {
        UnitId unit = receiving || facts.handlingUnit() == null ? facts.receivingUnit() : facts.handlingUnit();
        return rollUp(directory, unit, level).value();
    }

    /** The unit at the level above a unit, or the unit itself if it is at or above the level or unknown. */
    static UnitId rollUp(OrganisationDirectory directory, UnitId unit, UnitLevel level) {
        UnitId at = unit;
        for (int hops = 0; hops < 64; hops++) {
            var found = directory.unit(at);
            if (found.isEmpty() || found.get().level().compareTo(level) <= 0 || found.get().parent() == null) {
                return at;
            }
            at = found.get().parent();
        }
        return at;
    }
}
