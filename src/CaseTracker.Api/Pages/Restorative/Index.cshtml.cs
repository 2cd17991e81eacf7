using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Restorative;
using CaseTracker.Api.Projections;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages.Restorative;

/// <summary>A facilitator's open restorative work: the API's own list, for the facilitator named (the signed-in person by default).</summary>
public sealed class IndexModel(CaseSessions sessions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Facilitator { get; set; }

    public IReadOnlyList<RestorativeWork> Items { get; private set; } = [];

    public ProblemDetails? Problem { get; private set; }

    public async Task<IActionResult> OnGet()
    {
        Facilitator ??= this.Actor().Name;
        var answer = await ListRestorativeWorkEndpoint.Get(HttpContext, sessions, Facilitator);
        if (answer.AsProblem() is { } problem)
        {
            Problem = problem;
            Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
            return Page();
        }

        Items = answer.ValueAs<RestorativeWorkList>()?.Items ?? [];
        return Page();
    }
}
