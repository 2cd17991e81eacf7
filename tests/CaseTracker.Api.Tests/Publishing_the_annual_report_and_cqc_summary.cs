using System.Text.Json.Nodes;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>The statutory annual report, the CQC summary, and every report as CSV and (annual) printable HTML.</summary>
[Collection(ApiCollection.Name)]
public sealed class Publishing_the_annual_report_and_cqc_summary(CaseTrackerApp app)
{
    private static void Has(JsonNode? node, string path, object? expected) => CraftedCases.Has(node, path, expected);

    [Fact]
    public async Task the_year_to_31_march_2026_holds_january_and_the_late_evening_of_31_march()
    {
        var auditor = await CraftedCases.WrittenFor(app);

        var year = await auditor.GetJson("/api/reports/annual/2026");

        Has(year, "from", "2025-04");
        Has(year, "to", "2026-03");
        Has(year, "periodEnds", "2026-03-31");
        Has(year, "complaintsReceived", 2);
        Has(year, "withdrawn", 1);
        Has(year, "wellFounded", 1);
        Has(year, "referredToOmbudsman", 1);
        Has(year, "subjectMatter.0.name", "Communication");
        Has(year, "subjectMatter.1.name", "Restraint");
        Assert.Empty(year["repeatThemes"]!.AsArray());
    }

    [Fact]
    public async Task the_next_year_starts_with_the_first_minute_of_april_in_london()
    {
        var auditor = await CraftedCases.WrittenFor(app);

        var year = await auditor.GetJson("/api/reports/annual/2027");

        Has(year, "complaintsReceived", 4);
        Has(year, "wellFounded", 2);
        Has(year, "outcomes.notUpheld", 1);
        Has(year, "referredToOmbudsman", 0);
        Has(year, "subjectMatter.0.name", "Communication");
        Has(year, "subjectMatter.0.cases", 2);
        Assert.Equal(4, year["subjectMatter"]!.AsArray().Count);
        Assert.Equal(2, year["repeatThemes"]!.AsArray().Count);
        Has(year, "actions.committed", 3);
        Has(year, "actions.completed", 2);
    }

    [Fact]
    public async Task the_cqc_summary_gives_the_complaints_overall_and_per_service()
    {
        var auditor = await CraftedCases.WrittenFor(app);

        var cqc = await auditor.GetJson("/api/reports/cqc-summary?from=2026-04&to=2026-04");

        Has(cqc, "complaintsReceived", 4);
        Has(cqc, "acknowledgement.onTimePercent", 75);
        Has(cqc, "finalResponse.medianWorkingDays", 17);
        Has(cqc, "byService.0.service", CraftedCases.Crisis);
        Has(cqc, "byService.0.complaintsReceived", 3);
        Has(cqc, "byService.0.wellFounded", 2);
        Has(cqc, "byService.1.service", CraftedCases.HomeCare);
        Has(cqc, "byService.1.notUpheld", 1);
    }

    [Theory]
    [InlineData("/api/reports/learning?from=2026-03&to=2026-04")]
    [InlineData("/api/reports/annual/2027")]
    [InlineData("/api/reports/cqc-summary?from=2026-03&to=2026-04")]
    public async Task every_report_comes_as_csv_with_one_row_per_month_and_service(string url)
    {
        var auditor = await CraftedCases.WrittenFor(app);

        var result = await auditor.Get(url, accept: "text/csv");
        var lines = (await result.ReadAsTextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("text/csv", result.Context.Response.ContentType);
        Assert.StartsWith("month,service,complaints_received,incidents_reported,", lines[0]);
        var april = lines.Where(l => l.StartsWith("2026-04,", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2026-04,Crisis team,3,2,", "2026-04,Home care,1,0,"], april.Select(l => string.Join(',', l.Split(',').Take(4)) + ","));
    }

    [Fact]
    public async Task the_annual_report_prints_as_a_page_with_only_its_own_stylesheet()
    {
        var auditor = await CraftedCases.WrittenFor(app);

        var result = await auditor.Get("/api/reports/annual/2026", accept: "text/html");
        var page = await result.ReadAsTextAsync();

        Assert.StartsWith("text/html", result.Context.Response.ContentType);
        Assert.Contains("<h1>Annual complaints report</h1>", page);
        Assert.Contains("1 April 2025 to 31 March 2026", page);
        Assert.Contains("<tr><th scope=\"row\">Referred to an Ombudsman</th><td>1</td></tr>", page);
        Assert.Contains("style-src 'self'", result.Context.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.DoesNotContain("style=", page);
        var css = await app.Host.Scenario(s => s.Get.Url("/styles/report.css"));
        Assert.StartsWith("text/css", css.Context.Response.ContentType);
    }

    [Fact]
    public async Task a_year_outside_the_bounds_is_a_problem_naming_it()
    {
        var auditor = Caller.InNewTenant(app, "audrey", "auditor");

        var problem = Caller.Parse(await (await auditor.Get("/api/reports/annual/1999", 400)).ReadAsTextAsync());

        Assert.NotNull(problem["errors"]!["year"]);
    }
}
