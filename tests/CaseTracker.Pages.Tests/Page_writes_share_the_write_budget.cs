using CaseTracker.Pages.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseTracker.Pages.Tests;

/// <summary>A form sent from a page spends the same per-person write budget as the API; over it, nothing is recorded and the page says why.</summary>
public sealed class Page_writes_share_the_write_budget(SiteWithASmallWriteBudget site, ITestOutputHelper output) : IClassFixture<SiteWithASmallWriteBudget>
{
    [Fact]
    public async Task a_form_sent_over_the_budget_is_refused_with_a_page_and_records_nothing()
    {
        var page = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        // Raising the complaint is the first write, acknowledging the next, and so on to the budget.
        var casePath = await page.RaiseComplaint();
        for (var write = 2; write <= SiteWithASmallWriteBudget.WritesPerMinute; write++)
        {
            await page.GetByText("Add a note", new() { Exact = true }).ClickAsync();
            await page.GetByLabel("Note").FillAsync($"Note {write}.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Note added.");
        }

        var answer = await page.RunAndWaitForResponseAsync(() => page.Acknowledge(), r => r.Request.Method == "POST");

        Assert.Equal(429, answer.Status);
        Assert.NotNull(await answer.HeaderValueAsync("Retry-After"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Too many changes at once", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("nothing was recorded")).ToBeVisibleAsync();
        await Site.Check(page, "write-budget-refused", output);

        await page.GotoAsync(casePath);
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("Open");
        Assert.Equal(SiteWithASmallWriteBudget.WritesPerMinute, (await page.Timeline()).Count);
    }
}
