using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Pages.Cases;

/// <summary>
/// The fields of the case page's forms, as posted. Each form fills one of these; the page turns it
/// into the API's own request record, so validation and rules are the API's.
/// </summary>
public sealed class CaseForms
{
    public DateOnly? ResponseDueBy { get; set; }
    public string? HowHandlingWasDiscussed { get; set; }

    public ApologyMethod? ApologyMethod { get; set; }
    public string? ApologyTo { get; set; }
    public string? ApologyWords { get; set; }

    public string? NoteText { get; set; }

    public ComplaintOutcome? Outcome { get; set; }
    public string? ResponseSummary { get; set; }
    public bool OmbudsmanRightsExplained { get; set; }
    public string? SignedBy { get; set; }

    public string? LearningSummary { get; set; }
    public string? LearningThemes { get; set; }
    public LearningLevel? LearningLevel { get; set; }

    public string? CloseReason { get; set; }

    /// <summary>"Care planning, Communication" as the list the API takes.</summary>
    public static List<string> Split(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
