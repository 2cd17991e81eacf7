using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Restorative;

/// <param name="Who">Who was harmed.</param>
/// <param name="Needs">What they need.</param>
/// <param name="WhoseObligation">Whose obligation it is to meet those needs.</param>
public sealed record IdentifyHarmedPartyRequest(
    [property: Required, MinLength(1), MaxLength(200)] string? Who,
    [property: Required, ListItems(20, 500)] IReadOnlyList<string>? Needs,
    [property: Required, MinLength(1), MaxLength(200)] string? WhoseObligation);

public static class IdentifyHarmedPartyEndpoint
{
    /// <summary>Record who was harmed, what they need, and whose obligation it is to meet those needs.</summary>
    [WolverinePost("/api/cases/{id}/restorative/harmed-parties"), Tags("Restorative")]
    [Requires(Permission.RestorativeWork)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, IdentifyHarmedPartyRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var partyId = Guid.CreateVersion7();
        return cases.Handle(http, id, request, r => new IdentifyHarmedParty(partyId, r.Who!, r.Needs!, r.WhoseObligation!), partyId);
    }
}
