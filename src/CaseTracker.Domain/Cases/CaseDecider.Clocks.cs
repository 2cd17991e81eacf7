namespace CaseTracker.Domain.Cases;

public static partial class CaseDecider
{
    /// <summary>Name of the actor CaseTracker records on events it appends by itself.</summary>
    public const string SystemActor = "CaseTracker";

    /// <summary>
    /// A duty is flagged overdue only if it is still undone, the case still owes it by the very date
    /// the check was scheduled for (an extension schedules its own check), and it was not flagged for
    /// that date already — so redelivered or concurrent checks append nothing more.
    /// </summary>
    private static Decision FlagOverdue(FlagOverdueDuty c, CaseState state, DecisionContext context)
    {
        var duty = new DutyDue(c.Kind, c.ActionId, c.DueBy);
        if (state.OverdueFlagged.Contains(duty) || !Duties.Open(state).Contains(duty)) return Decision.Accept();

        var since = Duties.OverdueFrom(c.DueBy, context.Calendar);
        return Decision.Accept(c.Kind switch
        {
            DutyKind.Acknowledgement => new AcknowledgementOverdue(c.DueBy, since, context.Actor, context.Now),
            DutyKind.Response => new ResponseOverdue(c.DueBy, since, context.Actor, context.Now),
            DutyKind.SixMonthLetter => new SixMonthLetterDue(c.DueBy, since, context.Actor, context.Now),
            DutyKind.Candour => new CandourOverdue(c.DueBy, since, context.Actor, context.Now),
            _ => new ActionOverdue(c.ActionId!.Value, c.DueBy, since, context.Actor, context.Now),
        });
    }
}
