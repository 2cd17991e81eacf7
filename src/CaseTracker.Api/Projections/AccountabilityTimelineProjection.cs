using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.Projections;

/// <summary>Builds the <see cref="AccountabilityTimeline"/> inline, so a handler sees their own step at once.</summary>
public sealed class AccountabilityTimelineProjection(WorkingDayCalendar calendar) : SingleStreamProjection<AccountabilityTimeline, Guid>
{
    public override AccountabilityTimeline? Evolve(AccountabilityTimeline? snapshot, Guid id, IEvent e)
    {
        var timeline = snapshot ?? Start(e.Data);
        if (timeline is null) return null;

        var (kind, actor, at, recordedAt) = Narration.Facts(e.Data);
        var entry = new TimelineEntry(
            e.Version, at, recordedAt, actor, kind,
            Narration.Event(e.Data, timeline, calendar),
            (int)(calendar.DayOf(at).DayNumber - calendar.DayOf(timeline.ReceivedAt).DayNumber),
            WorkingDaysSinceReceived(timeline, at));

        return Measure(timeline, e.Data, at) with { Entries = [.. timeline.Entries, entry], Version = e.Version };
    }

    private static AccountabilityTimeline? Start(object data) => data switch
    {
        ComplaintRaised e => new AccountabilityTimeline
        {
            Id = e.CaseId, Reference = e.Reference, Kind = CaseKind.Complaint, ReceivedAt = e.ReceivedAt,
            Intervals = new KeyIntervals { AcknowledgementDueBy = e.AcknowledgementDueBy },
        },
        HarmIncidentReported e => new AccountabilityTimeline
        {
            Id = e.CaseId, Reference = e.Reference, Kind = CaseKind.HarmIncident, ReceivedAt = e.OccurredAt,
        },
        _ => null,
    };

    private AccountabilityTimeline Measure(AccountabilityTimeline t, object data, DateTimeOffset at) => data switch
    {
        ComplaintAcknowledged e => t with
        {
            Intervals = t.Intervals with { WorkingDaysToAcknowledgement = WorkingDaysSinceReceived(t, at), AcknowledgedOnTime = e.OnTime },
        },
        ApologyGiven when t.Intervals.WorkingDaysToFirstApology is null => t with
        {
            Intervals = t.Intervals with { WorkingDaysToFirstApology = WorkingDaysSinceReceived(t, at) },
        },
        FinalResponseSent => t with { Intervals = t.Intervals with { WorkingDaysToFinalResponse = WorkingDaysSinceReceived(t, at) } },
        CaseClosed or ComplaintWithdrawn => t with
        {
            Intervals = t.Intervals with { DaysToClosure = calendar.DayOf(at).DayNumber - calendar.DayOf(t.ReceivedAt).DayNumber },
        },
        CaseReopened => t with { Intervals = t.Intervals with { DaysToClosure = null, WorkingDaysToFinalResponse = null } },
        NotifiableIncidentDeclared e => t with
        {
            Intervals = t.Intervals with { CandourDeclaredOn = calendar.DayOf(e.DeclaredAt), CandourDueBy = e.CandourDueBy },
        },
        CandourNotificationGiven => t with { Intervals = t.Intervals with { WorkingDaysToCandourNotification = WorkingDaysSinceDeclared(t, at) } },
        CandourLetterSent => t with { Intervals = t.Intervals with { WorkingDaysToCandourLetter = WorkingDaysSinceDeclared(t, at) } },
        ActionCommitted e => t with { Actions = new Dictionary<Guid, string>(t.Actions) { [e.ActionId] = e.Description } },
        _ => t,
    };

    private int? WorkingDaysSinceDeclared(AccountabilityTimeline t, DateTimeOffset at) =>
        t.Intervals.CandourDeclaredOn is { } declaredOn ? calendar.WorkingDaysBetween(declaredOn, calendar.DayOf(at)) : null;

    private int WorkingDaysSinceReceived(AccountabilityTimeline t, DateTimeOffset at) =>
        calendar.WorkingDaysBetween(calendar.DayOf(t.ReceivedAt), calendar.DayOf(at));
}
