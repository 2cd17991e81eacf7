using CaseTracker.Domain.Privacy;

namespace CaseTracker.Domain.Cases;

// Independent advocacy, the complainant's own verdict on how they were treated, and risk.

public enum RiskLevel { Low, Medium, High }

/// <param name="Service">The kind of advocacy offered, e.g. NHS complaints advocacy or an IMHA.</param>
public sealed record AdvocacyOffered(string? Service, string By, DateTimeOffset At);

/// <summary>An advocate is a professional acting for the complainant, so their name is not the complainant's personal data.</summary>
public sealed record AdvocateAssigned(string Organisation, string Advocate, string? PreviousAdvocate, string By, DateTimeOffset At);

public sealed record AdvocacyDeclined([property: PersonalData] string? Reason, string By, DateTimeOffset At);

public sealed record ComplainantFeedbackRecorded(Guid FeedbackId, int Satisfaction, bool FeltHeard, [property: PersonalData] string? Comment, string By, DateTimeOffset At);

public sealed record RiskConcernRaised(Guid RiskId, [property: PersonalData] string Concern, RiskLevel Level, string By, DateTimeOffset At);

public sealed record SafeguardingReferralMade(Guid ReferralId, DateTimeOffset MadeAt, string Agency, string? AgencyReference, string By, DateTimeOffset At);
