namespace CaseTracker.Domain.Cases;

// Commands for the work around a case: candour, restorative practice, advocacy, voice, risk and
// the Ombudsman. Times a person reports (GivenAt, HeldAt…) default to now when left out.

/// <summary>Commands that still make sense after a case is closed: the complainant's verdict and the Ombudsman's.</summary>
public interface IAllowedAfterClosure;

public sealed record DeclareNotifiableIncident(CandourRegime Regime, IReadOnlyList<HarmCriterion> Criteria, DateTimeOffset? DeclaredAt) : CaseCommand;

public sealed record GiveCandourNotification(DateTimeOffset? GivenAt, string To, string Account, string FurtherEnquiries, string Apology, string GivenBy) : CaseCommand;

public sealed record SendCandourLetter(DateTimeOffset? SentAt, string To, string EnquiryResults, string Apology) : CaseCommand;

public sealed record RecordContactAttempt(Guid AttemptId, DateTimeOffset? AttemptedAt, ContactMethod Method, ContactOutcome Outcome, string? Notes) : CaseCommand;

public sealed record OfferRestorativeProcess(string Facilitator, string OfferedTo) : CaseCommand;

public sealed record AcceptRestorativeProcess(string? Notes) : CaseCommand;

public sealed record DeclineRestorativeProcess(string? Reason) : CaseCommand;

public sealed record IdentifyHarmedParty(Guid PartyId, string Who, IReadOnlyList<string> Needs, string WhoseObligation) : CaseCommand;

public sealed record HoldRestorativeMeeting(Guid MeetingId, DateTimeOffset? HeldAt, RestorativeFormat Format, string Facilitator, IReadOnlyList<string> Participants) : CaseCommand;

public sealed record ReachRestorativeAgreement(Guid AgreementId, IReadOnlyList<Commitment> Commitments) : CaseCommand;

public sealed record FollowUpAgreement(Guid AgreementId, Guid FollowUpId, bool Kept, string? Notes) : CaseCommand;

public sealed record OfferAdvocacy(string? Service) : CaseCommand;

public sealed record AssignAdvocate(string Organisation, string Advocate) : CaseCommand;

public sealed record DeclineAdvocacy(string? Reason) : CaseCommand;

public sealed record RecordFeedback(Guid FeedbackId, int Satisfaction, bool FeltHeard, string? Comment) : CaseCommand, IAllowedAfterClosure;

public sealed record RaiseRiskConcern(Guid RiskId, string Concern, RiskLevel Level) : CaseCommand;

public sealed record MakeSafeguardingReferral(Guid ReferralId, DateTimeOffset? MadeAt, string Agency, string? AgencyReference) : CaseCommand;

public sealed record EscalateToOmbudsman(Ombudsman Ombudsman, DateOnly EscalatedOn, string? OmbudsmanReference) : CaseCommand, IAllowedAfterClosure;

public sealed record RecordOmbudsmanDecision(DateOnly DecidedOn, OmbudsmanOutcome Outcome, string? Summary) : CaseCommand, IAllowedAfterClosure;
