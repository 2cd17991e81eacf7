using System.Text.Json.Nodes;
using CaseTracker.Api.Audit.Integrity;
using CaseTracker.Api.Cases;
using CaseTracker.Api.Hosting;
using CaseTracker.Api.Projections;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Privacy;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace CaseTracker.Api.Privacy;

/// <summary>
/// Honours a lawful erasure request for one case. In one transaction, under the stream's lock:
/// masks the personal members of every earlier event, forgets their integrity salts (so the chain
/// still verifies while nothing can be guessed back), and records <see cref="PersonalDataErased"/>.
/// Then the case's read models are rebuilt from the masked events.
/// </summary>
public sealed class CaseErasure(CaseSessions sessions, CaseDecisions decisions, IDocumentStore store)
{
    /// <summary>What an erasure answers: the case's new version and how many events were masked.</summary>
    public sealed record Erased(Guid CaseId, long Version, int EventsMasked);

    public async Task<IResult> Erase(HttpContext http, Guid caseId, ErasureGround ground, string reason)
    {
        if (caseId == Guid.Empty) return Problems.NotFound();
        var actor = Actor.From(http.User);
        var ct = http.RequestAborted;

        await using var write = sessions.ForWriting(actor, http);
        var session = write.Session;
        await session.BeginTransactionAsync(ct);
        var stream = await session.Events.FetchForExclusiveWriting<CaseState>(caseId, ct);
        if (stream.Aggregate is null) return Problems.NotFound();

        var masked = 0;
        foreach (var e in await session.Events.FetchStreamAsync(caseId, token: ct))
        {
            if (PersonalMembers.Of(e.EventType).Count == 0) continue;
            if (await MaskStoredEvent(session, actor.Tenant, caseId, e.Version, e.EventType, ct)) masked++;
        }

        var decision = CaseDecider.Decide(new ErasePersonalData(ground, reason, masked), stream.Aggregate, decisions.For(actor.Name));
        if (decision.Violation is { } violation) return Problems.RuleBroken(violation);
        PersonalDataSeals.ForgetSalts(session, actor.Tenant, caseId);
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync(ct);

        await RebuildReadModels(caseId, actor.Tenant, ct);
        http.Response.Headers.ETag = Preconditions.ETagFor(stream.CurrentVersion ?? 0);
        return Results.Ok(new Erased(caseId, stream.CurrentVersion ?? 0, masked));
    }

    /// <summary>
    /// Every read model kept per case is built again from the masked events, so no copy of the
    /// erased words survives in them. A new per-case read model must be added here.
    /// </summary>
    private async Task RebuildReadModels(Guid caseId, string tenant, CancellationToken ct)
    {
        await store.Advanced.RebuildSingleStreamAsync<CaseSummary>(caseId, tenant, ct);
        await store.Advanced.RebuildSingleStreamAsync<AccountabilityTimeline>(caseId, tenant, ct);
        await store.Advanced.RebuildSingleStreamAsync<CaseDeadlines>(caseId, tenant, ct);
        await store.Advanced.RebuildSingleStreamAsync<RestorativeWork>(caseId, tenant, ct);
    }

    /// <summary>Rewrites one stored event's JSON with its personal members masked, inside the session's transaction.</summary>
    private static async Task<bool> MaskStoredEvent(IDocumentSession session, string tenant, Guid caseId, long version, Type eventType, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)session.Connection!;
        await using var read = new NpgsqlCommand(
            $"select data::text from {EventStoreSetup.Schema}.mt_events where stream_id = $1 and version = $2 and tenant_id = $3", connection);
        read.Parameters.Add(new NpgsqlParameter { Value = caseId });
        read.Parameters.Add(new NpgsqlParameter { Value = version });
        read.Parameters.Add(new NpgsqlParameter { Value = tenant });
        if (await read.ExecuteScalarAsync(ct) is not string json || JsonNode.Parse(json) is not JsonObject data) return false;
        if (!PersonalDataMask.Mask(data, eventType)) return false;

        await using var update = new NpgsqlCommand(
            $"update {EventStoreSetup.Schema}.mt_events set data = $1 where stream_id = $2 and version = $3 and tenant_id = $4", connection);
        update.Parameters.Add(new NpgsqlParameter { Value = data.ToJsonString(), NpgsqlDbType = NpgsqlDbType.Jsonb });
        update.Parameters.Add(new NpgsqlParameter { Value = caseId });
        update.Parameters.Add(new NpgsqlParameter { Value = version });
        update.Parameters.Add(new NpgsqlParameter { Value = tenant });
        await update.ExecuteNonQueryAsync(ct);
        return true;
    }
}
