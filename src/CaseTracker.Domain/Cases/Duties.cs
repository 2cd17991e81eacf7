namespace CaseTracker.Domain.Cases;

public enum DutyKind { Acknowledgement, Response, SixMonthLetter, Candour, Action }

/// <summary>A duty owed on a case, due by the end of a day. ActionId names the action for Action duties.</summary>
public sealed record DutyDue(DutyKind Kind, Guid? ActionId, DateOnly DueBy);

/// <summary>
/// Asks the case whether a duty is overdue. Sent by CaseTracker's scheduler when a due date has passed;
/// the answer is an overdue event only while that same due date still stands and the duty is undone.
/// </summary>
public sealed record FlagOverdueDuty(DutyKind Kind, Guid? ActionId, DateOnly DueBy) : CaseCommand;

/// <summary>Which duties a case owes, and which due dates a change to the case has just set.</summary>
public static class Duties
{
    /// <summary>The duties still undone on an open case, each with its current due date.</summary>
    public static IEnumerable<DutyDue> Open(CaseState state)
    {
        if (state.Status is CaseStatus.Closed or CaseStatus.Withdrawn) yield break;
        if (state.AcknowledgementDueBy is { } ack && state.AcknowledgedAt is null)
            yield return new DutyDue(DutyKind.Acknowledgement, null, ack);
        if (state.ResponseDueBy is { } response && state.FinalResponseSentAt is null)
            yield return new DutyDue(DutyKind.Response, null, response);
        if (state.SixMonthDate is { } sixMonths && state.FinalResponseSentAt is null)
            yield return new DutyDue(DutyKind.SixMonthLetter, null, sixMonths);
        if (state.Candour is { DueBy: var candourDue, DischargedAt: null })
            yield return new DutyDue(DutyKind.Candour, null, candourDue);
        foreach (var (actionId, due) in state.ActionsDue.Where(a => !state.ActionsCompleted.GetValueOrDefault(a.Key)))
            yield return new DutyDue(DutyKind.Action, actionId, due);
    }

    /// <summary>
    /// The checks to schedule after <paramref name="events"/> were decided: every due date they set
    /// (raise, agreed or extended response date, declaration, committed action), and, on reopening,
    /// every duty still open. Pure, so the write paths only carry the answer to the scheduler.
    /// </summary>
    public static IReadOnlyList<DutyDue> ToCheck(CaseState? after, IEnumerable<object> events)
    {
        if (after is null) return [];
        var open = Open(after).ToList();
        var wanted = new List<DutyDue>();
        foreach (var e in events)
        {
            IEnumerable<DutyDue> set = e switch
            {
                ComplaintRaised or CaseReopened => open,
                ComplaintAcknowledged { ResponseDueBy: { } due } => [new DutyDue(DutyKind.Response, null, due)],
                ResponseDeadlineAgreed x => [new DutyDue(DutyKind.Response, null, x.DueBy)],
                ResponseDeadlineExtended x => [new DutyDue(DutyKind.Response, null, x.DueBy)],
                NotifiableIncidentDeclared x => [new DutyDue(DutyKind.Candour, null, x.CandourDueBy)],
                ActionCommitted x => [new DutyDue(DutyKind.Action, x.ActionId, x.DueBy)],
                _ => [],
            };
            wanted.AddRange(set.Where(open.Contains));
        }

        return [.. wanted.Distinct()];
    }

    /// <summary>The instant a duty due by <paramref name="dueBy"/> becomes overdue: the start of the next day in the calendar's zone.</summary>
    public static DateTimeOffset OverdueFrom(DateOnly dueBy, Calendar.WorkingDayCalendar calendar) => calendar.StartOf(dueBy.AddDays(1));
}
