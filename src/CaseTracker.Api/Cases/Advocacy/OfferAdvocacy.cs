using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Advocacy;

/// <param name="Service">The kind of advocacy offered, e.g. NHS complaints advocacy or an IMHA.</param>
public sealed record OfferAdvocacyRequest([property: MaxLength(200)] string? Service);

public static class OfferAdvocacyEndpoint
{
    /// <summary>Record that independent advocacy was offered.</summary>
    [WolverinePost("/api/cases/{id}/advocacy/offer"), Tags("Advocacy")]
    [Requires(Permission.AdvocacyAndFeedback)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, OfferAdvocacyRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new OfferAdvocacy(r.Service));
}
