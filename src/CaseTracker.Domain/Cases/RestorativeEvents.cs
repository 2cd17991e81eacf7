using CaseTracker.Domain.Privacy;

namespace CaseTracker.Domain.Cases;

// Restorative practice (restorative just culture): who was hurt, what they need, whose obligation
// it is to meet those needs; the meetings held, the agreements reached, and whether they were kept.

public enum RestorativeFormat { Conference, Circle, Shuttle }

/// <summary>One thing someone agreed to do, by when.</summary>
public sealed record Commitment(string What, string Owner, DateOnly? DueBy);

public sealed record RestorativeProcessOffered(string Facilitator, [property: PersonalData] string OfferedTo, string By, DateTimeOffset At);

public sealed record RestorativeProcessAccepted([property: PersonalData] string? Notes, string By, DateTimeOffset At);

public sealed record RestorativeProcessDeclined([property: PersonalData] string? Reason, string By, DateTimeOffset At);

public sealed record HarmedPartyIdentified(
    Guid PartyId,
    [property: PersonalData] string Who,
    [property: PersonalData] IReadOnlyList<string> Needs,
    string WhoseObligation,
    string By,
    DateTimeOffset At);

public sealed record RestorativeMeetingHeld(
    Guid MeetingId,
    DateTimeOffset HeldAt,
    RestorativeFormat Format,
    string Facilitator,
    [property: PersonalData] IReadOnlyList<string> Participants,
    string By,
    DateTimeOffset At);

// The commitments as a whole are the personal member (erasure masks their words and keeps their
// number and dates): only an event's own members are sealed and masked, never members within them.
public sealed record RestorativeAgreementReached(Guid AgreementId, [property: PersonalData] IReadOnlyList<Commitment> Commitments, string By, DateTimeOffset At);

public sealed record AgreementFollowUpRecorded(Guid AgreementId, Guid FollowUpId, bool Kept, [property: PersonalData] string? Notes, string By, DateTimeOffset At);
