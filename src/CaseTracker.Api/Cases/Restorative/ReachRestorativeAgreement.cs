using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Restorative;

public sealed record CommitmentInput(
    [property: Required, MinLength(1), MaxLength(1000)] string? What,
    [property: Required, MinLength(1), MaxLength(200)] string? Owner,
    DateOnly? DueBy);

public sealed record ReachRestorativeAgreementRequest([property: Required, MinLength(1), MaxLength(20)] IReadOnlyList<CommitmentInput>? Commitments);

public static class ReachRestorativeAgreementEndpoint
{
    /// <summary>Record an agreement reached at a restorative meeting: its commitments, with owners and dates.</summary>
    [WolverinePost("/api/cases/{id}/restorative/agreements"), Tags("Restorative")]
    [Requires(Permission.RestorativeWork)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, ReachRestorativeAgreementRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var agreementId = Guid.CreateVersion7();
        return cases.Handle(http, id, request,
            r => new ReachRestorativeAgreement(agreementId, [.. r.Commitments!.Select(c => new Commitment(c.What!, c.Owner!, c.DueBy))]), agreementId);
    }
}
