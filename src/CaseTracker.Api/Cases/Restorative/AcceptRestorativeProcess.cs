using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Restorative;

public sealed record AcceptRestorativeProcessRequest([property: MaxLength(2000)] string? Notes);

public static class AcceptRestorativeProcessEndpoint
{
    /// <summary>Record that the offer of a restorative process was accepted.</summary>
    [WolverinePost("/api/cases/{id}/restorative/acceptance"), Tags("Restorative")]
    [Requires(Permission.RestorativeWork)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, AcceptRestorativeProcessRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new AcceptRestorativeProcess(r.Notes));
}
