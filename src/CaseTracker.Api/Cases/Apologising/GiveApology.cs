using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Apologising;

/// <param name="To">Who received the apology (the person harmed, or their family).</param>
/// <param name="Words">What was said or written, in the words used. An apology is not an admission of liability.</param>
public sealed record GiveApologyRequest(
    DateTimeOffset? GivenAt,
    [property: Required] ApologyMethod? Method,
    [property: Required, MinLength(1), MaxLength(200)] string? To,
    [property: MaxLength(4000)] string? Words);

public static class GiveApologyEndpoint
{
    /// <summary>Record an apology.</summary>
    [WolverinePost("/api/cases/{id}/apologies"), Tags("Candour")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, GiveApologyRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new GiveApology(r.GivenAt, r.Method!.Value, r.To!, r.Words));
}
