using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Handling;

/// <param name="DueBy">The date agreed with the complainant.</param>
/// <param name="Reason">Why an agreed date moves; required when extending.</param>
public sealed record AgreeResponseDeadlineRequest(
    [property: Required] DateOnly? DueBy,
    [property: MaxLength(2000)] string? Reason);

public static class AgreeResponseDeadlineEndpoint
{
    /// <summary>Agree the response date with the complainant, or extend an agreed one.</summary>
    [WolverinePost("/api/cases/{id}/response-deadline"), Tags("Response")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, AgreeResponseDeadlineRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new AgreeResponseDeadline(r.DueBy!.Value, r.Reason));
}
