using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Ombudsman;

public sealed record RecordOmbudsmanDecisionRequest(
    [property: Required] DateOnly? Date,
    [property: Required] OmbudsmanOutcome? Outcome,
    [property: MaxLength(4000)] string? Summary);

public static class RecordOmbudsmanDecisionEndpoint
{
    /// <summary>Record the Ombudsman's decision on an escalated complaint.</summary>
    [WolverinePost("/api/cases/{id}/ombudsman-decision"), Tags("Ombudsman")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, RecordOmbudsmanDecisionRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new RecordOmbudsmanDecision(r.Date!.Value, r.Outcome!.Value, r.Summary));
}
