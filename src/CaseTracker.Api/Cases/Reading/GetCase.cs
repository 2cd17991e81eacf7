using CaseTracker.Api.Projections;

namespace CaseTracker.Api.Cases.Reading;

public static class GetCaseEndpoint
{
    /// <summary>The case summary. Its ETag is the case's version: send it back in If-Match when you write.</summary>
    [WolverineGet("/api/cases/{id}"), Tags("Cases")]
    [Requires(Permission.ReadCases)]
    [ProducesResponseType<CaseSummary>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, HttpContext http, CaseSessions sessions)
    {
        var actor = Actor.From(http.User);
        await using var query = sessions.ForReading(actor);
        var summary = await query.LoadAsync<CaseSummary>(id, http.RequestAborted);
        if (summary is null) return Problems.NotFound();
        http.Response.Headers.ETag = Preconditions.ETagFor(summary.Version);
        return Results.Ok(summary.For(actor));
    }
}
