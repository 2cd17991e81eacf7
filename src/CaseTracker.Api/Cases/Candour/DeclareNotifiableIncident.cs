using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Candour;

/// <param name="Regime">HealthServiceBody or RegisteredPerson: each has its own harm threshold.</param>
/// <param name="Criteria">The harm criteria met. Any below the regime's threshold gets a 422 naming it.</param>
/// <param name="DeclaredAt">When the incident was recognised as notifiable; now if left out. The candour clock starts that day.</param>
public sealed record DeclareNotifiableIncidentRequest(
    [property: Required] CandourRegime? Regime,
    [property: Required, MinLength(1), MaxLength(10)] IReadOnlyList<HarmCriterion>? Criteria,
    DateTimeOffset? DeclaredAt);

public static class DeclareNotifiableIncidentEndpoint
{
    /// <summary>Declare a notifiable safety incident under the duty of candour (reg 20).</summary>
    [WolverinePost("/api/cases/{id}/candour/notifiable"), Tags("Candour")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(Guid id, DeclareNotifiableIncidentRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new DeclareNotifiableIncident(r.Regime!.Value, r.Criteria!, r.DeclaredAt));
}
