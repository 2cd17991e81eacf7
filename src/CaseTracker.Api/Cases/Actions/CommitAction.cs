using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Actions;

public sealed record CommitActionRequest(
    [property: Required, MinLength(1), MaxLength(2000)] string? Description,
    [property: Required, MinLength(1), MaxLength(200)] string? Owner,
    [property: Required] DateOnly? DueBy);

public static class CommitActionEndpoint
{
    /// <summary>Commit to an action: what will change, who owns it, and by when.</summary>
    [WolverinePost("/api/cases/{id}/actions"), Tags("Learning")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, CommitActionRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var actionId = Guid.CreateVersion7();
        return cases.Handle(http, id, request, r => new CommitAction(actionId, r.Description!, r.Owner!, r.DueBy!.Value), actionId);
    }
}
