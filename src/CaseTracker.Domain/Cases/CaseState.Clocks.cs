using System.Collections.Immutable;

namespace CaseTracker.Domain.Cases;

public sealed partial record CaseState
{
    /// <summary>When each committed action is due.</summary>
    public ImmutableDictionary<Guid, DateOnly> ActionsDue { get; init; } = ImmutableDictionary<Guid, DateOnly>.Empty;

    /// <summary>Every duty and due date already flagged overdue: a second check of the same one must append nothing.</summary>
    public ImmutableHashSet<DutyDue> OverdueFlagged { get; init; } = [];

    private static CaseState? EvolveClocks(CaseState state, object @event) => @event switch
    {
        AcknowledgementOverdue e => Flagged(state, DutyKind.Acknowledgement, null, e.DueBy),
        ResponseOverdue e => Flagged(state, DutyKind.Response, null, e.DueBy),
        SixMonthLetterDue e => Flagged(state, DutyKind.SixMonthLetter, null, e.DueBy),
        CandourOverdue e => Flagged(state, DutyKind.Candour, null, e.DueBy),
        ActionOverdue e => Flagged(state, DutyKind.Action, e.ActionId, e.DueBy),
        _ => null,
    };

    private static CaseState Flagged(CaseState state, DutyKind kind, Guid? actionId, DateOnly dueBy) =>
        state with { OverdueFlagged = state.OverdueFlagged.Add(new DutyDue(kind, actionId, dueBy)) };
}
