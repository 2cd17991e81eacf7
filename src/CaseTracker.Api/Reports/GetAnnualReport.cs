namespace CaseTracker.Api.Reports;

public static class GetAnnualReportEndpoint
{
    /// <summary>
    /// The statutory annual complaints report (2009 Regulations, reg 18) for the year ending 31 March of
    /// <paramref name="year"/>. Accept: text/html gives a printable page; text/csv one row per month and service.
    /// </summary>
    [WolverineGet("/api/reports/annual/{year}"), Tags("Reports")]
    [Requires(Permission.ReadReports)]
    [ProducesResponseType<AnnualReport>(StatusCodes.Status200OK)]
    [Produces("application/json", "text/csv", "text/html")]
    public static async Task<IResult> Get([MaxLength(4)] string year, HttpContext http, ReportReader reports)
    {
        // Read by hand so that "20x6" is a 400 naming the field, as a year out of range is.
        if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var endingYear) || endingYear is < 2001 or > 2100)
            return Problems.Validation("year", "A year between 2001 and 2100: the report covers April of the year before to March of this one.");

        var data = await reports.ReadAsync(Actor.From(http.User).Tenant, MonthRange.YearEndingMarch(endingYear), service: null, http.RequestAborted);
        switch (ReportFormats.Requested(http.Request, htmlOffered: true))
        {
            case ReportFormat.Csv:
                return ReportCsv.Result(data.Rows);
            case ReportFormat.Html:
                // The API's policy forbids everything; this page needs only its own stylesheet.
                http.Response.Headers.ContentSecurityPolicy = AnnualReportPage.ContentSecurityPolicy;
                return Results.Content(AnnualReportPage.Render(AnnualReport.Of(endingYear, data)), "text/html; charset=utf-8");
            default:
                return Results.Ok(AnnualReport.Of(endingYear, data));
        }
    }
}
