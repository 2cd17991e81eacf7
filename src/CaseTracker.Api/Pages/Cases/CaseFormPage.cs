using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Reading;
using CaseTracker.Api.Projections;
using CaseTracker.Domain.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages.Cases;

/// <summary>
/// A page of one case with forms on it. Every form carries the version it was drawn at; if the
/// case has moved on since, nothing is recorded and the page says what changed, as the API's 412
/// does. A refused form is shown again at the current version, with what was typed kept.
/// </summary>
public abstract class CaseFormPage(CaseSessions sessions) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    /// <summary>The case version the form was drawn at.</summary>
    [BindProperty] public long Version { get; set; }

    [TempData] public string? Done { get; set; }

    public CaseSummary Summary { get; private set; } = new();
    public AccountabilityTimeline Timeline { get; private set; } = new();

    public ProblemDetails? Problem { get; private set; }

    /// <summary>Which form the problem belongs to, so its message sits beside that form.</summary>
    public string? ProblemForm { get; private set; }

    /// <summary>On a stale form: the timeline entries recorded since the version the form was drawn at.</summary>
    public IReadOnlyList<TimelineEntry> ChangedSince { get; private set; } = [];

    /// <summary>On a stale form: the version it was drawn at.</summary>
    public long SeenVersion { get; private set; }

    public bool IsOpen => Summary.Status is not (CaseStatus.Closed or CaseStatus.Withdrawn);

    public bool ProblemAt(string form) => ProblemForm == form;

    /// <summary>The "open" attribute of a form's disclosure: open when its problem is shown.</summary>
    public string? OpenAt(string form) => ProblemAt(form) ? "open" : null;

    /// <summary>Whether the page draws this form now: the same test decides both what is drawn and where a problem shows.</summary>
    public abstract bool Offers(string form);

    /// <summary>
    /// The problem of a form the page no longer draws (a colleague moved the case past it): shown
    /// at the top of the forms instead, since there is no form for it to sit beside.
    /// </summary>
    public bool ProblemOfAFormGone => Problem is not null && ProblemForm is { } form && !Offers(form);

    public async Task<IActionResult> OnGet() => await Load() ? Page() : NotFound();

    /// <summary>Sends one form through the API's write path: on success back to the page (GET), else the page with the API's problem.</summary>
    protected async Task<IActionResult> Act(Permission needed, string form, string done, Func<Task<IResult>> write)
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
        await LoadMore(sessions);
        // GET draws the forms at the version just read.
        if (HttpMethods.IsGet(Request.Method)) Version = Summary.Version;
        Response.Headers.Remove("ETag");
        return true;
    }

    /// <summary>What else the page shows besides the summary and timeline.</summary>
    protected abstract Task LoadMore(CaseSessions sessions);
}
