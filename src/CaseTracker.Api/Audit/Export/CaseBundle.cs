using System.Text.Json;
using CaseTracker.Api.Audit.Integrity;

namespace CaseTracker.Api.Audit.Export;

/// <summary>
/// Everything needed to check a case's record with no access to CaseTracker: the events as stored,
/// their metadata and seals, the genesis value, the head, and what the latest checkpoint recorded.
/// ./eng/verify-bundle.sh checks one offline; docs/integrity.md says how to check it by hand.
/// </summary>
/// <param name="Integrity">The service's own verdict when it exported the bundle.</param>
public sealed record CaseBundle(
    string Format,
    Guid CaseId,
    string Tenant,
    DateTimeOffset ExportedAt,
    string ExportedBy,
    string Genesis,
    IReadOnlyList<BundledEvent> Events,
    BundleHead? Head,
    BundleCheckpoint? Checkpoint,
    IntegrityReport Integrity)
{
    public const string FormatName = "casetracker-case-bundle/1";
}

/// <summary>An event as stored, with its seal. A null member means the store holds no such part (a missing event, or a missing seal).</summary>
/// <param name="Timestamp">In the canonical form the hash covers (UTC, microseconds).</param>
/// <param name="Personal">Per personal member: its digest, and its salt unless the member was erased.</param>
public sealed record BundledEvent(
    long Version,
    long? Sequence,
    string? Type,
    string? Timestamp,
    string? User,
    string Tenant,
    string? CorrelationId,
    string? CausationId,
    JsonElement? Data,
    IReadOnlyDictionary<string, PersonalSeal>? Personal,
    string? PreviousHash,
    string? Hash)
{
    public static BundledEvent From(StoredEvent row)
    {
        JsonElement? data = null;
        if (row.Data is not null)
        {
            using var document = JsonDocument.Parse(row.Data);
            data = document.RootElement.Clone();
        }

        return new BundledEvent(row.Version, row.Sequence, row.Type,
            row.Timestamp is { } at ? EventCanonicalForm.Timestamp(at) : null,
            row.User, row.Tenant, row.CorrelationId, row.CausationId, data,
            row.HasSeal ? SealJson.Read(row.Personal) : null,
            ChainHash.HexOrNull(row.PreviousHash), ChainHash.HexOrNull(row.Hash));
    }
}

public sealed record BundleHead(long Version, string Hash);

/// <summary>The latest checkpoint's record of this case: the chain must pass through this hash at this version.</summary>
public sealed record BundleCheckpoint(long Id, DateTimeOffset TakenAt, long Version, string Hash);
