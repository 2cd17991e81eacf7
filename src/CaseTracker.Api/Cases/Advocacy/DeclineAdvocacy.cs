using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Advocacy;

public sealed record DeclineAdvocacyRequest([property: MaxLength(2000)] string? Reason);

public static class DeclineAdvocacyEndpoint
{
    /// <summary>Record that the offer of advocacy was declined.</summary>
    [WolverinePost("/api/cases/{id}/advocacy/declining"), Tags("Advocacy")]
    [Requires(Permission.AdvocacyAndFeedback)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, DeclineAdvocacyRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new DeclineAdvocacy(r.Reason));
}
