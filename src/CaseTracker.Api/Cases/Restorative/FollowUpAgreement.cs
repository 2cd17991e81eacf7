using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Restorative;

public sealed record FollowUpAgreementRequest([property: Required] bool? Kept, [property: MaxLength(4000)] string? Notes);

public static class FollowUpAgreementEndpoint
{
    /// <summary>Record whether a restorative agreement was kept.</summary>
    [WolverinePost("/api/cases/{id}/restorative/agreements/{agreementId}/follow-ups"), Tags("Restorative")]
    [Requires(Permission.RestorativeWork)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, Guid agreementId, FollowUpAgreementRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var followUpId = Guid.CreateVersion7();
        return cases.Handle(http, id, request, r => new FollowUpAgreement(agreementId, followUpId, r.Kept!.Value, r.Notes), followUpId);
    }
}
