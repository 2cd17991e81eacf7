using CaseTracker.Api.Audit.Integrity;

namespace CaseTracker.Api.Audit.Replay;

/// <summary>A page of a case's events, oldest first.</summary>
/// <param name="LastVersion">The case's current version: its number of events.</param>
/// <param name="NextFromVersion">Where the next page starts; null on the last page.</param>
public sealed record CaseEventsPage(Guid CaseId, long LastVersion, long FromVersion, int PageSize, [property: MaxLength(GetCaseEventsEndpoint.MaxPageSize)] IReadOnlyList<RecordedEvent> Events, long? NextFromVersion);

public static class GetCaseEventsEndpoint
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// Every event of the case in order, with who recorded it, when, its correlation and its integrity
    /// hashes. Paged by version: follow nextFromVersion.
    /// </summary>
    [WolverineGet("/api/cases/{id}/events"), Tags("Audit")]
    [Requires(Permission.ReadAudit)]
    [ProducesResponseType<CaseEventsPage>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, HttpContext http, AuditDatabase database, [MaxLength(20)] string? fromVersion = null, [MaxLength(3)] string? pageSize = null)
    {
        var query = new QueryValues();
        var from = query.Whole("fromVersion", fromVersion, 1, long.MaxValue - MaxPageSize, fallback: 1);
        var size = (int?)query.Whole("pageSize", pageSize, 1, MaxPageSize, fallback: MaxPageSize);
        if (query.Errors.Count > 0) return Problems.Validation(query.Errors);

        var actor = Actor.From(http.User);
        var ct = http.RequestAborted;
        await using var connection = await database.Open(ct);
        if (await StoredEvents.DeclaredVersion(connection, actor.Tenant, id, ct) is not { } last) return Problems.NotFound();

        var events = new List<RecordedEvent>(size!.Value);
        await foreach (var row in StoredEvents.OfCase(connection, actor.Tenant, id, from!.Value, from.Value + size.Value - 1, ct))
            if (row.HasEvent) events.Add(RecordedEvent.From(row));

        var next = from.Value + size.Value <= last ? from.Value + size.Value : (long?)null;
        return Results.Ok(new CaseEventsPage(id, last, from.Value, size.Value, events, next));
    }
}
