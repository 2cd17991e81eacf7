using Microsoft.Playwright;

namespace CaseTracker.Pages.Tests.Infrastructure;

/// <summary>What a facilitator does in a case's restorative workspace, step by step, by labels and buttons.</summary>
public static class RestorativePages
{
    public static async Task OfferRestorativeProcess(this IPage page, string facilitator, string offeredTo = "Sam Taylor")
    {
        await page.GetByLabel("Facilitator").FillAsync(facilitator);
        await page.GetByLabel("Offered to").FillAsync(offeredTo);
        await page.GetByRole(AriaRole.Button, new() { Name = "Offer restorative process" }).ClickAsync();
    }

    public static Task RecordAcceptance(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Record acceptance" }).ClickAsync();

    public static async Task RecordHarmedParty(this IPage page, string who, string[] needs, string whoseObligation)
    {
        await page.GetByText("Record who was harmed and what they need", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Who was harmed").FillAsync(who);
        await page.GetByLabel("What they need").FillAsync(string.Join("\n", needs));
        await page.GetByLabel("Whose obligation it is to meet them").FillAsync(whoseObligation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record harmed party" }).ClickAsync();
    }

    public static async Task RecordMeeting(this IPage page, string format, params string[] participants)
    {
        await page.GetByText("Record a meeting", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Format").SelectOptionAsync(format);
        await page.GetByLabel("Who took part").FillAsync(string.Join("\n", participants));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record meeting" }).ClickAsync();
    }

    public static async Task RecordAgreement(this IPage page, string what, string owner, string dueBy)
    {
        await page.GetByText("Record an agreement", new() { Exact = true }).ClickAsync();
        var first = page.GetByRole(AriaRole.Group, new() { Name = "Commitment 1" });
        await first.GetByLabel("What will be done").FillAsync(what);
        await first.GetByLabel("Who will do it").FillAsync(owner);
        await first.GetByLabel("By when").FillAsync(dueBy);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record agreement" }).ClickAsync();
    }

    public static async Task RecordFollowUp(this IPage page, int agreement, bool kept, string notes)
    {
        await page.GetByText($"Follow up agreement {agreement}", new() { Exact = true }).ClickAsync();
        await page.GetByLabel(kept ? "Kept" : "Not kept", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Notes").FillAsync(notes);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record follow-up" }).ClickAsync();
    }
}
