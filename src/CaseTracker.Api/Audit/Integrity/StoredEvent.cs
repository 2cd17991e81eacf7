namespace CaseTracker.Api.Audit.Integrity;

/// <summary>
/// One position of a case stream as the store holds it: the event row and its seal, read side by
/// side so that an event without a seal, or a seal whose event is gone, shows up as such.
/// <see cref="DeclaredVersion"/> is the version the stream record claims for the whole case.
/// </summary>
public sealed record StoredEvent(
    string Tenant,
    Guid Stream,
    long Version,
    long? Sequence,
    string? Type,
    DateTimeOffset? Timestamp,
    string? User,
    string? Data,
    string? CorrelationId,
    string? CausationId,
    byte[]? PreviousHash,
    byte[]? Hash,
    string? Personal,
    long? DeclaredVersion)
{
    public bool HasEvent => Type is not null && Data is not null && Timestamp is not null;

    public bool HasSeal => Hash is not null && PreviousHash is not null;
}
