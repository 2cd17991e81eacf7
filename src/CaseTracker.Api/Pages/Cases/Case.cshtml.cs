using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Acknowledging;
using CaseTracker.Api.Cases.Apologising;
using CaseTracker.Api.Cases.Closing;
using CaseTracker.Api.Cases.Deadlines;
using CaseTracker.Api.Cases.Learning;
using CaseTracker.Api.Cases.Notes;
using CaseTracker.Api.Cases.Reading;
using CaseTracker.Api.Cases.Responding;
using CaseTracker.Api.Projections;
using CaseTracker.Domain.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages.Cases;

/// <summary>
/// One case: where it stands, what is due, what happened, and forms for what can be done next.
/// Every form carries the version it was drawn at; if the case has moved on since, nothing is
/// recorded and the page says what changed, as the API's 412 does.
/// </summary>
public sealed class CaseModel(CaseSessions sessions, CaseCommandHandler cases) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    /// <summary>The case version the form was drawn at.</summary>
    [BindProperty] public long Version { get; set; }

    [BindProperty] public CaseForms Form { get; set; } = new();

    [TempData] public string? Done { get; set; }

    public CaseSummary Summary { get; private set; } = new();
    public AccountabilityTimeline Timeline { get; private set; } = new();
    public CaseDeadlines? Deadlines { get; private set; }

    public ProblemDetails? Problem { get; private set; }

    /// <summary>Which form the problem belongs to, so its message sits beside that form.</summary>
    public string? ProblemForm { get; private set; }

    /// <summary>On a stale form: the timeline entries recorded since the version the form was drawn at.</summary>
    public IReadOnlyList<TimelineEntry> ChangedSince { get; private set; } = [];

    /// <summary>On a stale form: the version it was drawn at.</summary>
    public long SeenVersion { get; private set; }

    public bool CanWork => this.Can(Permission.WorkCases);
    public bool CanNote => this.Can(Permission.AddNotes);
    public bool IsOpen => Summary.Status is not (CaseStatus.Closed or CaseStatus.Withdrawn);

    public async Task<IActionResult> OnGet() => await Load() ? Page() : NotFound();

    public Task<IActionResult> OnPostAcknowledge() => Act(Permission.WorkCases, "acknowledge", "Acknowledgement recorded.",
        () => cases.HandleAt(HttpContext, Id, Version, new AcknowledgeComplaintRequest(null, Form.ResponseDueBy, Form.HowHandlingWasDiscussed),
            r => new AcknowledgeComplaint(r.AcknowledgedAt, r.ResponseDueBy, r.HowHandlingWasDiscussed)));

    public Task<IActionResult> OnPostApology() => Act(Permission.WorkCases, "apology", "Apology recorded.",
        () => cases.HandleAt(HttpContext, Id, Version, new GiveApologyRequest(null, Form.ApologyMethod, Form.ApologyTo, Form.ApologyWords),
            r => new GiveApology(r.GivenAt, r.Method!.Value, r.To!, r.Words)));

    public Task<IActionResult> OnPostNote()
    {
        var noteId = Guid.CreateVersion7();
        return Act(Permission.AddNotes, "note", "Note added.",
            () => cases.HandleAt(HttpContext, Id, Version, new AddNoteRequest(Form.NoteText), r => new AddNote(noteId, r.Text!), noteId));
    }

    public Task<IActionResult> OnPostFinalResponse() => Act(Permission.WorkCases, "final-response", "Final response recorded.",
        () => cases.HandleAt(HttpContext, Id, Version,
            new SendFinalResponseRequest(null, Form.Outcome, Form.ResponseSummary, Form.OmbudsmanRightsExplained, Form.SignedBy),
            r => new SendFinalResponse(r.SentAt, r.Outcome!.Value, r.Summary!, r.OmbudsmanRightsExplained!.Value, r.SignedBy!)));

    public Task<IActionResult> OnPostLearning()
    {
        var learningId = Guid.CreateVersion7();
        return Act(Permission.WorkCases, "learning", "Learning recorded.",
            () => cases.HandleAt(HttpContext, Id, Version,
                new RecordLearningRequest(Form.LearningSummary, CaseForms.Split(Form.LearningThemes), [], Form.LearningLevel),
                r => new RecordLearning(learningId, r.Summary!, r.Themes ?? [], [], r.Level!.Value), learningId));
    }

    public Task<IActionResult> OnPostClose() => Act(Permission.WorkCases, "close", "Case closed.",
        () => cases.HandleAt(HttpContext, Id, Version, new CloseCaseRequest(Form.CloseReason), r => new CloseCase(r.Reason)));

    private async Task<IActionResult> Act(Permission needed, string form, string done, Func<Task<IResult>> write)
    {
        if (!this.Can(needed)) return Forbid();
        var answer = await write();
        if (answer.AsProblem() is not { } problem)
        {
            Done = done;
            return RedirectToPage(new { id = Id });
        }

        if (!await Load()) return NotFound();
        Problem = problem;
        ProblemForm = form;
        SeenVersion = Version;
        if (problem.IsStale()) ChangedSince = Timeline.Entries.Where(e => e.Version > Version).ToList();
        // The form is drawn again at the current version, with what was typed kept, to be sent again if still right.
        ModelState.Remove(nameof(Version));
        Version = Summary.Version;
        Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> Load()
    {
        if ((await GetCaseEndpoint.Get(Id, HttpContext, sessions)).ValueAs<CaseSummary>() is not { } summary) return false;
        Summary = summary;
        Timeline = (await GetTimelineEndpoint.Get(Id, HttpContext, sessions)).ValueAs<AccountabilityTimeline>() ?? new();
        Deadlines = (await GetDeadlinesEndpoint.Get(Id, HttpContext, sessions)).ValueAs<CaseDeadlines>();
        // GET draws the forms at the version just read.
        if (HttpMethods.IsGet(Request.Method)) Version = Summary.Version;
        Response.Headers.Remove("ETag");
        return true;
    }
}
