namespace CaseTracker.Api.Reports;

public static class GetLearningReportEndpoint
{
    /// <summary>
    /// Learning from harm for a range of months (yyyy-MM, at most 120), for one service or all: how fast
    /// complaints are acknowledged and answered, candour, outcomes, themes, actions, advocacy, restorative
    /// work and satisfaction. Accept: text/csv gives one row per month and service.
    /// </summary>
    [WolverineGet("/api/reports/learning"), Tags("Reports")]
    [Requires(Permission.ReadReports)]
    [ProducesResponseType<LearningSummary>(StatusCodes.Status200OK)]
    [Produces("application/json", "text/csv")]
    public static async Task<IResult> Get(HttpContext http, ReportReader reports, [MaxLength(7)] string? from = null, [MaxLength(7)] string? to = null, [MaxLength(200)] string? service = null)
    {
        var errors = new Dictionary<string, string[]>();
        var range = MonthRange.TryParse(from, to, errors);
        if (service is { Length: > 200 }) errors["service"] = ["At most 200 characters."];
        if (range is null || errors.Count > 0) return Problems.Validation(errors);

        var data = await reports.ReadAsync(Actor.From(http.User).Tenant, range, service, http.RequestAborted);
        return ReportFormats.Requested(http.Request) == ReportFormat.Csv
            ? ReportCsv.Result(data.Rows)
            : Results.Ok(LearningSummary.Of(data));
    }
}
