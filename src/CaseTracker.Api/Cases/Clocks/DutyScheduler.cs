using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using Wolverine;

namespace CaseTracker.Api.Cases.Clocks;

/// <summary>
/// Schedules a <see cref="CheckDuty"/> for every due date a decision set, on the write's outbox, so
/// the checks are stored in PostgreSQL in the same transaction as the events. A check whose due
/// moment has already passed runs at once.
/// </summary>
public sealed class DutyScheduler(TimeProvider clock, WorkingDayCalendar calendar)
{
    public async ValueTask ScheduleChecks(CaseWrite write, Guid caseId, CaseState? before, IReadOnlyList<object> events)
    {
        var after = events.Aggregate(before, CaseState.Evolve);
        foreach (var duty in Duties.ToCheck(after, events))
        {
            var delay = Duties.OverdueFrom(duty.DueBy, calendar) - clock.GetUtcNow();
            var check = new CheckDuty(caseId, write.Session.TenantId, duty.Kind, duty.ActionId, duty.DueBy);
            await write.Outbox.ScheduleAsync(check, delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
        }
    }
}
