using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Deadlines;
using CaseTracker.Api.Cases.Reading;
using CaseTracker.Api.Projections;
using CaseTracker.Domain.Calendar;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages;

/// <summary>The case board: cases with what is due next, and the queue of overdue duties.</summary>
public sealed class IndexModel(CaseSessions sessions, TimeProvider clock, WorkingDayCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Service { get; set; }
    [BindProperty(SupportsGet = true)] public string? Handler { get; set; }
    [BindProperty(SupportsGet = true)] public bool OverdueOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public CasePage? Cases { get; private set; }
    public OverduePage? Overdue { get; private set; }
    public ProblemDetails? Problem { get; private set; }
    public IReadOnlyDictionary<Guid, Deadline> NextDuty { get; private set; } = new Dictionary<Guid, Deadline>();
    public DateOnly Today { get; private set; }

    public async Task OnGet()
    {
        Today = calendar.DayOf(clock.GetUtcNow());
        var status = string.IsNullOrWhiteSpace(Status) ? null : Status;
        var service = string.IsNullOrWhiteSpace(Service) ? null : Service.Trim();
        var handler = string.IsNullOrWhiteSpace(Handler) ? null : Handler.Trim();
        var answer = await ListCasesEndpoint.Get(HttpContext, sessions, clock, calendar, status, service, handler,
            OverdueOnly ? true : null, PageNumber, 20);
        Problem = answer.AsProblem();
        Cases = answer.ValueAs<CasePage>();
        Overdue = (await ListOverdueEndpoint.Get(HttpContext, sessions, pageSize: 50)).ValueAs<OverduePage>();

        if (Cases is { Items.Count: > 0 })
        {
            await using var query = sessions.ForReading(this.Actor());
            var deadlines = await query.LoadManyAsync<CaseDeadlines>(HttpContext.RequestAborted, Cases.Items.Select(c => c.Id));
            NextDuty = deadlines
                .Select(d => (d.Id, Next: d.Duties.Where(x => x.DoneAt is null).OrderBy(x => x.DueBy).FirstOrDefault()))
                .Where(d => d.Next is not null)
                .ToDictionary(d => d.Id, d => d.Next!);
        }
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["status"] = Status, ["service"] = Service, ["handler"] = Handler,
            ["overdueOnly"] = OverdueOnly ? "true" : null, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
}
