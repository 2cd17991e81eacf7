using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Responding;

/// <param name="OmbudsmanRightsExplained">The response told the complainant of their right to go to the Ombudsman (required by reg 14).</param>
/// <param name="SignedBy">The responsible person who signed the response.</param>
public sealed record SendFinalResponseRequest(
    DateTimeOffset? SentAt,
    [property: Required] ComplaintOutcome? Outcome,
    [property: Required, MinLength(1), MaxLength(8000)] string? Summary,
    [property: Required] bool? OmbudsmanRightsExplained,
    [property: Required, MinLength(1), MaxLength(200)] string? SignedBy);

public static class SendFinalResponseEndpoint
{
    /// <summary>Record the final written response and its outcome.</summary>
    [WolverinePost("/api/cases/{id}/final-response"), Tags("Response")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, SendFinalResponseRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request,
            r => new SendFinalResponse(r.SentAt, r.Outcome!.Value, r.Summary!, r.OmbudsmanRightsExplained!.Value, r.SignedBy!));
}
