using System.Globalization;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Privacy;

namespace CaseTracker.Api.Projections;

/// <summary>
/// Says each event in words a complainant could read. It names staff by their role in the case and
/// never repeats the complainant's personal details: the timeline is shared more widely than the case.
/// </summary>
internal static class Narration
{
    public static (string Kind, string Actor, DateTimeOffset At, DateTimeOffset RecordedAt) Facts(object data) => data switch
    {
        ComplaintRaised e => ("complaint-received", e.By, e.ReceivedAt, e.At),
        HarmIncidentReported e => ("incident-reported", e.By, e.OccurredAt, e.At),
        ComplaintAcknowledged e => ("acknowledged", e.By, e.AcknowledgedAt, e.At),
        HandlerAssigned e => ("handler-assigned", e.By, e.At, e.At),
        ResponseDeadlineAgreed e => ("response-date-agreed", e.By, e.At, e.At),
        ResponseDeadlineExtended e => ("response-date-extended", e.By, e.At, e.At),
        ApologyGiven e => ("apology", e.By, e.GivenAt, e.At),
        ReviewStarted e => ("review-started", e.By, e.At, e.At),
        FindingRecorded e => ("finding", e.By, e.At, e.At),
        ReviewCompleted e => ("review-completed", e.By, e.At, e.At),
        LearningRecorded e => ("learning", e.By, e.At, e.At),
        ActionCommitted e => ("action-committed", e.By, e.At, e.At),
        ActionCompleted e => ("action-completed", e.By, e.At, e.At),
        FinalResponseSent e => ("final-response", e.By, e.SentAt, e.At),
        CaseClosed e => ("closed", e.By, e.At, e.At),
        CaseReopened e => ("reopened", e.By, e.At, e.At),
        ComplaintWithdrawn e => ("withdrawn", e.By, e.At, e.At),
        NoteAdded e => ("note", e.By, e.At, e.At),
        PersonalDataErased e => ("personal-data-erased", e.By, e.At, e.At),
        _ => CareNarration.Facts(data),
    };

    public static string Event(object data, AccountabilityTimeline timeline, WorkingDayCalendar calendar)
    {
        string Day(DateTimeOffset at) => Date(calendar.DayOf(at));
        return data switch
        {
            ComplaintRaised e =>
                $"We received a complaint {Via(e.Channel)} from {Role(e.Complainant.Role)} about {e.Service}. "
                + $"We must acknowledge it by {Date(e.AcknowledgementDueBy)}."
                + (e.AccessNeeds.Count > 0 ? $" Access needs: {string.Join(", ", e.AccessNeeds)}." : "")
                + (e.MadeAfterTimeLimit ? " It was made more than 12 months after the events; we can still consider it." : ""),
            HarmIncidentReported e =>
                $"{e.ReportedBy} reported a harm incident in {e.Service} on {Day(e.OccurredAt)}: "
                + $"{Harm(e.PhysicalHarm.ToString())} physical harm, {Harm(e.PsychologicalHarm.ToString())} psychological harm, "
                + $"{e.PeopleAffected} {(e.PeopleAffected == 1 ? "person" : "people")} affected.",
            ComplaintAcknowledged e =>
                $"We acknowledged the complaint on {Day(e.AcknowledgedAt)}, "
                + (e.OnTime ? "on time" : $"late (it was due by {Date(e.AcknowledgementDueBy)})") + "."
                + (e.ResponseDueBy is { } due ? $" We agreed to respond by {Date(due)}." : ""),
            HandlerAssigned e => e.PreviousHandler is null
                ? $"{e.Handler} is now handling the case."
                : $"{e.Handler} took over handling the case from {e.PreviousHandler}.",
            ResponseDeadlineAgreed e => $"We agreed to send our response by {Date(e.DueBy)}.",
            ResponseDeadlineExtended e => $"We moved our response date from {Date(e.PreviousDueBy)} to {Date(e.DueBy)}: {e.Reason}",
            ApologyGiven e => $"We apologised to {e.To} {Method(e.Method)} on {Day(e.GivenAt)}.",
            ReviewStarted e => $"{Article(Review(e.Kind))} {Review(e.Kind)} started, led by {e.Lead}.",
            FindingRecorded e => $"The review found: {e.Finding}",
            ReviewCompleted e => $"The review was completed: {e.Summary}",
            LearningRecorded e => $"We recorded learning at {e.Level.ToString().ToLowerInvariant()} level: {e.Summary}"
                + (e.Themes.Count > 0 ? $" Themes: {string.Join(", ", e.Themes)}." : ""),
            ActionCommitted e => $"We committed to act: {e.Description} ({e.Owner}, by {Date(e.DueBy)}).",
            ActionCompleted e => $"We completed the action \"{timeline.Actions.GetValueOrDefault(e.ActionId, "unnamed")}\": {e.Evidence}",
            FinalResponseSent e => $"We sent our final response on {Day(e.SentAt)}: the complaint was {Outcome(e.Outcome)}. "
                + "It explained the right to take the complaint to the Ombudsman.",
            CaseClosed e => e.OpenActions > 0
                ? $"The case was closed with {e.OpenActions} action(s) still open: {e.Reason}"
                : "The case was closed." + (string.IsNullOrWhiteSpace(e.Reason) ? "" : $" {e.Reason}"),
            CaseReopened e => $"The case was reopened: {e.Reason}",
            ComplaintWithdrawn e => "The complaint was withdrawn." + (string.IsNullOrWhiteSpace(e.Reason) ? "" : $" {e.Reason}"),
            NoteAdded e => $"Note: {e.Text}",
            PersonalDataErased e => $"Personal details in {e.EventsMasked} earlier entr{(e.EventsMasked == 1 ? "y" : "ies")} were erased on a lawful request. "
                + "What was done, when and with what outcome is kept.",
            _ => CareNarration.Event(data, timeline, Day),
        };
    }

    public static string Date(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Via(Channel channel) => channel switch
    {
        Channel.Phone => "by phone",
        Channel.Email => "by email",
        Channel.Letter => "by letter",
        Channel.InPerson => "in person",
        Channel.WebForm => "through our web form",
        Channel.Advocate => "through an advocate",
        _ => "",
    };

    private static string Role(ComplainantRole role) => role switch
    {
        ComplainantRole.ServiceUser => "a person using the service",
        ComplainantRole.FamilyMember => "a family member",
        ComplainantRole.Carer => "a carer",
        ComplainantRole.Friend => "a friend",
        ComplainantRole.Advocate => "an advocate",
        ComplainantRole.Representative => "a representative",
        _ => "someone",
    };

    internal static string Method(ApologyMethod method) => method switch
    {
        ApologyMethod.InPerson => "in person",
        ApologyMethod.Phone => "by phone",
        ApologyMethod.Letter => "in a letter",
        ApologyMethod.Email => "by email",
        ApologyMethod.Meeting => "at a meeting",
        _ => "",
    };

    private static string Review(ReviewKind kind) => kind switch
    {
        ReviewKind.LocalReview => "local review",
        ReviewKind.AfterActionReview => "after action review",
        ReviewKind.SwarmHuddle => "swarm huddle",
        ReviewKind.MultidisciplinaryReview => "multidisciplinary review",
        ReviewKind.ThematicReview => "thematic review",
        ReviewKind.PatientSafetyIncidentInvestigation => "patient safety incident investigation",
        _ => "review",
    };

    internal static string Outcome(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.Upheld => "upheld",
        ComplaintOutcome.PartlyUpheld => "partly upheld",
        _ => "not upheld",
    };

    private static string Harm(string level) => string.Equals(level, "None", StringComparison.Ordinal) ? "no" : level.ToLowerInvariant();

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "An" : "A";
}
