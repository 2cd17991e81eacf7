using CaseTracker.Api.Cases;
using CaseTracker.Api.Projections;
using Marten;

namespace CaseTracker.Api.Audit.Replay;

/// <summary>The case as it stood at an earlier moment: its summary and timeline rebuilt from the events up to then.</summary>
/// <param name="Version">The version the case had then: the number of events taken into account.</param>
/// <param name="AsOf">The instant asked about, when the question was "at this instant".</param>
public sealed record CaseHistory(Guid CaseId, long Version, DateTimeOffset? AsOf, CaseSummary Summary, AccountabilityTimeline Timeline);

public static class GetCaseHistoryEndpoint
{
    /// <summary>
    /// What the service knew about the case after a given version, or at a given instant (by when
    /// events were recorded). Rebuilt from the events themselves, not from today's read models.
    /// </summary>
    [WolverineGet("/api/cases/{id}/history"), Tags("Audit")]
    [Requires(Permission.ReadAudit)]
    [ProducesResponseType<CaseHistory>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, HttpContext http, CaseSessions sessions, [MaxLength(20)] string? version = null, [MaxLength(64)] string? asOf = null)
    {
        var query = new QueryValues();
        var atVersion = query.Whole("version", version, 1, long.MaxValue);
        // PostgreSQL compares instants in UTC; the offset the caller wrote changes nothing.
        var atInstant = query.Instant("asOf", asOf)?.ToUniversalTime();
        if (version is null == asOf is null)
            query.Errors["version"] = ["Give either version or asOf (an instant), not both and not neither."];
        if (query.Errors.Count > 0) return Problems.Validation(query.Errors);

        var ct = http.RequestAborted;
        await using var session = sessions.ForReading(Actor.From(http.User));
        var summary = await session.Events.AggregateStreamAsync<CaseSummary>(id, atVersion ?? 0, atInstant, token: ct);
        var timeline = await session.Events.AggregateStreamAsync<AccountabilityTimeline>(id, atVersion ?? 0, atInstant, token: ct);
        if (summary is null || timeline is null)
            return Problems.Status(StatusCodes.Status404NotFound, Problems.NotFoundType, "No such case at that moment",
                "There is no case with this id that you can see, or it did not exist yet at that version or instant.");
        // The same property-level care as today's read: contact details only for roles that need them.
        return Results.Ok(new CaseHistory(id, summary.Version, atInstant, summary.For(Actor.From(http.User)), timeline));
    }
}
