using System.Globalization;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Projections;

/// <summary>
/// What one case contributes to the learning reports, kept by <see cref="LearningReportProjection"/>
/// beside the monthly documents. A case counts in the month (Europe/London) and service it was
/// received in, whenever its later events happen: so when an event arrives the projection needs
/// the case's month and service, and what the case contributed before, to replace it exactly.
/// </summary>
public sealed class ReportedCase
{
    public Guid Id { get; set; }

    /// <summary>yyyy-MM of the day the complaint was received or the incident occurred.</summary>
    public string Month { get; set; } = "";
    public string Service { get; set; } = "";
    public CaseKind Kind { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public bool Withdrawn { get; set; }

    public bool Acknowledged { get; set; }
    public int? DaysToAcknowledgement { get; set; }
    public bool AcknowledgedOnTime { get; set; }
    public bool AcknowledgementFlaggedOverdue { get; set; }

    /// <summary>The final response that stands: a reopened complaint's earlier answer no longer counts.</summary>
    public int? DaysToFinalResponse { get; set; }
    public ComplaintOutcome? Outcome { get; set; }
    public bool ReferredToOmbudsman { get; set; }

    public DateOnly? CandourDueBy { get; set; }
    public DateOnly? NotifiedOn { get; set; }
    public DateOnly? FirstApologyOn { get; set; }
    public DateOnly? LetterSentOn { get; set; }

    public List<string> Categories { get; set; } = [];
    public List<string> Themes { get; set; } = [];
    public List<string> HarmSources { get; set; } = [];

    /// <summary>Committed actions: whether each is completed, and whether it was flagged overdue.</summary>
    public Dictionary<Guid, ActionProgress> Actions { get; set; } = [];

    public bool OfferedAdvocacy { get; set; }
    public bool TookUpAdvocacy { get; set; }
    public bool RestorativeOffered { get; set; }
    public bool RestorativeAccepted { get; set; }

    /// <summary>Restorative agreements → whether the latest follow-up found it kept (null: not followed up yet).</summary>
    public Dictionary<Guid, bool?> Agreements { get; set; } = [];

    public Dictionary<Guid, Feedback> Feedback { get; set; } = [];

    public static string MonthOf(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Starts the facts of a case from its first event, or null when the event does not open a case.</summary>
    public static ReportedCase? Open(object data, WorkingDayCalendar calendar) => data switch
    {
        ComplaintRaised e => Opened(e.CaseId, CaseKind.Complaint, e.Service, calendar.DayOf(e.ReceivedAt), e.Categories),
        HarmIncidentReported e => Opened(e.CaseId, CaseKind.HarmIncident, e.Service, calendar.DayOf(e.OccurredAt), []),
        _ => null,
    };

    /// <summary>Folds one later event of the case into its facts.</summary>
    public void Apply(object data, WorkingDayCalendar calendar)
    {
        switch (data)
        {
            case ComplaintAcknowledged e:
                Acknowledged = true;
                DaysToAcknowledgement = WorkingDaysSinceReceived(calendar.DayOf(e.AcknowledgedAt), calendar);
                AcknowledgedOnTime = e.OnTime;
                break;
            case AcknowledgementOverdue:
                AcknowledgementFlaggedOverdue = true;
                break;
            case FinalResponseSent e:
                DaysToFinalResponse = WorkingDaysSinceReceived(calendar.DayOf(e.SentAt), calendar);
                Outcome = e.Outcome;
                break;
            case CaseReopened:
                DaysToFinalResponse = null;
                Outcome = null;
                break;
            case ComplaintWithdrawn:
                Withdrawn = true;
                break;
            case CaseEscalatedToOmbudsman:
                ReferredToOmbudsman = true;
                break;
            case NotifiableIncidentDeclared e:
                CandourDueBy = e.CandourDueBy;
                break;
            case CandourNotificationGiven e:
                NotifiedOn = calendar.DayOf(e.GivenAt);
                break;
            case CandourLetterSent e:
                LetterSentOn = calendar.DayOf(e.SentAt);
                break;
            case ApologyGiven e when FirstApologyOn is null || calendar.DayOf(e.GivenAt) < FirstApologyOn:
                FirstApologyOn = calendar.DayOf(e.GivenAt);
                break;
            case LearningRecorded e:
                Themes = [.. Themes.Union(e.Themes.Select(t => t.Trim()), StringComparer.Ordinal)];
                HarmSources = [.. HarmSources.Union(e.HarmSources.Select(h => h.ToString()), StringComparer.Ordinal)];
                break;
            case ActionCommitted e:
                Actions[e.ActionId] = new ActionProgress(false, false);
                break;
            case ActionCompleted e when Actions.TryGetValue(e.ActionId, out var action):
                Actions[e.ActionId] = action with { Completed = true };
                break;
            case ActionOverdue e when Actions.TryGetValue(e.ActionId, out var action):
                Actions[e.ActionId] = action with { FlaggedOverdue = true };
                break;
            case AdvocacyOffered:
                OfferedAdvocacy = true;
                break;
            case AdvocateAssigned when OfferedAdvocacy:
                TookUpAdvocacy = true;
                break;
            case RestorativeProcessOffered:
                RestorativeOffered = true;
                break;
            case RestorativeProcessAccepted:
                RestorativeAccepted = true;
                break;
            case RestorativeAgreementReached e:
                Agreements[e.AgreementId] = null;
                break;
            case AgreementFollowUpRecorded e:
                Agreements[e.AgreementId] = e.Kept;
                break;
            case ComplainantFeedbackRecorded e:
                Feedback[e.FeedbackId] = new Feedback(e.Satisfaction, e.FeltHeard);
                break;
        }
    }

    /// <summary>The figures of this one case: added to its month and service, or taken away before it changes.</summary>
    public LearningFigures Contribution()
    {
        var complaint = Kind == CaseKind.Complaint;
        var acknowledged = Acknowledged;
        var figures = new LearningFigures
        {
            ComplaintsReceived = complaint ? 1 : 0,
            IncidentsReported = complaint ? 0 : 1,
            Withdrawn = Withdrawn ? 1 : 0,
            Acknowledged = acknowledged ? 1 : 0,
            AcknowledgedOnTime = acknowledged && AcknowledgedOnTime ? 1 : 0,
            AwaitingOverdueAcknowledgement = !acknowledged && AcknowledgementFlaggedOverdue && !Withdrawn ? 1 : 0,
            Responded = Outcome is null ? 0 : 1,
            Upheld = Outcome == ComplaintOutcome.Upheld ? 1 : 0,
            PartlyUpheld = Outcome == ComplaintOutcome.PartlyUpheld ? 1 : 0,
            NotUpheld = Outcome == ComplaintOutcome.NotUpheld ? 1 : 0,
            ReferredToOmbudsman = ReferredToOmbudsman ? 1 : 0,
            NotifiableIncidents = CandourDueBy is null ? 0 : 1,
            CandourNotifiedOnTime = OnTime(NotifiedOn),
            ApologisedOnTime = OnTime(FirstApologyOn),
            CandourLetterOnTime = OnTime(LetterSentOn),
            ActionsCommitted = Actions.Count,
            ActionsCompleted = Actions.Values.Count(a => a.Completed),
            ActionsOverdue = Actions.Values.Count(a => a.FlaggedOverdue && !a.Completed),
            AdvocacyOffered = OfferedAdvocacy ? 1 : 0,
            AdvocacyTakenUp = TookUpAdvocacy ? 1 : 0,
            RestorativeOffered = RestorativeOffered ? 1 : 0,
            RestorativeAccepted = RestorativeAccepted ? 1 : 0,
            AgreementsReached = Agreements.Count,
            AgreementsFollowedUp = Agreements.Values.Count(kept => kept is not null),
            AgreementsKept = Agreements.Values.Count(kept => kept == true),
            FeedbackResponses = Feedback.Count,
            SatisfactionTotal = Feedback.Values.Sum(f => f.Satisfaction),
            FeltHeard = Feedback.Values.Count(f => f.FeltHeard),
        };
        if (DaysToAcknowledgement is { } ack) figures.DaysToAcknowledgement[ack] = 1;
        if (DaysToFinalResponse is { } response) figures.DaysToFinalResponse[response] = 1;
        foreach (var category in Categories) figures.Categories[category] = 1;
        foreach (var source in HarmSources) figures.HarmSources[source] = 1;
        foreach (var theme in Themes) figures.Themes[theme] = 1;

        return figures;
    }

    private int OnTime(DateOnly? day) => day is { } done && CandourDueBy is { } due && done <= due ? 1 : 0;

    /// <summary>Working days after receipt; null for a day the calendar does not cover (no guessing a statutory count).</summary>
    private int? WorkingDaysSinceReceived(DateOnly day, WorkingDayCalendar calendar) =>
        calendar.Covers(ReceivedOn) && calendar.Covers(day) ? calendar.WorkingDaysBetween(ReceivedOn, day) : null;

    private static ReportedCase Opened(Guid id, CaseKind kind, string service, DateOnly receivedOn, IReadOnlyList<string> categories) => new()
    {
        Id = id, Kind = kind, Service = service, ReceivedOn = receivedOn, Month = MonthOf(receivedOn),
        Categories = [.. categories.Select(c => c.Trim()).Distinct(StringComparer.Ordinal)],
    };
}

public sealed record ActionProgress(bool Completed, bool FlaggedOverdue);

public sealed record Feedback(int Satisfaction, bool FeltHeard);
