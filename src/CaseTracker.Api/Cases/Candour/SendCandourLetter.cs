using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Candour;

public sealed record SendCandourLetterRequest(
    DateTimeOffset? SentAt,
    [property: Required, MinLength(1), MaxLength(200)] string? To,
    [property: Required, MinLength(1), MaxLength(8000)] string? EnquiryResults,
    [property: Required, MinLength(1), MaxLength(2000)] string? Apology);

public static class SendCandourLetterEndpoint
{
    /// <summary>Record the written notification: the results of enquiries and an apology. It completes the candour duty.</summary>
    [WolverinePost("/api/cases/{id}/candour/letter"), Tags("Candour")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, SendCandourLetterRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new SendCandourLetter(r.SentAt, r.To!, r.EnquiryResults!, r.Apology!));
}
