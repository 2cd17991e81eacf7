using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Risk;

/// <param name="Agency">Who the referral went to.</param>
/// <param name="Reference">The agency's reference, when it gave one.</param>
public sealed record MakeSafeguardingReferralRequest(
    DateTimeOffset? MadeAt,
    [property: Required, MinLength(1), MaxLength(200)] string? Agency,
    [property: MaxLength(100)] string? Reference);

public static class MakeSafeguardingReferralEndpoint
{
    /// <summary>Record a safeguarding referral.</summary>
    [WolverinePost("/api/cases/{id}/safeguarding-referrals"), Tags("Risk")]
    [Requires(Permission.RecordRisk)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, MakeSafeguardingReferralRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var referralId = Guid.CreateVersion7();
        return cases.Handle(http, id, request, r => new MakeSafeguardingReferral(referralId, r.MadeAt, r.Agency!, r.Reference), referralId);
    }
}
