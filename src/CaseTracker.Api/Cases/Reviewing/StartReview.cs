using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Reviewing;

public sealed record StartReviewRequest(
    [property: Required] ReviewKind? Kind,
    [property: Required, MinLength(1), MaxLength(200)] string? Lead,
    [property: MaxLength(4000)] string? Scope);

public static class StartReviewEndpoint
{
    /// <summary>Start a review or learning response (local review, after action review, swarm, MDT, thematic, PSII).</summary>
    [WolverinePost("/api/cases/{id}/reviews"), Tags("Review")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, StartReviewRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var reviewId = Guid.CreateVersion7();
        return cases.Handle(http, id, request, r => new StartReview(reviewId, r.Kind!.Value, r.Lead!, r.Scope), reviewId);
    }
}
