namespace CaseTracker.Api.Reports;

public static class GetCqcSummaryEndpoint
{
    /// <summary>
    /// The complaints summary for the CQC over a range of months (yyyy-MM, at most 120), overall and per
    /// service. Accept: text/csv gives one row per month and service.
    /// </summary>
    [WolverineGet("/api/reports/cqc-summary"), Tags("Reports")]
    [Requires(Permission.ReadReports)]
    [ProducesResponseType<CqcSummary>(StatusCodes.Status200OK)]
    [Produces("application/json", "text/csv")]
    public static async Task<IResult> Get(HttpContext http, ReportReader reports, [MaxLength(7)] string? from = null, [MaxLength(7)] string? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        var range = MonthRange.TryParse(from, to, errors);
        if (range is null) return Problems.Validation(errors);

        var data = await reports.ReadAsync(Actor.From(http.User).Tenant, range, service: null, http.RequestAborted);
        return ReportFormats.Requested(http.Request) == ReportFormat.Csv ? ReportCsv.Result(data.Rows) : Results.Ok(CqcSummary.Of(data));
    }
}
