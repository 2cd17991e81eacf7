using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Restorative;

/// <param name="Facilitator">Who will facilitate: their open work is listed at /api/restorative/cases?facilitator=.</param>
/// <param name="OfferedTo">Who the process was offered to.</param>
public sealed record OfferRestorativeProcessRequest(
    [property: Required, MinLength(1), MaxLength(200)] string? Facilitator,
    [property: Required, MinLength(1), MaxLength(200)] string? OfferedTo);

public static class OfferRestorativeProcessEndpoint
{
    /// <summary>Offer a restorative process, naming its facilitator.</summary>
    [WolverinePost("/api/cases/{id}/restorative/offer"), Tags("Restorative")]
    [Requires(Permission.RestorativeWork)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, OfferRestorativeProcessRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new OfferRestorativeProcess(r.Facilitator!, r.OfferedTo!));
}
