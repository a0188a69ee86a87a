package org.complaintkit.core.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.AuthorityLimit;
import org.complaintkit.spi.organisation.Department;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;

/**
 * A bank's organisation over time: each version takes effect on a date, and every question is answered
 * by the version in effect on the clock's date in the clock's zone. A reorganisation announced for next
 * month is loaded today and takes over at midnight, without a restart; escalations record the version
 * label they climbed.
 *
 * <p>Immutable and thread-safe if the versions are.
 */
public final class EffectiveDatedDirectory implements OrganisationDirectory {
    private final NavigableMap<LocalDate, OrganisationDirectory> versions;
    private final Clock clock;

    private EffectiveDatedDirectory(NavigableMap<LocalDate, OrganisationDirectory> versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Creates the directory.
     *
     * @param versions each version by the date it takes effect; at least one
     * @param clock the clock whose date chooses the version (the engine's clock)
     * @return the directory
     * @throws IllegalArgumentException if there is no version
     */
    public static EffectiveDatedDirectory of(Map<LocalDate, OrganisationDirectory> versions, Clock clock) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("an organisation needs at least one version");
        }
        return new EffectiveDatedDirectory(new TreeMap<>(versions), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Returns the version in effect on a date.
     *
     * @param date the date
     * @return the version; the earliest one for a date before every version
     */
    public OrganisationDirectory asOf(LocalDate date) {
        Map.Entry<LocalDate, OrganisationDirectory> entry = versions.floorEntry(date);
        return entry != null ? entry.getValue() : versions.firstEntry().getValue();
    }

    private OrganisationDirectory now() {
        return asOf(LocalDate.now(clock));
    }

    @Override
    public Optional<OrgUnit> unit(UnitId id) {
        return now().unit(id);
    }

    @Override
    public Optional<StaffMember> staff(StaffId id) {
        return now().staff(id);
    }

    @Override
    public String version() {
        return now().version();
    }

    @Override
    public List<OrgUnit> children(UnitId id) {
        return now().children(id);
    }

    @Override
    public List<Department> departments(UnitId id) {
        return now().departments(id);
    }

    @Override
    public List<StaffMember> staffIn(UnitId id) {
        return now().staffIn(id);
    }

    @Override
    public List<AuthorityLimit> authorityLimits() {
        return now().authorityLimits();
    }

    @Override
    public Optional<OrgUnit> parentOf(UnitId id) {
        return now().parentOf(id);
    }

    @Override
    public Optional<StaffMember> actingFor(StaffId id) {
        return now().actingFor(id);
    }
}
