using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Advocacy;

public sealed record AssignAdvocateRequest(
    [property: Required, MinLength(1), MaxLength(200)] string? Organisation,
    [property: Required, MinLength(1), MaxLength(200)] string? Advocate);

public static class AssignAdvocateEndpoint
{
    /// <summary>Record the advocate acting for the complainant, and their organisation.</summary>
    [WolverinePost("/api/cases/{id}/advocacy/assignment"), Tags("Advocacy")]
    [Requires(Permission.AdvocacyAndFeedback)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, AssignAdvocateRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new AssignAdvocate(r.Organisation!, r.Advocate!));
}
