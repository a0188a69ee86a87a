package org.complaintkit.core.lifecycle;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TransitionTableTest {
    static final Path LIFECYCLE_DOC = Path.of("..", "docs", "lifecycle.md");
    static final String BEGIN = "<!-- generated from StandardLifecycle: begin -->";
    static final String END = "<!-- generated from StandardLifecycle: end -->";

    @Test
    void the_standard_table_passes_its_own_checks_and_uses_every_status_and_command() {
        TransitionTable table = StandardLifecycle.table();
        for (ComplaintStatus status : ComplaintStatus.values()) {
            assertTrue(table.transitions().stream().anyMatch(t -> t.from() == status || t.to() == status), status.name());
        }
        for (CommandType type : CommandType.values()) {
            assertEquals(type != CommandType.REGISTER, table.transitions().stream().anyMatch(t -> t.command() == type));
        }
    }

    @Test
    void a_table_with_an_unreachable_status_or_a_dead_end_is_refused_when_built() {
        TransitionTable.Builder builder = TransitionTable.builder(ComplaintStatus.REGISTERED);
        for (CommandType type : CommandType.values()) {
            if (type != CommandType.REGISTER) {
                builder.allow(ComplaintStatus.REGISTERED, type, ComplaintStatus.ACCEPTED);
            }
        }
        builder.allow(ComplaintStatus.REGISTERED, CommandType.ACCEPT, ComplaintStatus.ACCEPTED);
        ConfigurationException e = assertThrows(ConfigurationException.class, builder::build);
        assertEquals(ErrorCode.INVALID_LIFECYCLE, e.code());
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("ACCEPTED")
                && v.message().contains("cannot reach an end status")), e.getMessage());
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("CLOSED")
                && v.message().contains("unreachable")), e.getMessage());
        assertTrue(e.violations().stream().anyMatch(v -> v.message().contains("hides later rows")), e.getMessage());
    }

    @Test
    void a_table_that_leaves_out_a_command_is_refused_when_built() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () ->
                TransitionTable.builder(ComplaintStatus.REGISTERED)
                        .allow(ComplaintStatus.REGISTERED, CommandType.WITHDRAW, ComplaintStatus.WITHDRAWN).build());
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("ACCEPT")), e.getMessage());
    }

    @Test
    void the_committed_lifecycle_diagram_is_the_one_drawn_from_the_table() throws IOException {
        String generated = LifecycleDiagram.mermaid(StandardLifecycle.table());
        for (ComplaintStatus status : ComplaintStatus.values()) {
            assertTrue(generated.contains(status.name()), status.name());
        }
        String doc = Files.readString(LIFECYCLE_DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/lifecycle.md must hold the generated block markers");
        String committed = doc.substring(begin + BEGIN.length(), end);
        String expected = "\n```mermaid\n" + generated + "```\n";
        if (Boolean.getBoolean("complaintkit.updateGolden") && !committed.equals(expected)) {
            Files.writeString(LIFECYCLE_DOC, doc.substring(0, begin + BEGIN.length()) + expected + doc.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, committed, "docs/lifecycle.md is stale: run the build with -Dcomplaintkit.updateGolden=true");
    }

    @Test
    void transitions_print_with_their_guards() {
        List<Transition> approve = StandardLifecycle.table().candidates(ComplaintStatus.AWAITING_APPROVAL,
                CommandType.APPROVE_RESOLUTION);
        assertEquals("AWAITING_APPROVAL --ApproveResolution [four eyes, approver not recused, further approval steps "
                + "remain]--> AWAITING_APPROVAL", approve.get(0).toString());
        assertEquals("AWAITING_APPROVAL --ApproveResolution [four eyes, approver not recused]--> RESOLVED",
                approve.get(1).toString());
    }
}
