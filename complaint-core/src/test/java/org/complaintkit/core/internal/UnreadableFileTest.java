package org.complaintkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.StateCouncilNotice;
import org.complaintkit.core.retention.RetentionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file a loader is told to read and cannot is refused with one coded violation ({@code CMP-4120}) naming the file
 * and why, like every other bad input, not with an uncoded I/O exception.
 */
class UnreadableFileTest {
    @TempDir
    Path dir;

    private static Violation only(ComplaintKitException refused) {
        assertEquals(ErrorCode.FILE_UNREADABLE, refused.code());
        List<Violation> violations = refused.violations();
        assertEquals(1, violations.size());
        return violations.get(0);
    }

    @Test
    void aMissingRetentionFileIsRefusedWithItsCodeNamingTheFileAndWhy() {
        Path missing = dir.resolve("bank.retention");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> RetentionFile.read(missing));
        Violation violation = only(refused);
        assertEquals(missing.toString(), violation.path());
        assertTrue(violation.message().contains("bank.retention") && violation.message().contains("no such file"),
                violation.message());
        assertInstanceOf(NoSuchFileException.class, refused.getCause(), "the I/O error is kept as the cause");
    }

    @Test
    void aMissingCalendarFileOrHolidayNoticeIsRefusedTheSameWay() {
        Path calendar = dir.resolve("gd.calendar");
        Violation fromCalendar = only(assertThrows(CalendarException.class, () -> CalendarFile.read(calendar)));
        assertEquals(calendar.toString(), fromCalendar.path());
        assertTrue(fromCalendar.message().contains("no such file"), fromCalendar.message());

        Path notice = dir.resolve("notice-2027.txt");
        Violation fromNotice = only(assertThrows(CalendarException.class, () -> StateCouncilNotice.read(notice)));
        assertEquals(notice.toString(), fromNotice.path());
        assertTrue(fromNotice.message().contains("no such file"), fromNotice.message());
    }

    @Test
    void aDirectoryGivenAsAFileIsRefusedSayingSo() {
        Violation violation = only(assertThrows(InvalidInputException.class, () -> RetentionFile.read(dir)));
        assertTrue(violation.message().contains("it is a directory"), violation.message());
    }
}
