using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Closing;

public sealed record ReopenCaseRequest([property: Required, MinLength(1), MaxLength(2000)] string? Reason);

public static class ReopenCaseEndpoint
{
    /// <summary>Reopen a closed case; a reopened complaint needs a fresh final response.</summary>
    [WolverinePost("/api/cases/{id}/reopening"), Tags("Lifecycle")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, ReopenCaseRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new ReopenCase(r.Reason!));
}
