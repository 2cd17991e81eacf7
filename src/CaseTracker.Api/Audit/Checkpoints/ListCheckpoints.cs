using CaseTracker.Api.Audit.Integrity;

namespace CaseTracker.Api.Audit.Checkpoints;

public sealed record CheckpointPage([property: MaxLength(ListCheckpointsEndpoint.MaxPageSize)] IReadOnlyList<Checkpoint> Items, int Page, int PageSize);

public static class ListCheckpointsEndpoint
{
    public const int MaxPageSize = 100;

    /// <summary>Integrity checkpoints, newest first: when each was taken, the store's root, and your organisation's root and counts.</summary>
    [WolverineGet("/api/integrity/checkpoints"), Tags("Audit")]
    [Requires(Permission.ReadAudit)]
    [ProducesResponseType<CheckpointPage>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(HttpContext http, CheckpointBook book, [MaxLength(7)] string? page = null, [MaxLength(3)] string? pageSize = null)
    {
        var query = new QueryValues();
        var number = (int?)query.Whole("page", page, 1, 1_000_000, fallback: 1);
        var size = (int?)query.Whole("pageSize", pageSize, 1, MaxPageSize, fallback: 20);
        if (query.Errors.Count > 0) return Problems.Validation(query.Errors);

        var items = await book.List(Actor.From(http.User).Tenant, (number!.Value - 1) * size!.Value, size.Value, http.RequestAborted);
        return Results.Ok(new CheckpointPage(items, number.Value, size.Value));
    }
}
