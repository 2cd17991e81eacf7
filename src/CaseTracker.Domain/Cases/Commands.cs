namespace CaseTracker.Domain.Cases;

// What a person asks the case to do. The decider answers each with events or a broken rule.
// Commands carry no actor and no clock: those come in through DecisionContext.

public abstract record CaseCommand;

public sealed record RaiseComplaint(
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
    DateOnly? EventDate) : CaseCommand;

public sealed record ReportHarmIncident(
    Guid CaseId,
    string Reference,
    DateTimeOffset OccurredAt,
    string ReportedBy,
    string Service,
    string Description,
    PhysicalHarm PhysicalHarm,
    PsychologicalHarm PsychologicalHarm,
    int PeopleAffected) : CaseCommand;

public sealed record AcknowledgeComplaint(DateTimeOffset? AcknowledgedAt, DateOnly? ResponseDueBy, string? HowHandlingWasDiscussed) : CaseCommand;

public sealed record AssignHandler(string Handler) : CaseCommand;

/// <summary>Agrees the response date with the complainant, or extends an agreed one (a reason is then required).</summary>
public sealed record AgreeResponseDeadline(DateOnly DueBy, string? Reason) : CaseCommand;

public sealed record GiveApology(DateTimeOffset? GivenAt, ApologyMethod Method, string To, string? Words) : CaseCommand;

public sealed record StartReview(Guid ReviewId, ReviewKind Kind, string Lead, string? Scope) : CaseCommand;

public sealed record RecordFinding(Guid ReviewId, Guid FindingId, string Finding) : CaseCommand;

public sealed record CompleteReview(Guid ReviewId, string Summary) : CaseCommand;

public sealed record RecordLearning(
    Guid LearningId,
    string Summary,
    IReadOnlyList<string> Themes,
    IReadOnlyList<AvoidableHarmSource> HarmSources,
    LearningLevel Level) : CaseCommand;

public sealed record CommitAction(Guid ActionId, string Description, string Owner, DateOnly DueBy) : CaseCommand;

public sealed record CompleteAction(Guid ActionId, string Evidence) : CaseCommand;

public sealed record SendFinalResponse(DateTimeOffset? SentAt, ComplaintOutcome Outcome, string Summary, bool OmbudsmanRightsExplained, string SignedBy) : CaseCommand;

public sealed record CloseCase(string? Reason) : CaseCommand;

public sealed record ReopenCase(string Reason) : CaseCommand;

public sealed record WithdrawComplaint(string? Reason) : CaseCommand;

public sealed record AddNote(Guid NoteId, string Text) : CaseCommand;
