namespace CaseTracker.Domain.Cases;

/// <summary>Stable names of the rules a command can break; they appear in problem types, so never rename one.</summary>
public static class Rules
{
    public const string CaseNotFound = "case-not-found";
    public const string CaseAlreadyExists = "case-already-exists";
    public const string CaseIsClosed = "case-is-closed";
    public const string CaseIsNotClosed = "case-is-not-closed";
    public const string CaseIsWithdrawn = "case-is-withdrawn";
    public const string InTheFuture = "in-the-future";
    public const string BeforeCaseWasReceived = "before-case-was-received";
    public const string BeforeAcknowledgement = "before-acknowledgement";
    public const string OutsideCalendar = "outside-working-day-calendar";
    public const string AcknowledgementIsForComplaints = "acknowledgement-is-for-complaints";
    public const string AlreadyAcknowledged = "already-acknowledged";
    public const string ResponseDeadlineIsForComplaints = "response-deadline-is-for-complaints";
    public const string DeadlineInThePast = "deadline-in-the-past";
    public const string ExtensionMustBeLater = "extension-must-be-later";
    public const string ExtensionNeedsAReason = "extension-needs-a-reason";
    public const string ReviewAlreadyStarted = "review-already-started";
    public const string UnknownReview = "unknown-review";
    public const string ReviewAlreadyCompleted = "review-already-completed";
    public const string ActionAlreadyCommitted = "action-already-committed";
    public const string UnknownAction = "unknown-action";
    public const string ActionAlreadyCompleted = "action-already-completed";
    public const string FinalResponseIsForComplaints = "final-response-is-for-complaints";
    public const string FinalResponseBeforeAcknowledgement = "final-response-before-acknowledgement";
    public const string FinalResponseAlreadySent = "final-response-already-sent";
    public const string OmbudsmanRightsNotExplained = "ombudsman-rights-not-explained";
    public const string OpenActionsNeedAReason = "open-actions-need-a-reason";
    public const string WithdrawalIsForComplaints = "withdrawal-is-for-complaints";
    public const string BelowCandourThreshold = "below-candour-threshold";
    public const string AlreadyDeclaredNotifiable = "already-declared-notifiable";
    public const string NotDeclaredNotifiable = "not-declared-notifiable";
    public const string CandourNotificationAlreadyGiven = "candour-notification-already-given";
    public const string CandourLetterBeforeNotification = "candour-letter-before-notification";
    public const string CandourLetterAlreadySent = "candour-letter-already-sent";
    public const string RestorativeAlreadyOffered = "restorative-already-offered";
    public const string NoRestorativeOffer = "no-restorative-offer";
    public const string RestorativeAlreadyAccepted = "restorative-already-accepted";
    public const string RestorativeNotAccepted = "restorative-not-accepted";
    public const string AgreementBeforeMeeting = "agreement-before-meeting";
    public const string AgreementAlreadyReached = "agreement-already-reached";
    public const string UnknownAgreement = "unknown-agreement";
    public const string AdvocacyAlreadyOffered = "advocacy-already-offered";
    public const string NoAdvocacyOffer = "no-advocacy-offer";
    public const string SatisfactionOutOfRange = "satisfaction-out-of-range";
    public const string OmbudsmanIsForComplaints = "ombudsman-is-for-complaints";
    public const string AlreadyWithOmbudsman = "already-with-ombudsman";
    public const string EscalationBeforeFinalResponse = "escalation-before-final-response";
    public const string NotWithOmbudsman = "not-with-ombudsman";
    public const string DecisionBeforeEscalation = "decision-before-escalation";
}
