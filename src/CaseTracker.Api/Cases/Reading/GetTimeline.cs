using CaseTracker.Api.Projections;

namespace CaseTracker.Api.Cases.Reading;

public static class GetTimelineEndpoint
{
    /// <summary>The accountability timeline: who did what and when, in plain language, with the key intervals.</summary>
    [WolverineGet("/api/cases/{id}/timeline"), Tags("Cases")]
    [Requires(Permission.ReadCases)]
    [ProducesResponseType<AccountabilityTimeline>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, HttpContext http, CaseSessions sessions)
    {
        await using var query = sessions.ForReading(Actor.From(http.User));
        var timeline = await query.LoadAsync<AccountabilityTimeline>(id, http.RequestAborted);
        if (timeline is null) return Problems.NotFound();
        http.Response.Headers.ETag = Preconditions.ETagFor(timeline.Version);
        return Results.Ok(timeline);
    }
}
