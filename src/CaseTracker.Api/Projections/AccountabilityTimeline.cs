using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Projections;

/// <summary>
/// The story of a case in plain language: who did what, when, and how long after the case was
/// received — the accountability a complainant, a manager or an Ombudsman reads.
/// </summary>
public sealed record AccountabilityTimeline
{
    public Guid Id { get; init; }
    public string Reference { get; init; } = "";
    public CaseKind Kind { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public IReadOnlyList<TimelineEntry> Entries { get; init; } = [];
    public KeyIntervals Intervals { get; init; } = new();

    /// <summary>What committed actions were called, so their completion can be told in words.</summary>
    public IReadOnlyDictionary<Guid, string> Actions { get; init; } = new Dictionary<Guid, string>();

    public long Version { get; init; }
}

/// <param name="At">When it happened (which can be earlier than when it was recorded).</param>
/// <param name="RecordedAt">When it was written down in CaseTracker.</param>
public sealed record TimelineEntry(
    long Version,
    DateTimeOffset At,
    DateTimeOffset RecordedAt,
    string Actor,
    string Kind,
    string Description,
    int DaysAfterReceived,
    int WorkingDaysAfterReceived);

/// <summary>The intervals that show whether the service was responsive. Null means "has not happened yet".</summary>
public sealed record KeyIntervals
{
    public DateOnly? AcknowledgementDueBy { get; init; }
    public int? WorkingDaysToAcknowledgement { get; init; }
    public bool? AcknowledgedOnTime { get; init; }
    public int? WorkingDaysToFirstApology { get; init; }
    public int? WorkingDaysToFinalResponse { get; init; }
    public int? DaysToClosure { get; init; }

    /// <summary>The day the incident was declared notifiable: the candour intervals count from it.</summary>
    public DateOnly? CandourDeclaredOn { get; init; }
    public DateOnly? CandourDueBy { get; init; }
    public int? WorkingDaysToCandourNotification { get; init; }
    public int? WorkingDaysToCandourLetter { get; init; }
}
