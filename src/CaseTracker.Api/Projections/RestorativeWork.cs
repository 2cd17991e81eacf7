using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Projections;

public enum RestorativeStage { NotOffered, Offered, Accepted, Declined }

/// <summary>
/// A case's restorative work as its facilitator follows it: where the process stands, who was
/// harmed and what they need, the meetings held, the agreements reached and whether they were kept.
/// Open: offered or accepted, on a case that is open. The counts are whole; each list keeps at most
/// <see cref="MaxListed"/> entries (the case's timeline keeps everything), so a document stays small.
/// </summary>
public sealed record RestorativeWork
{
    /// <summary>More harmed parties, meetings or agreements than a restorative process ever has; the lists stop there.</summary>
    public const int MaxListed = 100;

    public Guid Id { get; init; }
    public string Reference { get; init; } = "";
    public string? Facilitator { get; init; }
    public string? OfferedTo { get; init; }
    public RestorativeStage Stage { get; init; }
    public bool CaseOpen { get; init; } = true;
    public bool Open { get; init; }
    public DateTimeOffset? OfferedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public int HarmedParties { get; init; }
    public int MeetingsHeld { get; init; }
    public DateTimeOffset? LastMeetingAt { get; init; }
    public int Agreements { get; init; }
    public int FollowUpsKept { get; init; }
    public int FollowUpsNotKept { get; init; }

    /// <summary>Who was harmed, what they need and whose obligation it is, in the order they were recorded.</summary>
    [MaxLength(MaxListed)] public IReadOnlyList<HarmedPartyEntry> Parties { get; init; } = [];

    /// <summary>The meetings, in the order they were recorded.</summary>
    [MaxLength(MaxListed)] public IReadOnlyList<MeetingEntry> Meetings { get; init; } = [];

    /// <summary>The agreements reached, each with its commitments and follow-ups.</summary>
    [MaxLength(MaxListed)] public IReadOnlyList<AgreementEntry> AgreementsReached { get; init; } = [];

    public long Version { get; init; }
}

/// <param name="Needs">What they need, as recorded (at most 20, as the request allows).</param>
public sealed record HarmedPartyEntry(Guid PartyId, string Who, [property: MaxLength(20)] IReadOnlyList<string> Needs, string WhoseObligation, string RecordedBy, DateTimeOffset RecordedAt);

/// <param name="Participants">Who took part (at most 30, as the request allows).</param>
public sealed record MeetingEntry(Guid MeetingId, DateTimeOffset HeldAt, RestorativeFormat Format, string Facilitator, [property: MaxLength(30)] IReadOnlyList<string> Participants);

/// <param name="Commitments">What was agreed (at most 20, as the request allows).</param>
/// <param name="FollowUps">Each check on whether it was kept, at most <see cref="RestorativeWork.MaxListed"/>.</param>
public sealed record AgreementEntry(
    Guid AgreementId,
    DateTimeOffset ReachedAt,
    [property: MaxLength(20)] IReadOnlyList<Commitment> Commitments,
    [property: MaxLength(RestorativeWork.MaxListed)] IReadOnlyList<FollowUpEntry> FollowUps);

public sealed record FollowUpEntry(Guid FollowUpId, bool Kept, string? Notes, string RecordedBy, DateTimeOffset RecordedAt);
