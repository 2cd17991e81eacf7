using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Actions;

public sealed record CompleteActionRequest([property: Required, MinLength(1), MaxLength(4000)] string? Evidence);

public static class CompleteActionEndpoint
{
    /// <summary>Complete a committed action, with the evidence that it was done.</summary>
    [WolverinePost("/api/cases/{id}/actions/{actionId}/completion"), Tags("Learning")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, Guid actionId, CompleteActionRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new CompleteAction(actionId, r.Evidence!));
}
