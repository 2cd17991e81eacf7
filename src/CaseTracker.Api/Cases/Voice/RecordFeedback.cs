using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Voice;

/// <param name="Satisfaction">1 (very dissatisfied) to 5 (very satisfied).</param>
/// <param name="FeltHeard">Whether the complainant felt heard.</param>
public sealed record RecordFeedbackRequest(
    [property: Required, Range(1, 5)] int? Satisfaction,
    [property: Required] bool? FeltHeard,
    [property: MaxLength(4000)] string? Comment);

public static class RecordFeedbackEndpoint
{
    /// <summary>Record the complainant's feedback on how the case was handled; allowed after closure too.</summary>
    [WolverinePost("/api/cases/{id}/feedback"), Tags("Voice")]
    [Requires(Permission.AdvocacyAndFeedback)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, RecordFeedbackRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var feedbackId = Guid.CreateVersion7();
        return cases.Handle(http, id, request, r => new RecordFeedback(feedbackId, r.Satisfaction!.Value, r.FeltHeard!.Value, r.Comment), feedbackId);
    }
}
