using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Privacy;

namespace CaseTracker.Api.Hosting;

/// <summary>Every event type a case stream may hold, registered up front so history always deserialises.</summary>
public static class CaseEvents
{
    public static readonly Type[] All =
    [
        typeof(ComplaintRaised), typeof(HarmIncidentReported),
        typeof(ComplaintAcknowledged), typeof(HandlerAssigned), typeof(ResponseDeadlineAgreed), typeof(ResponseDeadlineExtended),
        typeof(FinalResponseSent), typeof(ApologyGiven),
        typeof(ReviewStarted), typeof(FindingRecorded), typeof(ReviewCompleted),
        typeof(LearningRecorded), typeof(ActionCommitted), typeof(ActionCompleted),
        typeof(CaseClosed), typeof(CaseReopened), typeof(ComplaintWithdrawn), typeof(NoteAdded),
        typeof(NotifiableIncidentDeclared), typeof(CandourNotificationGiven), typeof(CandourLetterSent), typeof(ContactAttemptFailed),
        typeof(RestorativeProcessOffered), typeof(RestorativeProcessAccepted), typeof(RestorativeProcessDeclined),
        typeof(HarmedPartyIdentified), typeof(RestorativeMeetingHeld), typeof(RestorativeAgreementReached), typeof(AgreementFollowUpRecorded),
        typeof(AdvocacyOffered), typeof(AdvocateAssigned), typeof(AdvocacyDeclined), typeof(ComplainantFeedbackRecorded),
        typeof(RiskConcernRaised), typeof(SafeguardingReferralMade), typeof(CaseEscalatedToOmbudsman), typeof(OmbudsmanDecisionRecorded),
        typeof(PersonalDataErased),
        typeof(AcknowledgementOverdue), typeof(ResponseOverdue), typeof(SixMonthLetterDue), typeof(CandourOverdue), typeof(ActionOverdue),
    ];
}
