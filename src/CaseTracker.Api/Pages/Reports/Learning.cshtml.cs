using System.Globalization;
using System.Text.Json;
using CaseTracker.Api.Projections;
using CaseTracker.Api.Reports;
using CaseTracker.Domain.Calendar;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages.Reports;

/// <summary>
/// The learning report's figures with charts. Each chart draws figures that are also in a table
/// beside it, so nothing depends on seeing the chart.
/// </summary>
public sealed class LearningModel(ReportReader reports, TimeProvider clock, WorkingDayCalendar calendar) : PageModel
{
    /// <summary>One month's share of complaints acknowledged on time (null: none settled that month).</summary>
    public sealed record MonthPoint(string Month, int Settled, double? OnTimePercent);

    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Service { get; set; }

    public LearningSummary? Summary { get; private set; }
    public IReadOnlyList<MonthPoint> Trend { get; private set; } = [];
    public ProblemDetails? Problem { get; private set; }

    public string CsvLink => "/reports/learning.csv" + QueryString.Create(new Dictionary<string, string?>
    {
        ["from"] = From, ["to"] = To, ["service"] = string.IsNullOrWhiteSpace(Service) ? null : Service,
    }.Where(p => p.Value is not null));

    public async Task<IActionResult> OnGet()
    {
        if (!this.Can(Permission.ReadReports)) return Forbid();
        var thisMonth = calendar.DayOf(clock.GetUtcNow());
        From ??= MonthRange.Label(new DateOnly(thisMonth.Year, thisMonth.Month, 1).AddMonths(-11));
        To ??= MonthRange.Label(new DateOnly(thisMonth.Year, thisMonth.Month, 1));

        var errors = new Dictionary<string, string[]>();
        var range = MonthRange.TryParse(From, To, errors);
        if (range is null || errors.Count > 0)
        {
            Problem = new HttpValidationProblemDetails(errors) { Title = "The months are not valid", Status = StatusCodes.Status400BadRequest };
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var service = string.IsNullOrWhiteSpace(Service) ? null : Service.Trim();
        var data = await reports.ReadAsync(this.Actor().Tenant, range, service, HttpContext.RequestAborted);
        Summary = LearningSummary.Of(data);
        var byMonth = data.Rows.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => LearningFigures.Sum(g.Select(r => r.Figures)));
        Trend = range.Months().Select(month =>
        {
            var figures = byMonth.GetValueOrDefault(month) ?? new LearningFigures();
            var acknowledgement = ReportParts.Acknowledgement(figures);
            return new MonthPoint(month, figures.Acknowledged + figures.AwaitingOverdueAcknowledgement, acknowledgement.OnTimePercent);
        }).ToList();
        return Page();
    }

    /// <summary>What charts.js draws, as JSON in a data attribute (the page allows no inline script).</summary>
    public string ChartData(string type, IEnumerable<string> labels, IEnumerable<double?> values, string label) =>
        JsonSerializer.Serialize(new { type, labels, values, label });

    public static string Percent(double? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "none settled";
}
