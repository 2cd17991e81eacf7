using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Ombudsman;

/// <param name="Ombudsman">LGSCO or PHSO.</param>
/// <param name="Date">The day the complaint went to the Ombudsman.</param>
public sealed record EscalateToOmbudsmanRequest(
    [property: Required] Domain.Cases.Ombudsman? Ombudsman,
    [property: Required] DateOnly? Date,
    [property: MaxLength(100)] string? Reference);

public static class EscalateToOmbudsmanEndpoint
{
    /// <summary>Record that the complaint went to an Ombudsman: after the final response, or after six months without one.</summary>
    [WolverinePost("/api/cases/{id}/ombudsman-escalation"), Tags("Ombudsman")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, EscalateToOmbudsmanRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new EscalateToOmbudsman(r.Ombudsman!.Value, r.Date!.Value, r.Reference));
}
