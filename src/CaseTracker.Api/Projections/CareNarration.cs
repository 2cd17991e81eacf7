using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Projections;

/// <summary>
/// The plain words for candour, restorative practice, advocacy, risk, the Ombudsman and the clocks.
/// Addressed to the person the case is about ("we apologised to you"); their own words and the
/// names of people harmed stay in the case, not in the timeline.
/// </summary>
internal static class CareNarration
{
    public static (string Kind, string Actor, DateTimeOffset At, DateTimeOffset RecordedAt) Facts(object data) => data switch
    {
        NotifiableIncidentDeclared e => ("candour-declared", e.By, e.DeclaredAt, e.At),
        CandourNotificationGiven e => ("candour-notification", e.By, e.GivenAt, e.At),
        CandourLetterSent e => ("candour-letter", e.By, e.SentAt, e.At),
        ContactAttemptFailed e => ("contact-attempt", e.By, e.AttemptedAt, e.At),
        RestorativeProcessOffered e => ("restorative-offered", e.By, e.At, e.At),
        RestorativeProcessAccepted e => ("restorative-accepted", e.By, e.At, e.At),
        RestorativeProcessDeclined e => ("restorative-declined", e.By, e.At, e.At),
        HarmedPartyIdentified e => ("harmed-party", e.By, e.At, e.At),
        RestorativeMeetingHeld e => ("restorative-meeting", e.By, e.HeldAt, e.At),
        RestorativeAgreementReached e => ("restorative-agreement", e.By, e.At, e.At),
        AgreementFollowUpRecorded e => ("agreement-follow-up", e.By, e.At, e.At),
        AdvocacyOffered e => ("advocacy-offered", e.By, e.At, e.At),
        AdvocateAssigned e => ("advocate-assigned", e.By, e.At, e.At),
        AdvocacyDeclined e => ("advocacy-declined", e.By, e.At, e.At),
        ComplainantFeedbackRecorded e => ("feedback", e.By, e.At, e.At),
        RiskConcernRaised e => ("risk-concern", e.By, e.At, e.At),
        SafeguardingReferralMade e => ("safeguarding-referral", e.By, e.MadeAt, e.At),
        CaseEscalatedToOmbudsman e => ("ombudsman-escalation", e.By, e.At, e.At),
        OmbudsmanDecisionRecorded e => ("ombudsman-decision", e.By, e.At, e.At),
        // An overdue event belongs in the story at the moment the duty became overdue, not when it was noticed.
        AcknowledgementOverdue e => ("acknowledgement-overdue", e.By, e.OverdueSince, e.At),
        ResponseOverdue e => ("response-overdue", e.By, e.OverdueSince, e.At),
        SixMonthLetterDue e => ("six-month-letter-due", e.By, e.OverdueSince, e.At),
        CandourOverdue e => ("candour-overdue", e.By, e.OverdueSince, e.At),
        ActionOverdue e => ("action-overdue", e.By, e.OverdueSince, e.At),
        _ => ("other", "", default, default),
    };

    public static string Event(object data, AccountabilityTimeline timeline, Func<DateTimeOffset, string> day) => data switch
    {
        NotifiableIncidentDeclared e =>
            $"We declared what happened a notifiable safety incident ({Criteria(e.Criteria)}). Under the duty of candour we must "
            + $"tell you in person, apologise, and write to you; we aim to do so by {Narration.Date(e.CandourDueBy)}.",
        CandourNotificationGiven e =>
            $"We told you in person on {day(e.GivenAt)} what happened, and what we will look into further. {e.GivenBy} spoke with you.",
        CandourLetterSent e => $"We wrote to you on {day(e.SentAt)} with the results of our enquiries and our apology.",
        ContactAttemptFailed e => $"We tried to contact you {Contact(e.Method)} on {day(e.AttemptedAt)}: {ContactOutcome(e.Outcome)}.",
        RestorativeProcessOffered e => $"We offered you a restorative process, facilitated by {e.Facilitator}.",
        RestorativeProcessAccepted => "You accepted the offer of a restorative process.",
        RestorativeProcessDeclined => "The offer of a restorative process was declined.",
        HarmedPartyIdentified e =>
            $"We recorded someone who was harmed, {Count(e.Needs.Count, "need")} of theirs, and whose obligation it is to meet them: {e.WhoseObligation}.",
        RestorativeMeetingHeld e =>
            $"A restorative {e.Format.ToString().ToLowerInvariant()} was held on {day(e.HeldAt)}, facilitated by {e.Facilitator}, "
            + $"with {Count(e.Participants.Count, "participant")}.",
        RestorativeAgreementReached e => $"A restorative agreement was reached with {Count(e.Commitments.Count, "commitment")}: "
            + string.Join("; ", e.Commitments.Select(c => c.DueBy is { } due ? $"{c.Owner} by {Narration.Date(due)}" : c.Owner)) + ".",
        AgreementFollowUpRecorded e => e.Kept
            ? "We checked the restorative agreement: it was kept."
            : "We checked the restorative agreement: it was not kept.",
        AdvocacyOffered e => "We offered you independent advocacy" + (e.Service is { Length: > 0 } service ? $" ({service})." : "."),
        AdvocateAssigned e => $"{e.Advocate} of {e.Organisation} is now your advocate.",
        AdvocacyDeclined => "The offer of independent advocacy was declined.",
        ComplainantFeedbackRecorded e =>
            $"You told us how we did: {e.Satisfaction} out of 5, and you {(e.FeltHeard ? "felt" : "did not feel")} heard.",
        RiskConcernRaised e => $"We recorded a {e.Level.ToString().ToLowerInvariant()} risk concern.",
        SafeguardingReferralMade e => $"We made a safeguarding referral to {e.Agency} on {day(e.MadeAt)}.",
        CaseEscalatedToOmbudsman e => $"The complaint went to the {Name(e.Ombudsman)} on {Narration.Date(e.EscalatedOn)}.",
        OmbudsmanDecisionRecorded e => $"The {Name(e.Ombudsman)} decided on {Narration.Date(e.DecidedOn)}: {OmbudsmanOutcome(e.Outcome)}.",
        AcknowledgementOverdue e => $"We did not acknowledge the complaint by {Narration.Date(e.DueBy)}, as the law requires.",
        ResponseOverdue e => $"We did not send our response by {Narration.Date(e.DueBy)}, the date we agreed with you.",
        SixMonthLetterDue => "Six months have passed without our final response: we must write to tell you why.",
        CandourOverdue e => $"We had not finished telling you in person and in writing by {Narration.Date(e.DueBy)}, as we aimed to.",
        ActionOverdue e => $"The action \"{timeline.Actions.GetValueOrDefault(e.ActionId, "unnamed")}\" was not done by {Narration.Date(e.DueBy)}.",
        _ => "Something was recorded.",
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Criteria(IReadOnlyList<HarmCriterion> criteria) => string.Join(", ", criteria.Select(c => c switch
    {
        HarmCriterion.Death => "a death",
        HarmCriterion.SevereHarm => "severe harm",
        HarmCriterion.ModerateHarm => "moderate harm",
        HarmCriterion.ProlongedPsychologicalHarm => "prolonged psychological harm",
        HarmCriterion.SensoryMotorOrIntellectualImpairment => "lasting impairment of the senses, movement or thinking",
        HarmCriterion.ChangeToBodyStructure => "a change to the structure of the body",
        HarmCriterion.ProlongedPain => "prolonged pain",
        HarmCriterion.ShortenedLifeExpectancy => "shortened life expectancy",
        HarmCriterion.TreatmentToPreventHarm => "treatment needed to prevent serious harm",
        _ => "harm",
    }));

    private static string Contact(ContactMethod method) => method switch
    {
        ContactMethod.InPerson => "in person",
        ContactMethod.Phone => "by phone",
        ContactMethod.Letter => "by letter",
        _ => "by email",
    };

    private static string ContactOutcome(ContactOutcome outcome) => outcome switch
    {
        Domain.Cases.ContactOutcome.Declined => "you told us you did not wish to talk with us, and we respect that",
        Domain.Cases.ContactOutcome.CouldNotBeContacted => "we could not reach you",
        _ => "there was no reply",
    };

    private static string Name(Ombudsman ombudsman) => ombudsman == Ombudsman.LGSCO
        ? "Local Government and Social Care Ombudsman"
        : "Parliamentary and Health Service Ombudsman";

    private static string OmbudsmanOutcome(OmbudsmanOutcome outcome) => outcome switch
    {
        Domain.Cases.OmbudsmanOutcome.NotInvestigated => "it did not investigate",
        Domain.Cases.OmbudsmanOutcome.Upheld => "the complaint was upheld",
        Domain.Cases.OmbudsmanOutcome.PartlyUpheld => "the complaint was partly upheld",
        _ => "the complaint was not upheld",
    };
}
