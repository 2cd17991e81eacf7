using CaseTracker.Pages.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseTracker.Pages.Tests;

/// <summary>A handler raises a complaint through the form and works it on the case page, by keyboard-friendly forms.</summary>
[Collection(SharedSite.Name)]
public sealed class Working_a_complaint_in_the_browser(Site site, ITestOutputHelper output)
{
    [Fact]
    public async Task a_complaint_raised_through_the_form_is_acknowledged_and_apologised_for_and_the_timeline_shows_it()
    {
        var page = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        await page.GotoAsync("/cases/new");
        await Site.Check(page, "raise-a-complaint", output);

        await page.RaiseComplaint();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Complaint raised: CT-");
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("Open");
        Assert.Single(await page.Timeline());

        await page.Acknowledge();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Acknowledgement recorded.");
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("Acknowledged");
        Assert.Equal(2, (await page.Timeline()).Count);

        await page.Apologise();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Apology recorded.");
        var timeline = await page.Timeline();
        Assert.Equal(3, timeline.Count);
        Assert.Contains("apolog", timeline[2], StringComparison.OrdinalIgnoreCase);
        await Site.Check(page, "case-page", output);

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "CT-" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task a_form_missing_what_the_api_requires_names_each_field_and_raises_nothing()
    {
        var page = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        await page.GotoAsync("/cases/new");

        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Raise the complaint" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(400, answer.Status);
        var problem = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(problem).ToContainTextAsync("The request is not valid");
        await Assertions.Expect(problem.GetByRole(AriaRole.Link, new() { Name = "Complainant name" })).ToBeVisibleAsync();
        await Assertions.Expect(problem.GetByRole(AriaRole.Link, new() { Name = "Service" })).ToBeVisibleAsync();
        await Assertions.Expect(problem.GetByRole(AriaRole.Link, new() { Name = "Channel" })).ToBeVisibleAsync();
        await Site.Check(page, "raise-a-complaint-errors", output);

        // Each message links to its control.
        await problem.GetByRole(AriaRole.Link, new() { Name = "Service" }).ClickAsync();
        Assert.EndsWith("#service", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByText("No cases match.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task a_broken_rule_is_explained_with_the_rules_name_and_nothing_is_recorded()
    {
        var page = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        await page.RaiseComplaint();

        await page.GetByText("Record the final response", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("NotUpheld").CheckAsync();
        await page.GetByLabel("Summary of the response").FillAsync("We looked into it.");
        await page.GetByLabel("Signed by").FillAsync("Director");
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Record final response" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(409, answer.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("final-response-before-acknowledgement");
        Assert.Single(await page.Timeline());
    }

    [Fact]
    public async Task a_case_answered_and_closed_offers_no_more_forms()
    {
        var page = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        await page.RaiseComplaint();
        await page.Acknowledge();
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("Acknowledged");

        await page.GetByText("Record the final response", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("PartlyUpheld").CheckAsync();
        await page.GetByLabel("Summary of the response").FillAsync("Your plan was changed without you; your hours are restored.");
        await page.GetByLabel("The response explains the right to go to the Ombudsman").CheckAsync();
        await page.GetByLabel("Signed by").FillAsync("Director of adult social care");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record final response" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("Responded");

        await page.GetByText("Close the case", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close case" }).ClickAsync();

        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("Closed");
        await Assertions.Expect(page.Locator("form[method=post] button", new() { HasTextString = "Record" })).ToHaveCountAsync(0);
        Assert.Equal(4, (await page.Timeline()).Count);
    }

    [Fact]
    public async Task a_facilitator_may_add_a_note_but_is_offered_no_handler_forms()
    {
        var organisation = Site.NewOrganisation();
        var handler = await site.SignedIn("alice", "handler", organisation);
        var casePath = await handler.RaiseComplaint();
        var facilitator = await site.SignedIn("fran", "facilitator", organisation);

        await facilitator.GotoAsync(casePath);
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Record acknowledgement" })).ToHaveCountAsync(0);
        await facilitator.GetByText("Add a note", new() { Exact = true }).ClickAsync();
        await facilitator.GetByLabel("Note", new() { Exact = true }).FillAsync("Spoke with Sam about a restorative meeting.");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();

        await Assertions.Expect(facilitator.GetByRole(AriaRole.Status)).ToContainTextAsync("Note added.");
        Assert.Equal(2, (await facilitator.Timeline()).Count);
    }
}
