using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Acknowledging;

/// <param name="AcknowledgedAt">When the complainant was acknowledged, if earlier than now (a letter posted yesterday).</param>
/// <param name="ResponseDueBy">The response date agreed with the complainant, when agreed at acknowledgement.</param>
public sealed record AcknowledgeComplaintRequest(
    DateTimeOffset? AcknowledgedAt,
    DateOnly? ResponseDueBy,
    [property: MaxLength(2000)] string? HowHandlingWasDiscussed);

public static class AcknowledgeComplaintEndpoint
{
    /// <summary>Acknowledge a complaint (due within 3 working days of receipt).</summary>
    [WolverinePost("/api/cases/{id}/acknowledgement"), Tags("Response")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, AcknowledgeComplaintRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new AcknowledgeComplaint(r.AcknowledgedAt, r.ResponseDueBy, r.HowHandlingWasDiscussed));
}
