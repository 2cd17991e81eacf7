using CaseTracker.Api.Cases.Raising;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Projections;

/// <summary>One row per case for lists, queues and the case header. Its version is the case's ETag.</summary>
public sealed record CaseSummary
{
    public Guid Id { get; init; }
    public string Reference { get; init; } = "";
    public CaseKind Kind { get; init; }
    public CaseStatus Status { get; init; }
    public string Service { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Handler { get; init; }
    public Channel? Channel { get; init; }

    /// <summary>Who complained. Personal data: contact details are shown only to roles that need them.</summary>
    public ComplainantView? Complainant { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateOnly? AcknowledgementDueBy { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public bool? AcknowledgedOnTime { get; init; }
    public DateOnly? ResponseDueBy { get; init; }
    public DateOnly? SixMonthDate { get; init; }
    public DateTimeOffset? FinalResponseSentAt { get; init; }
    public ComplaintOutcome? Outcome { get; init; }
    public PhysicalHarm? PhysicalHarm { get; init; }
    public PsychologicalHarm? PsychologicalHarm { get; init; }
    public bool MadeAfterTimeLimit { get; init; }
    public int ApologiesGiven { get; init; }
    public int ReviewsOpen { get; init; }
    public int ActionsCommitted { get; init; }
    public int ActionsCompleted { get; init; }
    public int OpenActions => ActionsCommitted - ActionsCompleted;
    public DateTimeOffset? ClosedAt { get; init; }
    public DateTimeOffset LastChangedAt { get; init; }
    public long Version { get; init; }
}

/// <summary>The complainant as a case list shows them; <see cref="Contact"/> is withheld from roles without the need.</summary>
public sealed record ComplainantView(
    string Name,
    ComplainantRole Role,
    string? OnBehalfOf,
    bool HasContactDetails,
    ContactDetails? Contact,
    [property: MaxLength(RaiseComplaintEndpoint.MaxAccessNeeds)] IReadOnlyList<string> AccessNeeds);
