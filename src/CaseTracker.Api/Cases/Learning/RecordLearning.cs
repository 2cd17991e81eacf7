using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Learning;

public sealed record RecordLearningRequest(
    [property: Required, MinLength(1), MaxLength(4000)] string? Summary,
    [property: ListItems(20, 100)] IReadOnlyList<string>? Themes,
    [property: MaxLength(7)] IReadOnlyList<AvoidableHarmSource>? HarmSources,
    [property: Required] LearningLevel? Level);

public static class RecordLearningEndpoint
{
    /// <summary>Record what was learned, with its themes and the sources of avoidable harm it touches.</summary>
    [WolverinePost("/api/cases/{id}/learning"), Tags("Learning")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, RecordLearningRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var learningId = Guid.CreateVersion7();
        return cases.Handle(http, id, request,
            r => new RecordLearning(learningId, r.Summary!, r.Themes ?? [], (r.HarmSources ?? []).Distinct().ToArray(), r.Level!.Value), learningId);
    }
}
