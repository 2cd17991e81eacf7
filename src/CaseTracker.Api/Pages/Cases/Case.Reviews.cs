using CaseTracker.Api.Cases.Actions;
using CaseTracker.Api.Cases.Reviewing;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Pages.Cases;

/// <summary>The case page's forms for reviews and the actions committed to put things right.</summary>
public sealed partial class CaseModel
{
    public static string FindingForm(Guid reviewId) => $"finding-{reviewId}";
    public static string CompleteReviewForm(Guid reviewId) => $"complete-review-{reviewId}";
    public static string CompleteActionForm(Guid actionId) => $"complete-action-{actionId}";

    public Task<IActionResult> OnPostStartReview()
    {
        var reviewId = Guid.CreateVersion7();
        return Act(Permission.WorkCases, "review", "Review started.",
            () => cases.HandleAt(HttpContext, Id, Version, new StartReviewRequest(Form.ReviewKind, Form.ReviewLead, Form.ReviewScope),
                r => new StartReview(reviewId, r.Kind!.Value, r.Lead!, r.Scope), reviewId));
    }

    public Task<IActionResult> OnPostFinding()
    {
        var findingId = Guid.CreateVersion7();
        return Act(Permission.WorkCases, FindingForm(Form.ReviewId), "Finding recorded.",
            () => cases.HandleAt(HttpContext, Id, Version, new RecordFindingRequest(Form.Finding),
                r => new RecordFinding(Form.ReviewId, findingId, r.Finding!), findingId));
    }

    public Task<IActionResult> OnPostCompleteReview() => Act(Permission.WorkCases, CompleteReviewForm(Form.ReviewId), "Review completed.",
        () => cases.HandleAt(HttpContext, Id, Version, new CompleteReviewRequest(Form.ReviewSummary),
            r => new CompleteReview(Form.ReviewId, r.Summary!)));

    public Task<IActionResult> OnPostCommitAction()
    {
        var actionId = Guid.CreateVersion7();
        return Act(Permission.WorkCases, "action", "Action committed.",
            () => cases.HandleAt(HttpContext, Id, Version, new CommitActionRequest(Form.ActionDescription, Form.ActionOwner, Form.ActionDueBy),
                r => new CommitAction(actionId, r.Description!, r.Owner!, r.DueBy!.Value), actionId));
    }

    public Task<IActionResult> OnPostCompleteAction() => Act(Permission.WorkCases, CompleteActionForm(Form.ActionId), "Action completed.",
        () => cases.HandleAt(HttpContext, Id, Version, new CompleteActionRequest(Form.ActionEvidence),
            r => new CompleteAction(Form.ActionId, r.Evidence!)));
}
