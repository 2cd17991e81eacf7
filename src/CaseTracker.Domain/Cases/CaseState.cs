using System.Collections.Immutable;

namespace CaseTracker.Domain.Cases;

/// <summary>
/// What the decider needs to know about a case to judge the next command — and nothing more.
/// Read models for people live in the API; this is the write side's memory.
/// </summary>
public sealed partial record CaseState(
    Guid Id,
    string Reference,
    CaseKind Kind,
    CaseStatus Status,
    DateTimeOffset ReceivedAt,
    DateOnly? AcknowledgementDueBy,
    DateTimeOffset? AcknowledgedAt,
    DateOnly? ResponseDueBy,
    string? Handler,
    DateTimeOffset? FinalResponseSentAt,
    ImmutableDictionary<Guid, bool> ReviewsCompleted,
    ImmutableDictionary<Guid, bool> ActionsCompleted,
    ImmutableHashSet<Guid> Findings,
    ImmutableHashSet<Guid> Learning,
    ImmutableHashSet<Guid> Notes)
{
    public int OpenActions => ActionsCompleted.Count(a => !a.Value);

    /// <summary>The status a reopened case returns to: where it stood before it was closed.</summary>
    public CaseStatus WorkingStatus =>
        FinalResponseSentAt is not null ? CaseStatus.Responded
        : AcknowledgedAt is not null ? CaseStatus.Acknowledged
        : CaseStatus.Open;

    private static CaseState Opened(Guid id, string reference, CaseKind kind, DateTimeOffset receivedAt, DateOnly? ackDueBy) =>
        new(id, reference, kind, CaseStatus.Open, receivedAt, ackDueBy, null, null, null, null,
            ImmutableDictionary<Guid, bool>.Empty, ImmutableDictionary<Guid, bool>.Empty,
            [], [], []);

    /// <summary>Folds one event into the state. A null state means the case does not exist yet.</summary>
    public static CaseState? Evolve(CaseState? state, object @event) => (state, @event) switch
    {
        (null, ComplaintRaised e) => Opened(e.CaseId, e.Reference, CaseKind.Complaint, e.ReceivedAt, e.AcknowledgementDueBy) with { SixMonthDate = e.SixMonthDate },
        (null, HarmIncidentReported e) => Opened(e.CaseId, e.Reference, CaseKind.HarmIncident, e.OccurredAt, null),
        (null, _) => null,
        (_, ComplaintAcknowledged e) => state with
        {
            Status = CaseStatus.Acknowledged,
            AcknowledgedAt = e.AcknowledgedAt,
            ResponseDueBy = e.ResponseDueBy ?? state.ResponseDueBy,
        },
        (_, HandlerAssigned e) => state with { Handler = e.Handler },
        (_, ResponseDeadlineAgreed e) => state with { ResponseDueBy = e.DueBy },
        (_, ResponseDeadlineExtended e) => state with { ResponseDueBy = e.DueBy },
        (_, FinalResponseSent e) => state with { Status = CaseStatus.Responded, FinalResponseSentAt = e.SentAt },
        (_, ReviewStarted e) => state with { ReviewsCompleted = state.ReviewsCompleted.SetItem(e.ReviewId, false) },
        (_, FindingRecorded e) => state with { Findings = state.Findings.Add(e.FindingId) },
        (_, ReviewCompleted e) => state with { ReviewsCompleted = state.ReviewsCompleted.SetItem(e.ReviewId, true) },
        (_, LearningRecorded e) => state with { Learning = state.Learning.Add(e.LearningId) },
        (_, ActionCommitted e) => state with
        {
            ActionsCompleted = state.ActionsCompleted.SetItem(e.ActionId, false),
            ActionsDue = state.ActionsDue.SetItem(e.ActionId, e.DueBy),
        },
        (_, ActionCompleted e) => state with { ActionsCompleted = state.ActionsCompleted.SetItem(e.ActionId, true) },
        (_, NoteAdded e) => state with { Notes = state.Notes.Add(e.NoteId) },
        (_, CaseClosed) => state with { Status = CaseStatus.Closed },
        // A reopened complaint is being reconsidered: it will need a fresh final response.
        (_, CaseReopened) => Reopened(state with { FinalResponseSentAt = null }),
        (_, ComplaintWithdrawn) => state with { Status = CaseStatus.Withdrawn },
        // Candour, restorative work, advocacy, the Ombudsman and the clocks live in the other parts;
        // events no part has a use for (apologies, for instance) leave the state as it was.
        _ => EvolveCare(state, @event) ?? EvolveClocks(state, @event) ?? state,
    };

    private static CaseState Reopened(CaseState state) => state with { Status = state.WorkingStatus };

    public static CaseState? From(IEnumerable<object> events) => events.Aggregate((CaseState?)null, Evolve);
}
