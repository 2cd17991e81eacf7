using CaseTracker.Api.Cases.Reading;
using CaseTracker.Api.Projections;
using CaseTracker.Domain.Cases;
using Marten;

namespace CaseTracker.Api.Cases.Deadlines;

/// <summary>One page of overdue duties, oldest first.</summary>
public sealed record OverduePage([property: System.ComponentModel.DataAnnotations.MaxLength(100)] IReadOnlyList<Deadline> Items, int Page, int PageSize, long Total);

public static class ListOverdueEndpoint
{
    /// <summary>Open overdue duties across your organisation, longest overdue first. Filters: kind of duty, handler.</summary>
    [WolverineGet("/api/queues/overdue"), Tags("Clocks")]
    [Requires(Permission.ReadCases)]
    [ProducesResponseType<OverduePage>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(HttpContext http, CaseSessions sessions, [MaxLength(40)] string? kind = null, [MaxLength(200)] string? handler = null, [Range(1, 10_000)] int page = 1, [Range(1, 100)] int pageSize = 20)
    {
        var errors = new Dictionary<string, string[]>();
        DutyKind? wantedKind = null;
        if (kind is not null)
        {
            if (Enum.TryParse<DutyKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) wantedKind = parsed;
            else errors["kind"] = [$"One of {string.Join(", ", Enum.GetNames<DutyKind>())}."];
        }

        if (page < 1) errors["page"] = ["Pages start at 1."];
        if (pageSize is < 1 or > ListCasesEndpoint.MaxPageSize) errors["pageSize"] = [$"Between 1 and {ListCasesEndpoint.MaxPageSize}."];
        if (handler is { Length: > 200 }) errors["handler"] = ["At most 200 characters."];
        if (errors.Count > 0) return Problems.Validation(errors);

        await using var query = sessions.ForReading(Actor.From(http.User));
        var duties = query.Query<CaseDeadlines>().SelectMany(c => c.Duties).Where(d => d.Queued);
        if (wantedKind is { } k) duties = duties.Where(d => d.Kind == k);
        if (handler is not null) duties = duties.Where(d => d.Handler == handler);

        var total = await duties.CountAsync(http.RequestAborted);
        var items = await duties
            .OrderBy(d => d.OverdueSince)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(http.RequestAborted);
        return Results.Ok(new OverduePage(items, page, pageSize, total));
    }
}
