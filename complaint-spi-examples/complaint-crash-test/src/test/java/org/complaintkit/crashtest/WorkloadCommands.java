package org.complaintkit.crashtest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.complaintkit.api.casework.NoteKind;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AddCaseNote;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.RespondToCustomer;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.command.WithdrawComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.UnitId;

/**
 * The command each {@link CrashWorkload} operation stands for, at the desks of {@link CrashSetup}'s bank: what the
 * crash test's child ({@link CrashChild}) and the failover test's nodes ({@link FailoverNode}) send. They differ only
 * in where they remember a registration's time and the complaint it made, which they pass in.
 */
final class WorkloadCommands {
    private final CrashSetup setup;
    private final List<UnitId> outlets;

    WorkloadCommands(CrashSetup setup) {
        this.setup = setup;
        this.outlets = setup.outlets();
    }

    /** How many outlets the operations' outlet numbers index. */
    int outlets() {
        return outlets.size();
    }

    /**
     * The command of an operation.
     *
     * @param op the operation
     * @param receivedAt when the registration under a key was received: the time its first attempt recorded, so that
     *     a resend is the same command (its fingerprint covers the time)
     * @param registered the complaint the registration under a key made, or null if none is known
     * @return the command, or null for a step on a complaint not registered
     */
    ComplaintCommand command(CrashWorkload.Op op, Function<String, Instant> receivedAt,
                             Function<String, ComplaintId> registered) {
        UnitId outlet = outlets.get(op.outlet());
        CrashSetup.Desk desk = setup.desk(outlet);
        IdempotencyKey key = IdempotencyKey.of(op.key());
        if (op.kind() == CrashWorkload.Kind.REGISTER) {
            Complainant customer = new Complainant(CustomerRef.of("CIF" + op.customer()), Sensitive.of("王芳"),
                    CustomerSegment.ORDINARY, Set.of(), ContactPoint.of(ContactMethod.SMS,
                    "139" + String.format("%08d", op.customer() % 100_000_000)));
            return new RegisterComplaint(desk.receiver(), key, customer, Channel.COUNTER, receivedAt.apply(op.key()),
                    outlet, List.of(ComplaintSubject.unit(outlet)), Sensitive.of(CrashWorkload.TEXTS.get(op.text())),
                    Sensitive.of("尽快处理并给出说明"), null);
        }
        ComplaintId id = registered.apply(op.registration());
        if (id == null) {
            return null;
        }
        return switch (op.kind()) {
            case ACCEPT -> new AcceptComplaint(id, desk.receiver(), key);
            case ASSIGN -> new AssignComplaint(id, desk.receiver(), key, desk.handlingUnit(), List.of(),
                    desk.handler().staffId());
            case START -> new StartInvestigation(id, desk.handler(), key);
            case NOTE -> AddCaseNote.of(id, desk.handler(), key, NoteKind.DOCUMENT_CHECK, Sensitive.of("调阅交易流水"));
            case PROPOSE -> new ProposeResolution(id, desk.handler(), key, Sensitive.of("已核实并处理"), Outcome.UPHELD,
                    null);
            case APPROVE -> new ApproveResolution(id, desk.approver(), key, null);
            case RESPOND -> new RespondToCustomer(id, desk.handler(), key, Sensitive.of("经核实，已为您处理完毕"),
                    Sensitive.of("本行业务规定"), null, ContactMethod.SMS);
            case WITHDRAW -> new WithdrawComplaint(id, desk.receiver(), key, Sensitive.of("客户表示问题已自行解决"));
            case REGISTER -> throw new IllegalStateException("handled above");
        };
    }
}
