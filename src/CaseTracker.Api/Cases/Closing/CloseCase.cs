using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Closing;

/// <param name="Reason">Required when committed actions are still open.</param>
public sealed record CloseCaseRequest([property: MaxLength(2000)] string? Reason);

public static class CloseCaseEndpoint
{
    /// <summary>Close the case.</summary>
    [WolverinePost("/api/cases/{id}/closure"), Tags("Lifecycle")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, CloseCaseRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new CloseCase(r.Reason));
}
