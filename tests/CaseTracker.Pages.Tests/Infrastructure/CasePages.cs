using Microsoft.Playwright;

namespace CaseTracker.Pages.Tests.Infrastructure;

/// <summary>What people do on the pages, step by step, as they would do it: by labels and buttons.</summary>
public static class CasePages
{
    /// <summary>Raises a complaint through the form and returns the new case page's address.</summary>
    public static async Task<string> RaiseComplaint(this IPage page, string name = "Sam Taylor", string service = "Community mental health team")
    {
        await page.GotoAsync("/cases/new");
        await page.GetByLabel("Name of the person complaining").FillAsync(name);
        await page.GetByLabel("Who they are").SelectOptionAsync(new SelectOptionValue { Label = "The person who uses the service" });
        await page.GetByLabel("Email").FillAsync("sam.taylor@example.org");
        await page.GetByLabel("Large print letters").CheckAsync();
        await page.GetByLabel("Which service is it about?").FillAsync(service);
        await page.GetByLabel("What happened?").FillAsync("My care plan was changed without anyone talking to me.");
        await page.GetByLabel("What would put things right?").FillAsync("An apology and a review of my plan with me there.");
        await page.GetByLabel("Topics").FillAsync("Care planning, Communication");
        await page.GetByLabel("How it was made").SelectOptionAsync(new SelectOptionValue { Label = "Email" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise the complaint" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/cases/[0-9a-f-]{36}$"));
        return new Uri(page.Url).AbsolutePath;
    }

    public static async Task Acknowledge(this IPage page, string how = "Phoned Sam; agreed to write in large print.")
    {
        await page.GetByLabel("How handling was discussed").FillAsync(how);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record acknowledgement" }).ClickAsync();
    }

    public static async Task Apologise(this IPage page, string to = "Sam Taylor")
    {
        await page.GetByText("Record an apology", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("How it was given").SelectOptionAsync("Phone");
        await page.GetByLabel("To whom").FillAsync(to);
        await page.GetByLabel("The words used").FillAsync("We are sorry your plan was changed without you.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record apology" }).ClickAsync();
    }

    /// <summary>The plain-language timeline, entry by entry.</summary>
    public static Task<IReadOnlyList<string>> Timeline(this IPage page) => page.Locator("#timeline > li").AllInnerTextsAsync();
}
