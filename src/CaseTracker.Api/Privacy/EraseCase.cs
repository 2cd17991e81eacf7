using CaseTracker.Domain.Privacy;

namespace CaseTracker.Api.Privacy;

/// <param name="Ground">The lawful ground for erasure (UK GDPR art. 17(1)).</param>
/// <param name="Reason">Why, in words the data protection officer will stand by: it stays on the record.</param>
public sealed record EraseCaseRequest(
    [property: Required] ErasureGround? Ground,
    [property: Required, MinLength(1), MaxLength(2000)] string? Reason);

public static class EraseCaseEndpoint
{
    /// <summary>
    /// Erase the personal data of the people this case concerns, on a lawful request. Dates,
    /// outcomes, themes and counts stay, reports are unchanged, and the integrity chain still verifies.
    /// </summary>
    [WolverinePost("/api/cases/{id}/erasure"), Tags("Privacy")]
    [Requires(Permission.Administer)]
    [ProducesResponseType<CaseErasure.Erased>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, EraseCaseRequest request, HttpContext http, CaseErasure erasure) =>
        RequestBody.Check(request) is { } invalid
            ? Task.FromResult(invalid)
            : erasure.Erase(http, id, request.Ground!.Value, request.Reason!);
}
