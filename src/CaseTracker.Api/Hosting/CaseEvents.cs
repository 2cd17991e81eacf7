using CaseTracker.Domain.Cases;

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
    ];
}
