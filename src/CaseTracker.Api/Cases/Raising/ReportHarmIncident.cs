using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Raising;

/// <summary>A harm incident. Physical and psychological harm are graded separately, as the regulations do.</summary>
public sealed record ReportHarmIncidentRequest(
    [property: Required] DateTimeOffset? OccurredAt,
    [property: Required, MinLength(1), MaxLength(200)] string? ReportedBy,
    [property: Required, MinLength(1), MaxLength(200)] string? Service,
    [property: Required, MinLength(1), MaxLength(4000)] string? Description,
    [property: Required] PhysicalHarm? PhysicalHarm,
    [property: Required] PsychologicalHarm? PsychologicalHarm,
    [property: Required, Range(1, 10_000)] int? PeopleAffected);

public static class ReportHarmIncidentEndpoint
{
    /// <summary>Report a harm incident. Send Idempotency-Key to make retries safe.</summary>
    [WolverinePost("/api/incidents"), Tags("Intake")]
    [Requires(Permission.RaiseCases)]
    [ProducesResponseType<CaseCreated>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(ReportHarmIncidentRequest request, HttpContext http, CaseCreation creation) =>
        creation.Create(http, request, (r, id, reference) => new ReportHarmIncident(
            id, reference, r.OccurredAt!.Value, r.ReportedBy!, r.Service!, r.Description!,
            r.PhysicalHarm!.Value, r.PsychologicalHarm!.Value, r.PeopleAffected!.Value));
}
