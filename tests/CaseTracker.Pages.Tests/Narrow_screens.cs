using CaseTracker.Pages.Tests.Infrastructure;

namespace CaseTracker.Pages.Tests;

/// <summary>Every page works 320 CSS pixels wide (WCAG reflow): nothing needs scrolling sideways but wide tables, which scroll in their own region.</summary>
[Collection(SharedSite.Name)]
public sealed class Narrow_screens(Site site)
{
    [Fact]
    public async Task no_page_scrolls_sideways_at_320_pixels()
    {
        var organisation = Site.NewOrganisation();
        var handler = await site.SignedIn("alice", "handler", organisation, width: 320);
        var casePath = await handler.RaiseComplaint();
        var auditor = await site.SignedIn("audrey", "auditor", organisation, width: 320);

        foreach (var (page, path) in new[]
                 {
                     (handler, "/"), (handler, "/cases/new"), (handler, casePath), (handler, "/reports/learning"),
                     (auditor, "/audit" + casePath),
                 })
        {
            await page.GotoAsync(path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var widest = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 321 && !e.closest('.table-wrap'))" +
                ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))");
            Assert.True(width <= 320, $"{path} is {width} px wide at a 320 px viewport; too wide: {string.Join(", ", widest)}");
        }
    }
}
