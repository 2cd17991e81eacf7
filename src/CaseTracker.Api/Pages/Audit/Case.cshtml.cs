using CaseTracker.Api.Audit;
using CaseTracker.Api.Audit.Integrity;
using CaseTracker.Api.Audit.Replay;
using CaseTracker.Api.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages.Audit;

/// <summary>
/// The auditor's view of one case: every event with who, when and its hashes; the case as it stood
/// at a chosen version or instant, rebuilt from the events; whether the record verifies; the export.
/// </summary>
public sealed class CaseModel(AuditDatabase database, CaseSessions sessions, CaseIntegrity integrity) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    /// <summary>Show the case as it stood after this version…</summary>
    [BindProperty(SupportsGet = true)] public string? Version { get; set; }

    /// <summary>…or at this instant (UTC), as a datetime-local control gives it.</summary>
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }

    [BindProperty(SupportsGet = true)] public long FromVersion { get; set; } = 1;

    public CaseEventsPage Events { get; private set; } = null!;
    public CaseHistory? History { get; private set; }
    public IntegrityReport? Integrity { get; private set; }
    public ProblemDetails? Problem { get; private set; }

    public async Task<IActionResult> OnGet()
    {
        if (!this.Can(Permission.ReadAudit)) return Forbid();
        var events = await GetCaseEventsEndpoint.Get(Id, HttpContext, database,
            FromVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (events.ValueAs<CaseEventsPage>() is not { } page) return NotFound();
        Events = page;

        var version = string.IsNullOrWhiteSpace(Version) ? null : Version;
        // A datetime-local value has no offset: the selector says it is UTC.
        var asOf = string.IsNullOrWhiteSpace(AsOf) ? null : AsOf.EndsWith('Z') ? AsOf : AsOf + "Z";
        if (version is null && asOf is null) version = page.LastVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var history = await GetCaseHistoryEndpoint.Get(Id, HttpContext, sessions, version, asOf);
        History = history.ValueAs<CaseHistory>();
        Problem = history.AsProblem();
        if (Problem is not null) Response.StatusCode = Problem.Status ?? StatusCodes.Status400BadRequest;

        Integrity = await integrity.Check(this.Actor().Tenant, Id, HttpContext.RequestAborted);
        return Page();
    }
}
