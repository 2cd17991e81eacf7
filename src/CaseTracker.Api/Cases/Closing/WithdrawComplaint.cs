using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Closing;

public sealed record WithdrawComplaintRequest([property: MaxLength(2000)] string? Reason);

public static class WithdrawComplaintEndpoint
{
    /// <summary>Record that the complainant withdrew the complaint; afterwards only notes can be added.</summary>
    [WolverinePost("/api/cases/{id}/withdrawal"), Tags("Lifecycle")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, WithdrawComplaintRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new WithdrawComplaint(r.Reason));
}
