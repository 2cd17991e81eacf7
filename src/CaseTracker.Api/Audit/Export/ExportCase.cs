using CaseTracker.Api.Audit.Checkpoints;
using CaseTracker.Api.Audit.Integrity;

namespace CaseTracker.Api.Audit.Export;

public static class ExportCaseEndpoint
{
    /// <summary>
    /// The case's whole record as one self-contained JSON bundle (events, metadata, hashes, head,
    /// checkpoint) that anyone can verify offline with ./eng/verify-bundle.sh.
    /// </summary>
    [WolverineGet("/api/cases/{id}/export"), Tags("Audit")]
    [Requires(Permission.ReadAudit)]
    [ProducesResponseType<CaseBundle>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, HttpContext http, AuditDatabase database, TimeProvider clock)
    {
        var actor = Actor.From(http.User);
        var ct = http.RequestAborted;
        await using var connection = await database.Open(ct);
        var declared = await StoredEvents.DeclaredVersion(connection, actor.Tenant, id, ct);
        if (declared is null) return Problems.NotFound();

        var checkpoint = await CheckpointBook.LatestHeadOf(connection, actor.Tenant, id, ct);
        var walk = new ChainWalk(checkpoint);
        var events = new List<BundledEvent>();
        await foreach (var row in StoredEvents.OfCase(connection, actor.Tenant, id, ct: ct))
        {
            walk.Add(row);
            events.Add(BundledEvent.From(row));
        }

        var head = events.LastOrDefault(e => e.Hash is not null);
        var bundle = new CaseBundle(CaseBundle.FormatName, id, actor.Tenant, clock.GetUtcNow(), actor.UserId, ChainHash.Hex(ChainHash.Genesis),
            events, head is null ? null : new BundleHead(head.Version, head.Hash!),
            checkpoint is null ? null : new BundleCheckpoint(checkpoint.CheckpointId, await CheckpointBook.TakenAt(connection, checkpoint.CheckpointId, ct),
                checkpoint.Version, ChainHash.Hex(checkpoint.Hash)),
            walk.Finish(declared));
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"case-{id:D}.json\"";
        return Results.Ok(bundle);
    }
}
