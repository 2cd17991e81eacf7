using CaseTracker.Api.Projections;
using Marten;

namespace CaseTracker.Api.Cases.Restorative;

/// <summary>A facilitator's open restorative work, at most <see cref="ListRestorativeWorkEndpoint.MaxItems"/> cases.</summary>
public sealed record RestorativeWorkList([property: MaxLength(ListRestorativeWorkEndpoint.MaxItems)] IReadOnlyList<RestorativeWork> Items);

public static class ListRestorativeWorkEndpoint
{
    public const int MaxItems = 200;

    /// <summary>A facilitator's open restorative work (offered or accepted, on open cases), oldest offer first.</summary>
    [WolverineGet("/api/restorative/cases"), Tags("Restorative")]
    [Requires(Permission.ReadCases)]
    [ProducesResponseType<RestorativeWorkList>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(HttpContext http, CaseSessions sessions, [MaxLength(200)] string? facilitator = null)
    {
        if (string.IsNullOrWhiteSpace(facilitator) || facilitator.Length > 200)
            return Problems.Validation("facilitator", "Name the facilitator, in at most 200 characters.");

        await using var query = sessions.ForReading(Actor.From(http.User));
        var work = await query.Query<RestorativeWork>()
            .Where(w => w.Facilitator == facilitator && w.Open)
            .OrderBy(w => w.OfferedAt)
            .Take(MaxItems)
            .ToListAsync(http.RequestAborted);
        return Results.Ok(new RestorativeWorkList(work));
    }
}
