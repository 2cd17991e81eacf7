using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases;

/// <summary>What the pure decider is told besides the command: who acts, the app's clock, the calendar and local policy.</summary>
public sealed class CaseDecisions(TimeProvider clock, WorkingDayCalendar calendar, CasePolicy policy)
{
    public DecisionContext For(string actor) => new(actor, clock.GetUtcNow(), calendar) { Policy = policy };
}
