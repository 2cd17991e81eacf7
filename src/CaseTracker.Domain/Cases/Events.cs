using CaseTracker.Domain.Privacy;

namespace CaseTracker.Domain.Cases;

// Every event is a past-tense fact that a reader years from now can understand on its own:
// who did it (By), when it happened (At) and what it was — never just ids.
// Events are never changed once written; new needs get new events or new optional members.
// Members holding personal data about the people concerned carry [PersonalData]: they can be
// masked on a lawful erasure request while the rest of the record stands.

// ---- intake ----

public sealed record ComplaintRaised(
    Guid CaseId,
    string Reference,
    DateTimeOffset ReceivedAt,
    Channel Channel,
    [property: PersonalData] Complainant Complainant,
    [property: PersonalData] string? OnBehalfOf,
    string Service,
    [property: PersonalData] string Summary,
    IReadOnlyList<string> Categories,
    [property: PersonalData] string? DesiredOutcome,
    [property: PersonalData] IReadOnlyList<string> AccessNeeds,
    DateOnly? EventDate,
    DateOnly AcknowledgementDueBy,
    DateOnly SixMonthDate,
    bool MadeAfterTimeLimit,
    string By,
    DateTimeOffset At);

public sealed record HarmIncidentReported(
    Guid CaseId,
    string Reference,
    DateTimeOffset OccurredAt,
    string ReportedBy,
    string Service,
    [property: PersonalData] string Description,
    PhysicalHarm PhysicalHarm,
    PsychologicalHarm PsychologicalHarm,
    int PeopleAffected,
    string By,
    DateTimeOffset At);

// ---- response ----

public sealed record ComplaintAcknowledged(
    DateTimeOffset AcknowledgedAt,
    DateOnly AcknowledgementDueBy,
    bool OnTime,
    DateOnly? ResponseDueBy,
    [property: PersonalData] string? HowHandlingWasDiscussed,
    string By,
    DateTimeOffset At);

public sealed record HandlerAssigned(string Handler, string? PreviousHandler, string By, DateTimeOffset At);

public sealed record ResponseDeadlineAgreed(DateOnly DueBy, string By, DateTimeOffset At);

public sealed record ResponseDeadlineExtended(DateOnly PreviousDueBy, DateOnly DueBy, string Reason, string By, DateTimeOffset At);

public sealed record FinalResponseSent(
    DateTimeOffset SentAt,
    ComplaintOutcome Outcome,
    [property: PersonalData] string Summary,
    bool OmbudsmanRightsExplained,
    string SignedBy,
    string By,
    DateTimeOffset At);

// ---- candour and apology ----

public sealed record ApologyGiven(DateTimeOffset GivenAt, ApologyMethod Method, [property: PersonalData] string To, [property: PersonalData] string? Words, string By, DateTimeOffset At);

// ---- review ----

public sealed record ReviewStarted(Guid ReviewId, ReviewKind Kind, string Lead, string? Scope, string By, DateTimeOffset At);

public sealed record FindingRecorded(Guid ReviewId, Guid FindingId, [property: PersonalData] string Finding, string By, DateTimeOffset At);

public sealed record ReviewCompleted(Guid ReviewId, string Summary, string By, DateTimeOffset At);

// ---- learning and accountability ----

public sealed record LearningRecorded(
    Guid LearningId,
    string Summary,
    IReadOnlyList<string> Themes,
    IReadOnlyList<AvoidableHarmSource> HarmSources,
    LearningLevel Level,
    string By,
    DateTimeOffset At);

public sealed record ActionCommitted(Guid ActionId, string Description, string Owner, DateOnly DueBy, string By, DateTimeOffset At);

public sealed record ActionCompleted(Guid ActionId, string Evidence, string By, DateTimeOffset At);

// ---- lifecycle ----

public sealed record CaseClosed(string? Reason, int OpenActions, string By, DateTimeOffset At);

public sealed record CaseReopened([property: PersonalData] string Reason, string By, DateTimeOffset At);

public sealed record ComplaintWithdrawn([property: PersonalData] string? Reason, string By, DateTimeOffset At);

public sealed record NoteAdded(Guid NoteId, [property: PersonalData] string Text, string By, DateTimeOffset At);
