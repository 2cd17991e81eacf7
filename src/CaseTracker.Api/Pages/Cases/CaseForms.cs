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

    public ReviewKind? ReviewKind { get; set; }
    public string? ReviewLead { get; set; }
    public string? ReviewScope { get; set; }
    /// <summary>Which review a finding or completion is for.</summary>
    public Guid ReviewId { get; set; }
    public string? Finding { get; set; }
    public string? ReviewSummary { get; set; }

    public string? ActionDescription { get; set; }
    public string? ActionOwner { get; set; }
    public DateOnly? ActionDueBy { get; set; }
    /// <summary>Which action a completion is for.</summary>
    public Guid ActionId { get; set; }
    public string? ActionEvidence { get; set; }

    public string? AdvocacyService { get; set; }
    public string? AdvocacyOrganisation { get; set; }
    public string? Advocate { get; set; }
    public string? AdvocacyDeclineReason { get; set; }

    public CandourRegime? CandourRegime { get; set; }
    public List<HarmCriterion> HarmCriteria { get; set; } = [];
    public string? CandourTo { get; set; }
    public string? CandourAccount { get; set; }
    public string? CandourFurtherEnquiries { get; set; }
    public string? CandourApology { get; set; }
    public string? CandourGivenBy { get; set; }
    public string? CandourEnquiryResults { get; set; }

    /// <summary>"Care planning, Communication" as the list the API takes.</summary>
    public static List<string> Split(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>
    /// One entry a line, as a list the API takes. A box left empty is a field not given (null), as
    /// an empty text box is, so the API says it is required rather than taking an empty list.
    /// </summary>
    public static List<string>? Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() is { Count: > 0 } lines ? lines : null;
}
