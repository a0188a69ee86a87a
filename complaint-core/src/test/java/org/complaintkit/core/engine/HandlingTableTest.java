package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.core.lifecycle.StandardLifecycle;
import org.junit.jupiter.api.Test;

class HandlingTableTest {
    private static final Path LIFECYCLE_DOC = Path.of("..", "docs", "lifecycle.md");
    private static final String BEGIN = "<!-- generated from HandlingTable: begin -->";
    private static final String END = "<!-- generated from HandlingTable: end -->";

    @Test
    void everyCommandOnAComplaintHasARowForItsOwnClass() {
        Set<CommandType> handled = EnumSet.noneOf(CommandType.class);
        for (CommandType type : CommandType.values()) {
            if (type == CommandType.REGISTER) {
                continue;
            }
            Handling<?> row = HandlingTable.row(type);
            assertEquals(type.label(), row.type().getSimpleName(), type.name());
            assertTrue(HandlingCommand.class.isAssignableFrom(row.type()), type.name());
            handled.add(type);
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(CommandType.REGISTER)), handled);
    }

    @Test
    void registrationHasNoRowBecauseItIsNotDecidedOnAHistory() {
        assertThrows(IllegalArgumentException.class, () -> HandlingTable.row(CommandType.REGISTER));
    }

    @Test
    void everyPreconditionGuardsAtLeastOneCommandAndNamesItsCodes() {
        for (Precondition precondition : Precondition.values()) {
            assertTrue(HandlingTable.all().values().stream().anyMatch(r -> r.preconditions().contains(precondition)),
                    precondition.name());
            assertTrue(!precondition.codes().isEmpty() && !precondition.rule().isBlank(), precondition.name());
        }
    }

    @Test
    void theCommittedTableOfPreconditionsIsTheOneGeneratedFromTheRows() throws IOException {
        String doc = Files.readString(LIFECYCLE_DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/lifecycle.md must hold the HandlingTable block markers");
        String committed = doc.substring(begin + BEGIN.length(), end);
        String expected = "\n" + HandlingTable.markdown(StandardLifecycle.table());
        if (Boolean.getBoolean("complaintkit.updateGolden") && !committed.equals(expected)) {
            Files.writeString(LIFECYCLE_DOC, doc.substring(0, begin + BEGIN.length()) + expected + doc.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, committed,
                "docs/lifecycle.md is stale: run the build with -Dcomplaintkit.updateGolden=true");
    }
}
