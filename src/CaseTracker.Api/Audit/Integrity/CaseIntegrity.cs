using CaseTracker.Api.Audit.Checkpoints;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>Checks one case's record: its chain from the genesis value, its stream record, and the latest checkpoint.</summary>
public sealed class CaseIntegrity(AuditDatabase database)
{
    /// <returns>Null when the organisation has no trace of such a case.</returns>
    public async Task<IntegrityReport?> Check(string tenant, Guid caseId, CancellationToken ct)
    {
        await using var connection = await database.Open(ct);
        var declared = await StoredEvents.DeclaredVersion(connection, tenant, caseId, ct);
        var checkpoint = await CheckpointBook.LatestHeadOf(connection, tenant, caseId, ct);
        var walk = new ChainWalk(checkpoint);
        var seen = false;
        await foreach (var row in StoredEvents.OfCase(connection, tenant, caseId, ct: ct))
        {
            seen = true;
            walk.Add(row);
        }

        return seen || declared is not null || checkpoint is not null ? walk.Finish(declared) : null;
    }
}
