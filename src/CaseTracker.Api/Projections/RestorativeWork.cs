namespace CaseTracker.Api.Projections;

public enum RestorativeStage { NotOffered, Offered, Accepted, Declined }

/// <summary>A case's restorative work as its facilitator follows it. Open: offered or accepted, on a case that is open.</summary>
public sealed record RestorativeWork
{
    public Guid Id { get; init; }
    public string Reference { get; init; } = "";
    public string? Facilitator { get; init; }
    public RestorativeStage Stage { get; init; }
    public bool CaseOpen { get; init; } = true;
    public bool Open { get; init; }
    public DateTimeOffset? OfferedAt { get; init; }
    public int HarmedParties { get; init; }
    public int MeetingsHeld { get; init; }
    public DateTimeOffset? LastMeetingAt { get; init; }
    public int Agreements { get; init; }
    public int FollowUpsKept { get; init; }
    public int FollowUpsNotKept { get; init; }
    public long Version { get; init; }
}
