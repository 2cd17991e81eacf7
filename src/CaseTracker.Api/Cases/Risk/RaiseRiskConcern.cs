using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Risk;

public sealed record RaiseRiskConcernRequest(
    [property: Required, MinLength(1), MaxLength(4000)] string? Concern,
    [property: Required] RiskLevel? Level);

public static class RaiseRiskConcernEndpoint
{
    /// <summary>Record a risk concern and its level.</summary>
    [WolverinePost("/api/cases/{id}/risks"), Tags("Risk")]
    [Requires(Permission.RecordRisk)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, RaiseRiskConcernRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var riskId = Guid.CreateVersion7();
        return cases.Handle(http, id, request, r => new RaiseRiskConcern(riskId, r.Concern!, r.Level!.Value), riskId);
    }
}
