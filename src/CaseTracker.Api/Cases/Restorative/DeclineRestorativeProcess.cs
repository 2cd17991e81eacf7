using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Restorative;

public sealed record DeclineRestorativeProcessRequest([property: MaxLength(2000)] string? Reason);

public static class DeclineRestorativeProcessEndpoint
{
    /// <summary>Record that the offer of a restorative process was declined.</summary>
    [WolverinePost("/api/cases/{id}/restorative/declining"), Tags("Restorative")]
    [Requires(Permission.RestorativeWork)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, DeclineRestorativeProcessRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new DeclineRestorativeProcess(r.Reason));
}
