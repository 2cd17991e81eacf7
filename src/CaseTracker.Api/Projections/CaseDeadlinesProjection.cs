using CaseTracker.Domain.Cases;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.Projections;

/// <summary>Keeps <see cref="CaseDeadlines"/> inline: a moved date clears its overdue mark, a done duty leaves the queue.</summary>
public sealed class CaseDeadlinesProjection : SingleStreamProjection<CaseDeadlines, Guid>
{
    public override CaseDeadlines? Evolve(CaseDeadlines? snapshot, Guid id, IEvent e)
    {
        var next = Fold(snapshot, e.Data);
        if (next is null) return null;
        return next with
        {
            Version = e.Version,
            Duties = [.. next.Duties.Select(d => d with
            {
                Reference = next.Reference, Handler = next.Handler,
                Queued = next.CaseOpen && d.OverdueSince is not null && d.DoneAt is null,
            })],
        };
    }

    private static CaseDeadlines? Fold(CaseDeadlines? s, object data) => (s, data) switch
    {
        (null, ComplaintRaised e) => new CaseDeadlines
        {
            Id = e.CaseId, Reference = e.Reference,
            Duties =
            [
                New(e.CaseId, DutyKind.Acknowledgement, null, "Acknowledge the complaint", e.AcknowledgementDueBy),
                New(e.CaseId, DutyKind.SixMonthLetter, null, "Send the final response within six months, or write to say why not", e.SixMonthDate),
            ],
        },
        (null, HarmIncidentReported e) => new CaseDeadlines { Id = e.CaseId, Reference = e.Reference },
        (null, _) => null,
        (_, HandlerAssigned e) => s with { Handler = e.Handler },
        (_, ComplaintAcknowledged e) => Respond(Done(s, DutyKind.Acknowledgement, null, e.AcknowledgedAt), e.ResponseDueBy),
        (_, ResponseDeadlineAgreed e) => Respond(s, e.DueBy),
        (_, ResponseDeadlineExtended e) => Respond(s, e.DueBy),
        (_, FinalResponseSent e) => Done(Done(s, DutyKind.Response, null, e.SentAt), DutyKind.SixMonthLetter, null, e.SentAt),
        (_, NotifiableIncidentDeclared e) => Set(s, New(s.Id, DutyKind.Candour, null, "Tell the person in person and in writing (duty of candour)", e.CandourDueBy)),
        (_, CandourLetterSent e) => Done(s, DutyKind.Candour, null, e.SentAt),
        (_, ContactAttemptFailed { Outcome: ContactOutcome.Declined or ContactOutcome.CouldNotBeContacted } e) => Done(s, DutyKind.Candour, null, e.AttemptedAt),
        (_, ActionCommitted e) => Set(s, New(s.Id, DutyKind.Action, e.ActionId, e.Description, e.DueBy)),
        (_, ActionCompleted e) => Done(s, DutyKind.Action, e.ActionId, e.At),
        (_, AcknowledgementOverdue e) => Overdue(s, DutyKind.Acknowledgement, null, e.DueBy, e.OverdueSince),
        (_, ResponseOverdue e) => Overdue(s, DutyKind.Response, null, e.DueBy, e.OverdueSince),
        (_, SixMonthLetterDue e) => Overdue(s, DutyKind.SixMonthLetter, null, e.DueBy, e.OverdueSince),
        (_, CandourOverdue e) => Overdue(s, DutyKind.Candour, null, e.DueBy, e.OverdueSince),
        (_, ActionOverdue e) => Overdue(s, DutyKind.Action, e.ActionId, e.DueBy, e.OverdueSince),
        (_, CaseClosed or ComplaintWithdrawn) => s with { CaseOpen = false },
        // A reopened complaint needs a fresh final response: those duties are owed again.
        (_, CaseReopened) => Undone(Undone(s with { CaseOpen = true }, DutyKind.Response), DutyKind.SixMonthLetter),
        _ => s,
    };

    private static Deadline New(Guid caseId, DutyKind kind, Guid? actionId, string duty, DateOnly dueBy) =>
        new(caseId, "", null, kind, actionId, duty, dueBy, null, null, false);

    private static CaseDeadlines Respond(CaseDeadlines s, DateOnly? dueBy) => dueBy is { } due
        ? Set(s, s.Duties.FirstOrDefault(d => d.Kind == DutyKind.Response) is { } current
            ? current with { DueBy = due, OverdueSince = current.DueBy == due ? current.OverdueSince : null }
            : New(s.Id, DutyKind.Response, null, "Send the final response by the date agreed", due))
        : s;

    private static CaseDeadlines Set(CaseDeadlines s, Deadline duty) => s with
    {
        Duties = [.. s.Duties.Where(d => !Same(d, duty.Kind, duty.ActionId)), duty],
    };

    private static CaseDeadlines Update(CaseDeadlines s, DutyKind kind, Guid? actionId, Func<Deadline, Deadline> change) => s with
    {
        Duties = [.. s.Duties.Select(d => Same(d, kind, actionId) ? change(d) : d)],
    };

    private static CaseDeadlines Done(CaseDeadlines s, DutyKind kind, Guid? actionId, DateTimeOffset at) =>
        Update(s, kind, actionId, d => d with { DoneAt = d.DoneAt ?? at });

    private static CaseDeadlines Undone(CaseDeadlines s, DutyKind kind) => Update(s, kind, null, d => d with { DoneAt = null });

    private static CaseDeadlines Overdue(CaseDeadlines s, DutyKind kind, Guid? actionId, DateOnly dueBy, DateTimeOffset since) =>
        Update(s, kind, actionId, d => d.DueBy == dueBy ? d with { OverdueSince = since } : d);

    private static bool Same(Deadline d, DutyKind kind, Guid? actionId) => d.Kind == kind && d.ActionId == actionId;
}
