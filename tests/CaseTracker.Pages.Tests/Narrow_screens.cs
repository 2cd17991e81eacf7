using Microsoft.Playwright;
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
        var facilitator = await site.SignedIn("jo", "facilitator", organisation, width: 320);
        await facilitator.GotoAsync(casePath + "/restorative");
        await facilitator.OfferRestorativeProcess("jo");
        await facilitator.RecordAcceptance();
        await facilitator.RecordHarmedParty("Sam Taylor", ["To be listened to"], "Team manager");
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Status)).ToContainTextAsync("Harmed party recorded.");

        foreach (var (page, path) in new[]
                 {
                     (handler, "/"), (handler, "/cases/new"), (handler, casePath), (handler, "/reports/learning"),
                     (auditor, "/audit" + casePath), (facilitator, casePath + "/restorative"), (facilitator, "/restorative"),
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
