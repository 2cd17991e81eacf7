using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Candour;

/// <param name="Outcome">NoResponse; or Declined / CouldNotBeContacted, which end the duty to notify (reg 20(5)).</param>
public sealed record RecordContactAttemptRequest(
    DateTimeOffset? AttemptedAt,
    [property: Required] ContactMethod? Method,
    [property: Required] ContactOutcome? Outcome,
    [property: MaxLength(2000)] string? Notes);

public static class RecordContactAttemptEndpoint
{
    /// <summary>Record an attempt to contact the relevant person that failed or was declined.</summary>
    [WolverinePost("/api/cases/{id}/candour/contact-attempts"), Tags("Candour")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, RecordContactAttemptRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var attemptId = Guid.CreateVersion7();
        return cases.Handle(http, id, request, r => new RecordContactAttempt(attemptId, r.AttemptedAt, r.Method!.Value, r.Outcome!.Value, r.Notes), attemptId);
    }
}
