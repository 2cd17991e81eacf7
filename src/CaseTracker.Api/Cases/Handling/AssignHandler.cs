using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Handling;

public sealed record AssignHandlerRequest([property: Required, MinLength(1), MaxLength(200)] string? Handler);

public static class AssignHandlerEndpoint
{
    /// <summary>Make someone the handler of the case (or hand it over).</summary>
    [WolverinePost("/api/cases/{id}/handler"), Tags("Response")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, AssignHandlerRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new AssignHandler(r.Handler!));
}
