using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Projections;

/// <summary>Every duty a case owes or owed: when it is due, when it was done, and since when it is overdue.</summary>
public sealed record CaseDeadlines
{
    public Guid Id { get; init; }
    public string Reference { get; init; } = "";
    public string? Handler { get; init; }
    public bool CaseOpen { get; init; } = true;
    public IReadOnlyList<Deadline> Duties { get; init; } = [];
    public long Version { get; init; }
}

/// <summary>
/// One duty. It carries its case's reference and handler so that the overdue queue can be read
/// straight from the duties, across cases. <see cref="Queued"/>: overdue, undone, and the case is open.
/// </summary>
public sealed record Deadline(
    Guid CaseId,
    string Reference,
    string? Handler,
    DutyKind Kind,
    Guid? ActionId,
    string Duty,
    DateOnly DueBy,
    DateTimeOffset? DoneAt,
    DateTimeOffset? OverdueSince,
    bool Queued);
