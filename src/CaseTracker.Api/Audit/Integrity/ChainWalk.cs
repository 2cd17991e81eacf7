using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>What a checkpoint recorded about one case: its head then. The case must still reach it, unchanged.</summary>
public sealed record CheckpointedHead(long CheckpointId, long Version, byte[] Hash);

/// <summary>The verdict on one case's record.</summary>
/// <param name="HeadHash">The hash on record for the case's last event.</param>
/// <param name="FirstBrokenVersion">The earliest version at which the record cannot be trusted; null when valid.</param>
/// <param name="Problem">What is wrong there, in words; null when valid.</param>
public sealed record IntegrityReport(bool Valid, long Events, string? HeadHash, long? FirstBrokenVersion, string? Problem);

/// <summary>
/// Walks one case's events in version order, recomputing each link of the chain from the genesis
/// value, and stops trusting the record at the first event that is missing, unsealed, changed,
/// moved, or that disagrees with the latest checkpoint. It holds one stream's state only.
/// </summary>
public sealed class ChainWalk(CheckpointedHead? checkpoint = null)
{
    private byte[] _previous = ChainHash.Genesis;
    private long _expected = 1;
    private byte[]? _head;

    public long Events { get; private set; }

    public long? FirstBrokenVersion { get; private set; }

    public string? Problem { get; private set; }

    public void Add(StoredEvent row)
    {
        if (row.HasEvent) Events++;
        if (row.HasSeal) _head = row.Hash;
        if (FirstBrokenVersion is not null) return;

        if (row.Version != _expected)
        {
            Break(_expected, $"Version {_expected} is missing: both the event and its seal are gone.");
            return;
        }

        if (!row.HasEvent)
        {
            Break(row.Version, "The event is missing; its seal remains.");
            return;
        }

        if (!row.HasSeal)
        {
            Break(row.Version, "The event has no seal: it was not appended through the event store.");
            return;
        }

        byte[] link;
        try
        {
            var data = EventCanonicalForm.Parse(row.Data!);
            link = ChainHash.Link(_previous, EventCanonicalForm.Of(Facts(row, data), data));
        }
        catch (Exception e) when (e is CanonicalFormException or JsonException or InvalidOperationException or FormatException)
        {
            Break(row.Version, $"The event's data cannot be read as sealed data: {e.Message}");
            return;
        }

        if (!row.PreviousHash!.AsSpan().SequenceEqual(_previous) || !row.Hash!.AsSpan().SequenceEqual(link))
        {
            Break(row.Version, "The event does not match its seal: it was changed, moved, or its seal was.");
            return;
        }

        if (checkpoint is { } cp && cp.Version == row.Version && !cp.Hash.AsSpan().SequenceEqual(link))
        {
            Break(row.Version, $"The event differs from what checkpoint {cp.CheckpointId} recorded: the record was rewritten and resealed.");
            return;
        }

        _previous = link;
        _expected++;
    }

    /// <param name="declaredVersion">The version the stream record claims, if there is one.</param>
    public IntegrityReport Finish(long? declaredVersion)
    {
        var last = _expected - 1;
        if (FirstBrokenVersion is null && declaredVersion > last)
            Break(_expected, $"The case records {declaredVersion} events but the chain ends at version {last}: events were removed from its end.");
        if (FirstBrokenVersion is null && checkpoint is { } cp && cp.Version > last)
            Break(_expected, $"Checkpoint {cp.CheckpointId} recorded this case at version {cp.Version}; it now ends at version {last}: events were removed.");
        return new IntegrityReport(FirstBrokenVersion is null, Events, _head is null ? null : ChainHash.Hex(_head), FirstBrokenVersion, Problem);
    }

    private void Break(long version, string problem)
    {
        FirstBrokenVersion = version;
        Problem = problem;
    }

    /// <summary>
    /// Personal members still holding their value are re-digested from it, so changing them breaks
    /// the link; members whose salt was forgotten on erasure enter by their stored digest alone.
    /// </summary>
    private static SealedFacts Facts(StoredEvent row, JsonObject data)
    {
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (member, seal) in SealJson.Read(row.Personal))
            digests[member] = seal.Salt is { } salt ? EventCanonicalForm.PersonalDigest(Convert.FromHexString(salt), data[member]) : seal.Digest;

        return new SealedFacts(row.Stream, row.Tenant, row.Version, row.Type!, row.Timestamp!.Value, row.User, row.Data!, digests);
    }
}
