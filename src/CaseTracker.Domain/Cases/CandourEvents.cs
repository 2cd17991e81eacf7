using CaseTracker.Domain.Privacy;

namespace CaseTracker.Domain.Cases;

/// <summary>The two regimes of the duty of candour (reg 20, SI 2014/2936, as amended by SI 2015/64).</summary>
public enum CandourRegime { HealthServiceBody, RegisteredPerson }

/// <summary>
/// Harm criteria a notifiable safety incident can meet. Each regime recognises its own set; LowHarm
/// is here so that an incident below every threshold can be described, and refused.
/// </summary>
public enum HarmCriterion
{
    Death,
    SevereHarm,
    ModerateHarm,
    ProlongedPsychologicalHarm,
    SensoryMotorOrIntellectualImpairment,
    ChangeToBodyStructure,
    ProlongedPain,
    ShortenedLifeExpectancy,
    TreatmentToPreventHarm,
    LowHarm,
}

public enum ContactMethod { InPerson, Phone, Letter, Email }

/// <summary>Declined and CouldNotBeContacted end the duty to notify (reg 20(5)); NoResponse is one more attempt to make.</summary>
public enum ContactOutcome { NoResponse, CouldNotBeContacted, Declined }

public sealed record NotifiableIncidentDeclared(
    CandourRegime Regime,
    IReadOnlyList<HarmCriterion> Criteria,
    DateTimeOffset DeclaredAt,
    DateOnly CandourDueBy,
    string By,
    DateTimeOffset At);

/// <summary>The in-person notification: a true account, the further enquiries, and an apology.</summary>
public sealed record CandourNotificationGiven(
    DateTimeOffset GivenAt,
    [property: PersonalData] string To,
    [property: PersonalData] string Account,
    [property: PersonalData] string FurtherEnquiries,
    string GivenBy,
    string By,
    DateTimeOffset At);

/// <summary>The written notification that follows: results of enquiries and an apology.</summary>
public sealed record CandourLetterSent(
    DateTimeOffset SentAt,
    [property: PersonalData] string To,
    [property: PersonalData] string EnquiryResults,
    [property: PersonalData] string Apology,
    string By,
    DateTimeOffset At);

public sealed record ContactAttemptFailed(
    Guid AttemptId,
    DateTimeOffset AttemptedAt,
    ContactMethod Method,
    ContactOutcome Outcome,
    [property: PersonalData] string? Notes,
    string By,
    DateTimeOffset At);
