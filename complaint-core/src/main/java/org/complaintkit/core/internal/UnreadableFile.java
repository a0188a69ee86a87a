package org.complaintkit.core.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * The coded violation of a file a loader could not read ({@code CMP-4120}): the path names the file, the message
 * says why in words (no such file, a directory, access denied), never the file's content.
 */
public final class UnreadableFile {
    private UnreadableFile() {
    }

    /**
     * The violation for a file that could not be read.
     *
     * @param file the file
     * @param e why it could not be read
     * @return the violation, coded {@link ErrorCode#FILE_UNREADABLE}, its path the file's
     */
    public static Violation violation(Path file, IOException e) {
        return new Violation(ErrorCode.FILE_UNREADABLE, file.toString(), "cannot read " + file + ": " + reason(file, e));
    }

    private static String reason(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        if (file.toFile().isDirectory()) {
            return "it is a directory";
        }
        return e.getClass().getSimpleName();
    }
}
