using System.Text.Json;
using CaseTracker.Api.Audit.Integrity;

namespace CaseTracker.Api.Audit.Replay;

/// <summary>One event of a case as it is recorded: what happened (<see cref="Data"/>), who did it, when, and its place in the chain.</summary>
/// <param name="Sequence">Its position among all events of the store.</param>
/// <param name="Timestamp">When it was recorded.</param>
/// <param name="User">Who recorded it (the user id of their token).</param>
/// <param name="Hash">Its integrity hash; null when it has no seal.</param>
/// <param name="PreviousHash">The hash it chains from; null when it has no seal.</param>
public sealed record RecordedEvent(
    long Version,
    long? Sequence,
    string Type,
    DateTimeOffset Timestamp,
    string? User,
    string Tenant,
    string? CorrelationId,
    string? CausationId,
    JsonElement Data,
    string? Hash,
    string? PreviousHash)
{
    public static RecordedEvent From(StoredEvent row)
    {
        using var data = JsonDocument.Parse(row.Data!);
        return new RecordedEvent(row.Version, row.Sequence, row.Type!, row.Timestamp!.Value, row.User, row.Tenant,
            row.CorrelationId, row.CausationId, data.RootElement.Clone(),
            ChainHash.HexOrNull(row.Hash), ChainHash.HexOrNull(row.PreviousHash));
    }
}
