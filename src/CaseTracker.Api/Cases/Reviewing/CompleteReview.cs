using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Reviewing;

public sealed record CompleteReviewRequest([property: Required, MinLength(1), MaxLength(4000)] string? Summary);

public static class CompleteReviewEndpoint
{
    /// <summary>Complete a review with its summary.</summary>
    [WolverinePost("/api/cases/{id}/reviews/{reviewId}/completion"), Tags("Review")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, Guid reviewId, CompleteReviewRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new CompleteReview(reviewId, r.Summary!));
}
