namespace CaseTracker.Domain.Cases;

// Every event is a past-tense fact that a reader years from now can understand on its own:
// who did it (By), when it happened (At) and what it was — never just ids.
// Events are never changed once written; new needs get new events or new optional members.

// ---- intake ----

public sealed record ComplaintRaised(
    Guid CaseId,
    string Reference,
    DateTimeOffset ReceivedAt,
    Channel Channel,
    Complainant Complainant,
    string? OnBehalfOf,
    string Service,
    string Summary,
    IReadOnlyList<string> Categories,
    string? DesiredOutcome,
    IReadOnlyList<string> AccessNeeds,
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
    string Description,
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
    string? HowHandlingWasDiscussed,
    string By,
    DateTimeOffset At);

public sealed record HandlerAssigned(string Handler, string? PreviousHandler, string By, DateTimeOffset At);

public sealed record ResponseDeadlineAgreed(DateOnly DueBy, string By, DateTimeOffset At);

public sealed record ResponseDeadlineExtended(DateOnly PreviousDueBy, DateOnly DueBy, string Reason, string By, DateTimeOffset At);

public sealed record FinalResponseSent(
    DateTimeOffset SentAt,
    ComplaintOutcome Outcome,
    string Summary,
    bool OmbudsmanRightsExplained,
    string SignedBy,
    string By,
    DateTimeOffset At);

// ---- candour and apology ----

public sealed record ApologyGiven(DateTimeOffset GivenAt, ApologyMethod Method, string To, string? Words, string By, DateTimeOffset At);

// ---- review ----

public sealed record ReviewStarted(Guid ReviewId, ReviewKind Kind, string Lead, string? Scope, string By, DateTimeOffset At);

public sealed record FindingRecorded(Guid ReviewId, Guid FindingId, string Finding, string By, DateTimeOffset At);

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

public sealed record CaseReopened(string Reason, string By, DateTimeOffset At);

public sealed record ComplaintWithdrawn(string? Reason, string By, DateTimeOffset At);

public sealed record NoteAdded(Guid NoteId, string Text, string By, DateTimeOffset At);
