using CaseTracker.Api.Projections;

namespace CaseTracker.Api.Cases.Deadlines;

public static class GetDeadlinesEndpoint
{
    /// <summary>The case's duties: each with its due date, when it was done, and since when it is overdue.</summary>
    [WolverineGet("/api/cases/{id}/deadlines"), Tags("Clocks")]
    [Requires(Permission.ReadCases)]
    [ProducesResponseType<CaseDeadlines>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, HttpContext http, CaseSessions sessions)
    {
        await using var query = sessions.ForReading(Actor.From(http.User));
        var deadlines = await query.LoadAsync<CaseDeadlines>(id, http.RequestAborted);
        if (deadlines is null) return Problems.NotFound();
        http.Response.Headers.ETag = Preconditions.ETagFor(deadlines.Version);
        return Results.Ok(deadlines);
    }
}
