using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Reviewing;

public sealed record RecordFindingRequest([property: Required, MinLength(1), MaxLength(4000)] string? Finding);

public static class RecordFindingEndpoint
{
    /// <summary>Record what a review found.</summary>
    [WolverinePost("/api/cases/{id}/reviews/{reviewId}/findings"), Tags("Review")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, Guid reviewId, RecordFindingRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var findingId = Guid.CreateVersion7();
        return cases.Handle(http, id, request, r => new RecordFinding(reviewId, findingId, r.Finding!), findingId);
    }
}
