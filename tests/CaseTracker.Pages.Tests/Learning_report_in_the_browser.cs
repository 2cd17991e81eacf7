using CaseTracker.Pages.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseTracker.Pages.Tests;

/// <summary>The learning report draws its charts from the app's own copy of Chart.js and offers the same figures as tables and CSV.</summary>
[Collection(SharedSite.Name)]
public sealed class Learning_report_in_the_browser(Site site, ITestOutputHelper output)
{
    [Fact]
    public async Task the_charts_draw_the_figures_that_the_tables_also_give()
    {
        var page = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        await page.RaiseComplaint();
        await page.Acknowledge();
        await page.GetByText("Record what was learned", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("What was learned").FillAsync("Plans must be changed with the person, not for them.");
        await page.GetByLabel("Themes").FillAsync("Care planning, Involvement");
        await page.GetByLabel("Level at which it applies").SelectOptionAsync("Team");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record learning" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Learning recorded.");

        // The report is counted in the background: wait until this month's complaint and its learning are in it.
        var counted = false;
        for (var attempt = 0; attempt < 60 && !counted; attempt++)
        {
            await page.GotoAsync("/reports/learning");
            counted = await page.Locator("#complaints-received").InnerTextAsync() == "1"
                && await page.Locator("#themes-chart").CountAsync() == 1;
            if (!counted) await Task.Delay(500);
        }

        Assert.True(counted, "The learning report never counted the complaint raised and the learning recorded.");
        var drawn = await page.EvaluateAsync<int>(
            "() => ['trend-chart', 'themes-chart', 'actions-chart'].filter(id => Chart.getChart(document.getElementById(id))).length");
        Assert.Equal(3, drawn);
        var onTimeThisMonth = await page.EvaluateAsync<double?>(
            "() => { const c = Chart.getChart(document.getElementById('trend-chart')); return c.data.datasets[0].data.at(-1); }");
        Assert.Equal(100, onTimeThisMonth);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Most frequent themes" })).ToContainTextAsync("Care planning");
        await Site.Check(page, "learning-report", output);
    }

    [Fact]
    public async Task the_csv_link_downloads_the_rows_of_the_report()
    {
        var page = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        await page.GotoAsync("/reports/learning");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download these figures as CSV" }).ClickAsync());

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("month,", csv, StringComparison.OrdinalIgnoreCase);
    }
}
